import { Injectable } from '@nestjs/common';
import { apiPaths } from '@openhuddle/shared';
import { AppError } from '../../common/errors/app-error';
import type { ActorMembership } from '../../common/auth/request-context';
import { AppConfig } from '../../config/app-config';
import type { AddIdentityProviderInput, UpdateIdentityProviderInput } from './dto/sso.inputs';
import type { IdentityProvider, OrganizationSignIn, SignInOptions } from './dto/sso.types';
import type { IdentityProviderEntity } from './identity-provider.entity';
import { OidcClient } from './oidc-client';
import { SsoSecretBox } from './sso-secret-box';
import { checkRequireSso, emailDomain, organizationSignInPermissions } from './sso.policy';
import { SsoRepository } from './sso.repository';

/** An organisation's sign-in settings (admins) and what the sign-in page offers (everyone). */
@Injectable()
export class SsoSettingsService {
  constructor(
    private readonly repository: SsoRepository,
    private readonly secrets: SsoSecretBox,
    private readonly oidc: OidcClient,
    private readonly config: AppConfig,
  ) {}

  async overview(membership: ActorMembership): Promise<OrganizationSignIn> {
    const organizationId = membership.organizationId;
    const [settings, providers] = await Promise.all([
      this.repository.settingsOf(organizationId),
      this.repository.providersOf(organizationId),
    ]);
    return {
      organizationId,
      ...settings,
      providers: providers.map(({ provider, domains }) => this.toProvider(provider, domains)),
      viewerCan: organizationSignInPermissions(membership.role),
    };
  }

  async add(membership: ActorMembership, input: AddIdentityProviderInput): Promise<IdentityProvider> {
    this.checkIssuer(input.issuerUrl);
    const organizationId = membership.organizationId;
    const provider = await this.repository.transaction(async (em) => {
      const saved = await this.repository.insertProvider(em, {
        organizationId,
        displayName: input.displayName,
        issuerUrl: input.issuerUrl,
        clientId: input.clientId,
        clientSecretSealed: this.secrets.seal(input.clientSecret),
      });
      await this.claimDomains(em, organizationId, saved.id, input.domains);
      return saved;
    });
    return this.toProvider(provider, [...input.domains].sort());
  }

  async update(membership: ActorMembership, input: UpdateIdentityProviderInput): Promise<IdentityProvider> {
    this.checkIssuer(input.issuerUrl);
    const organizationId = membership.organizationId;
    const provider = await this.repository.transaction(async (em) => {
      const existing = await this.repository.providerOf(organizationId, input.providerId, em);
      if (!existing) throw AppError.notFound('Identity provider');
      await this.repository.updateProvider(em, existing.id, {
        displayName: input.displayName,
        issuerUrl: input.issuerUrl,
        clientId: input.clientId,
        ...(input.clientSecret ? { clientSecretSealed: this.secrets.seal(input.clientSecret) } : {}),
      });
      await this.claimDomains(em, organizationId, existing.id, input.domains);
      return (await this.repository.providerOf(organizationId, existing.id, em))!;
    });
    return this.toProvider(provider, [...input.domains].sort());
  }

  async remove(membership: ActorMembership, providerId: string): Promise<void> {
    const organizationId = membership.organizationId;
    const settings = await this.repository.settingsOf(organizationId);
    if (settings.requireSso && (await this.repository.countProviders(organizationId)) <= 1) {
      throw AppError.conflict('Turn off "Require SSO" before removing the last identity provider.');
    }
    if (!(await this.repository.deleteProvider(organizationId, providerId)))
      throw AppError.notFound('Identity provider');
  }

  async updateSettings(
    membership: ActorMembership,
    settings: { requireSso: boolean; inviteOnly: boolean },
  ): Promise<OrganizationSignIn> {
    const refusal = checkRequireSso(
      settings.requireSso,
      await this.repository.countProviders(membership.organizationId),
    );
    if (refusal) throw AppError.conflict(refusal, { requireSso: refusal });
    await this.repository.saveSettings(membership.organizationId, settings);
    return this.overview(membership);
  }

  /** The buttons for an email's domain, and whether a password may be used (never about the person). */
  async options(email: string | undefined): Promise<SignInOptions> {
    const signUpOpen = this.config.signUp === 'open';
    const routed = email && email.includes('@') ? await this.repository.routedProvider(emailDomain(email)) : null;
    if (!routed) return { providers: [], passwordSignIn: true, signUpOpen };
    const { provider, organizationName, requireSso } = routed;
    return {
      providers: [
        {
          id: provider.id,
          displayName: provider.displayName,
          organizationName,
          startPath: apiPaths.ssoStart(provider.id),
        },
      ],
      passwordSignIn: !requireSso,
      signUpOpen,
    };
  }

  private async claimDomains(
    em: Parameters<Parameters<SsoRepository['transaction']>[0]>[0],
    organizationId: string,
    providerId: string,
    domains: string[],
  ): Promise<void> {
    const result = await this.repository.setDomains(em, organizationId, providerId, domains);
    if (result !== 'ok') {
      // Same words whichever organisation holds it: who uses which domain is not told.
      throw AppError.conflict(`${result.taken} already signs in with another identity provider.`, {
        domains: `${result.taken} already signs in with another identity provider.`,
      });
    }
  }

  private checkIssuer(issuerUrl: string): void {
    // Production providers speak HTTPS; plain HTTP is for a provider on this machine in tests and demos.
    if (this.config.isProduction && !issuerUrl.startsWith('https://')) {
      throw AppError.badInput({ issuerUrl: 'The issuer URL must start with https://.' });
    }
  }

  private toProvider(provider: IdentityProviderEntity, domains: string[]): IdentityProvider {
    return {
      id: provider.id,
      displayName: provider.displayName,
      issuerUrl: provider.issuerUrl,
      clientId: provider.clientId,
      domains,
      startPath: apiPaths.ssoStart(provider.id),
      redirectUri: this.oidc.redirectUri,
    };
  }
}
