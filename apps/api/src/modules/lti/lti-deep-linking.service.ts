import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { CUSTOM_COHORT, CUSTOM_PROMPT, LTI } from './lti-claims';
import type { DeepLinkingSettings } from './lti-launch.service';
import type { LtiPlatformEntity } from './lti-platform.entity';
import { LtiRefused } from './lti-refused';
import { LtiToolKeyService } from './lti-tool-key.service';
import { LtiRefusal } from './lti.policy';
import { LtiRepository } from './lti.repository';

const PICKER_AUDIENCE = 'openhuddle:lti-deep-link';
/** How long a teacher may take to pick. */
const PICKER_TTL_SECONDS = 30 * 60;

export interface Placeable {
  cohorts: { id: string; name: string }[];
  prompts: { id: string; title: string; cohortName: string }[];
}

/**
 * LTI Deep Linking 2.0: the teacher picks a cohort or prompt of the platform's organisation, and
 * the tool answers with a signed LtiDeepLinkingResponse carrying one ltiResourceLink whose custom
 * parameters say what its launches open. The picker's session is a JWT signed by the tool key
 * (no cookie: LMS frames often block third-party cookies).
 */
@Injectable()
export class LtiDeepLinkingService {
  constructor(
    private readonly repository: LtiRepository,
    private readonly keys: LtiToolKeyService,
    private readonly config: AppConfig,
  ) {}

  async picker(
    platform: LtiPlatformEntity,
    deploymentId: string,
    settings: DeepLinkingSettings,
  ): Promise<{ session: string; placeable: Placeable }> {
    const session = await this.keys.signOwn(
      { platform: platform.id, deployment: deploymentId, returnUrl: settings.returnUrl, data: settings.data },
      PICKER_AUDIENCE,
      PICKER_TTL_SECONDS,
    );
    const { cohorts, prompts } = await this.repository.placeable(platform.organizationId);
    const names = new Map(cohorts.map((c) => [c.id, c.name]));
    return {
      session,
      placeable: {
        cohorts: cohorts.map((c) => ({ id: c.id, name: c.name })),
        prompts: prompts.map((p) => ({ id: p.id, title: p.title, cohortName: names.get(p.cohortId) ?? '' })),
      },
    };
  }

  /** The signed response JWT and where to post it. */
  async respond(session: unknown, choice: unknown): Promise<{ returnUrl: string; jwt: string; data: string | null }> {
    const claims = typeof session === 'string' ? await this.keys.verifyOwn(session, PICKER_AUDIENCE) : null;
    if (!claims || typeof claims.platform !== 'string') throw new LtiRefused(LtiRefusal.EXPIRED);
    const platform = await this.repository.platformById(claims.platform);
    if (!platform || !platform.deploymentIds.includes(String(claims.deployment)))
      throw new LtiRefused(LtiRefusal.UNKNOWN_PLATFORM);
    const item = await this.contentItem(platform.organizationId, choice);
    const data = typeof claims.data === 'string' ? claims.data : null;
    const jwt = await this.keys.sign({
      iss: platform.clientId,
      aud: platform.issuer,
      nonce: randomBytes(16).toString('base64url'),
      [LTI.messageType]: LTI.deepLinkingResponse,
      [LTI.version]: '1.3.0',
      [LTI.deploymentId]: String(claims.deployment),
      [LTI.contentItems]: [item],
      ...(data ? { [LTI.deepLinkingData]: data } : {}),
    });
    return { returnUrl: String(claims.returnUrl), jwt, data };
  }

  private async contentItem(organizationId: string, choice: unknown) {
    const [kind, id] = typeof choice === 'string' ? choice.split(':') : [];
    const uuid = /^[0-9a-f-]{36}$/i;
    const url = `${this.config.publicUrl}/lti/launch`;
    if (kind === 'prompt' && id && uuid.test(id)) {
      const prompt = await this.repository.promptOf(organizationId, id);
      // A gradebook column for the prompt (AGS): platforms that support it send its line item
      // with each launch, and a completion score goes there when the person publishes.
      if (prompt)
        return {
          type: 'ltiResourceLink',
          title: prompt.title,
          url,
          custom: { [CUSTOM_PROMPT]: prompt.id },
          lineItem: { scoreMaximum: 1, label: prompt.title, resourceId: prompt.id },
        };
    }
    if (kind === 'cohort' && id && uuid.test(id)) {
      const cohort = await this.repository.cohortOf(organizationId, id);
      if (cohort) return { type: 'ltiResourceLink', title: cohort.name, url, custom: { [CUSTOM_COHORT]: cohort.id } };
    }
    throw new LtiRefused(LtiRefusal.NOT_PLACED);
  }
}
