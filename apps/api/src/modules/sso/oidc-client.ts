import { Injectable } from '@nestjs/common';
import * as oidc from 'openid-client';
import { normalizeEmail } from '../../common/validation/transforms';
import { AppConfig } from '../../config/app-config';
import type { IdentityProviderEntity } from './identity-provider.entity';

/** What OpenHuddle takes from a provider's ID token. */
export interface OidcClaims {
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
}

export interface AuthorizationChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

const DISCOVERY_TTL_MS = 10 * 60_000;

/**
 * The relying-party side of OIDC, through openid-client: discovery (cached per provider
 * version), the authorization URL with PKCE, state and nonce, and the code exchange whose ID
 * token openid-client validates (signature, issuer, audience, expiry, nonce).
 */
@Injectable()
export class OidcClient {
  private readonly discovered = new Map<string, { at: number; config: Promise<oidc.Configuration> }>();

  constructor(private readonly config: AppConfig) {}

  get redirectUri(): string {
    return `${this.config.publicUrl}/api/sso/callback`;
  }

  async authorizationUrl(provider: IdentityProviderEntity, secret: string, checks: AuthorizationChecks): Promise<URL> {
    const config = await this.configuration(provider, secret);
    return oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri,
      scope: 'openid email profile',
      state: checks.state,
      nonce: checks.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
    });
  }

  /** Exchanges the code of `callbackUrl`; throws when anything does not check out. */
  async exchange(
    provider: IdentityProviderEntity,
    secret: string,
    callbackUrl: URL,
    checks: AuthorizationChecks,
  ): Promise<OidcClaims> {
    const config = await this.configuration(provider, secret);
    const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: checks.codeVerifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      idTokenExpected: true,
    });
    const idToken = tokens.claims();
    if (!idToken) throw new Error('The provider sent no ID token');
    // Providers that conform strictly to OIDC put scope claims (email) in UserInfo, not the ID token.
    const claims =
      idToken.email === undefined && tokens.access_token
        ? { ...(await oidc.fetchUserInfo(config, tokens.access_token, idToken.sub)), sub: idToken.sub }
        : idToken;
    return {
      subject: claims.sub,
      email: typeof claims.email === 'string' ? normalizeEmail(claims.email) : null,
      // Only a literal true counts: some providers send "true" strings or leave it out.
      emailVerified: claims.email_verified === true,
      name: typeof claims.name === 'string' ? claims.name : null,
    };
  }

  private configuration(provider: IdentityProviderEntity, secret: string): Promise<oidc.Configuration> {
    // Keyed by the row's version, so editing a provider takes effect at once.
    const key = `${provider.id}:${provider.updatedAt.getTime()}`;
    const cached = this.discovered.get(key);
    if (cached && Date.now() - cached.at < DISCOVERY_TTL_MS) return cached.config;
    const issuer = new URL(provider.issuerUrl);
    // Plain HTTP issuers only outside production (a provider on this machine in tests and demos).
    const insecure = issuer.protocol === 'http:' && !this.config.isProduction;
    const config = oidc.discovery(issuer, provider.clientId, { client_secret: secret }, oidc.ClientSecretPost(secret), {
      execute: insecure ? [oidc.allowInsecureRequests] : [],
      timeout: 10,
    });
    this.discovered.set(key, { at: Date.now(), config });
    // A failed discovery is not kept: the next attempt tries again.
    config.catch(() => this.discovered.delete(key));
    return config;
  }
}
