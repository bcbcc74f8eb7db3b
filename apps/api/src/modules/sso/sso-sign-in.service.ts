import { Injectable, Logger } from '@nestjs/common';
import * as oidc from 'openid-client';
import { hashToken, newToken } from '../../common/auth/tokens';
import { isUniqueViolation } from '../../common/database/postgres-errors';
import { OidcClient } from './oidc-client';
import { SsoSecretBox } from './sso-secret-box';
import { decideSsoAccount, emailDomain, SsoRefusal } from './sso.policy';
import { SsoRepository } from './sso.repository';

/** How long a started sign-in may take at the provider. */
const SIGN_IN_TTL_MS = 10 * 60_000;

/** A refused SSO sign-in; the controller turns it into the refusal page. */
export class SsoRefused extends Error {
  constructor(readonly reason: SsoRefusal) {
    super(`SSO sign-in refused: ${reason}`);
  }
}

// An SSO-only account has no password: this never verifies (argon2 rejects it as malformed).
const NO_PASSWORD = '!sso';

/**
 * The OIDC sign-in of an organisation's provider: start (a redirect with PKCE, state and nonce,
 * the verifier and nonce kept server side), then the callback, which finds or makes the account
 * per `decideSsoAccount` and tells the controller whom to sign in.
 */
@Injectable()
export class SsoSignInService {
  private readonly logger = new Logger('Sso');

  constructor(
    private readonly repository: SsoRepository,
    private readonly oidc: OidcClient,
    private readonly secrets: SsoSecretBox,
  ) {}

  /** The provider's authorization URL, and the browser token the start cookie carries. */
  async start(providerId: string, nextPath: string | null): Promise<{ url: URL; browserToken: string }> {
    const provider = await this.repository.providerById(providerId);
    if (!provider) throw new SsoRefused(SsoRefusal.PROVIDER_ERROR);
    const checks = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
    };
    const browserToken = newToken();
    let url: URL;
    try {
      url = await this.oidc.authorizationUrl(provider, this.secrets.open(provider.clientSecretSealed), checks);
    } catch (error) {
      this.logger.warn({ providerId, error: String(error) }, 'SSO discovery failed');
      throw new SsoRefused(SsoRefusal.PROVIDER_ERROR);
    }
    await this.repository.deleteStaleSignIns(new Date(Date.now() - SIGN_IN_TTL_MS));
    await this.repository.saveSignIn({
      organizationId: provider.organizationId,
      providerId: provider.id,
      stateHash: hashToken(checks.state),
      browserHash: hashToken(browserToken),
      nonce: checks.nonce,
      codeVerifier: checks.codeVerifier,
      nextPath,
      expiresAt: new Date(Date.now() + SIGN_IN_TTL_MS),
    });
    return { url, browserToken };
  }

  /** Completes the sign-in the provider redirected back with; the user to sign in and where to go. */
  async finish(
    callbackUrl: URL,
    browserToken: string | undefined,
  ): Promise<{ userId: string; nextPath: string | null }> {
    const state = callbackUrl.searchParams.get('state');
    if (!state || state.length > 200) throw new SsoRefused(SsoRefusal.EXPIRED);
    const signIn = await this.repository.takeSignIn(hashToken(state), new Date());
    // The browser that started must be the one finishing: a callback link passed to someone
    // else (login CSRF) signs nobody in.
    if (!signIn || !browserToken || hashToken(browserToken) !== signIn.browserHash) {
      throw new SsoRefused(SsoRefusal.EXPIRED);
    }
    const provider = await this.repository.providerOf(signIn.organizationId, signIn.providerId);
    if (!provider) throw new SsoRefused(SsoRefusal.PROVIDER_ERROR);
    let claims;
    try {
      claims = await this.oidc.exchange(provider, this.secrets.open(provider.clientSecretSealed), callbackUrl, {
        state,
        nonce: signIn.nonce,
        codeVerifier: signIn.codeVerifier,
      });
    } catch (error) {
      this.logger.warn({ providerId: provider.id, error: String(error) }, 'SSO callback refused');
      throw new SsoRefused(SsoRefusal.PROVIDER_ERROR);
    }
    const userId = await this.account(provider.organizationId, provider.id, claims);
    return { userId, nextPath: signIn.nextPath };
  }

  /** Finds, links or creates the account, and joins the organisation, in one transaction. */
  private account(
    organizationId: string,
    providerId: string,
    claims: { subject: string; email: string | null; emailVerified: boolean; name: string | null },
    retried = false,
  ): Promise<string> {
    return this.repository
      .transaction(async (em) => {
        const now = new Date();
        const linked = await this.repository.linkedUser(em, organizationId, providerId, claims.subject);
        const email = claims.email;
        if (!linked && !email) throw new SsoRefused(SsoRefusal.EMAIL_NOT_VERIFIED);
        const account = linked ?? (email ? await this.repository.userByEmail(em, email) : null);
        const routed = email ? await this.repository.routedProvider(emailDomain(email)) : null;
        const invitation = email ? await this.repository.pendingInvitation(em, organizationId, email, now) : null;
        const settings = await this.repository.settingsOf(organizationId);
        const decision = decideSsoAccount({
          linked: !!linked,
          emailVerified: claims.emailVerified,
          domainRouted: routed?.provider.id === providerId,
          invitedRole: invitation?.role ?? null,
          inviteOnly: settings.inviteOnly,
          account: account
            ? { memberOfOrganization: await this.repository.isMember(em, organizationId, account.id) }
            : null,
        });
        if (decision.kind === 'refuse') throw new SsoRefused(decision.reason);
        const user =
          account ??
          (await this.repository.createUser(em, {
            email: email!,
            displayName: displayNameOf(claims.name, email!),
            passwordHash: NO_PASSWORD,
          }));
        if (!linked)
          await this.repository.link(em, { organizationId, providerId, subject: claims.subject, userId: user.id });
        if (decision.join) {
          await this.repository.join(em, organizationId, user.id, decision.join);
          if (invitation) await this.repository.acceptInvitation(em, invitation.id, now);
        }
        return user.id;
      })
      .catch((error: unknown) => {
        // Two first sign-ins of one new person at once: the second finds the account made by the first.
        if (isUniqueViolation(error) && !retried) return this.account(organizationId, providerId, claims, true);
        throw error;
      });
  }
}

/** The provider's name for the person, else the email's local part, within the column's 80. */
function displayNameOf(name: string | null, email: string): string {
  const cleaned = (name ?? '').replace(/[\p{Cc}\p{Cf}]/gu, '').trim();
  return (cleaned || email.slice(0, email.indexOf('@'))).slice(0, 80);
}
