import { Injectable } from '@nestjs/common';
import { LTI } from './lti-claims';
import type { LtiPlatformEntity } from './lti-platform.entity';
import { LtiToolKeyService } from './lti-tool-key.service';

/** How long a platform's service endpoints (token, NRPS, AGS) may take to answer. */
export const LTI_SERVICE_TIMEOUT_MS = 10_000;

/**
 * LTI Advantage service access (LTI 1.3 Security §4.1): an OAuth 2 access token from the platform,
 * client_credentials with a private_key_jwt assertion signed by the tool key, for one scope.
 */
@Injectable()
export class LtiServiceTokens {
  constructor(private readonly keys: LtiToolKeyService) {}

  async accessToken(platform: LtiPlatformEntity, scope: string): Promise<string> {
    const assertion = await this.keys.sign({
      iss: platform.clientId,
      sub: platform.clientId,
      aud: platform.authTokenUrl,
    });
    const res = await fetch(platform.authTokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_assertion_type: LTI.clientAssertionType,
        client_assertion: assertion,
        scope,
      }).toString(),
      signal: AbortSignal.timeout(LTI_SERVICE_TIMEOUT_MS),
    });
    if (!res.ok) throw new Error(`Token endpoint answered ${res.status}`);
    const body = (await res.json()) as { access_token?: unknown };
    if (typeof body.access_token !== 'string') throw new Error('No access_token');
    return body.access_token;
  }
}
