import { Injectable } from '@nestjs/common';
import { OrgRole } from '@openhuddle/shared';
import { DataSource, type EntityManager, In, IsNull, MoreThan } from 'typeorm';
import { isUniqueViolation } from '../../common/database/postgres-errors';
import { InvitationEntity } from '../organization/invitation.entity';
import { MembershipEntity } from '../organization/membership.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { UserEntity } from '../user/user.entity';
import { IdentityProviderDomainEntity } from './identity-provider-domain.entity';
import { IdentityProviderEntity } from './identity-provider.entity';
import { SignInSettingsEntity } from './sign-in-settings.entity';
import { SsoIdentityEntity } from './sso-identity.entity';
import { SsoSignInEntity } from './sso-sign-in.entity';

export interface ProviderWithDomains {
  provider: IdentityProviderEntity;
  domains: string[];
}

/** A provider a domain routes to, with its organisation's name and settings. */
export interface RoutedProvider {
  provider: IdentityProviderEntity;
  organizationName: string;
  requireSso: boolean;
}

export type NewProvider = Pick<
  IdentityProviderEntity,
  'organizationId' | 'displayName' | 'issuerUrl' | 'clientId' | 'clientSecretSealed'
>;

export type NewSignIn = Pick<
  SsoSignInEntity,
  'organizationId' | 'providerId' | 'stateHash' | 'browserHash' | 'nonce' | 'codeVerifier' | 'nextPath' | 'expiresAt'
>;

/** The SSO module's only access to the database. */
@Injectable()
export class SsoRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  // Providers and domains (admin settings).

  async providersOf(organizationId: string): Promise<ProviderWithDomains[]> {
    const [providers, domains] = await Promise.all([
      this.dataSource.manager.find(IdentityProviderEntity, { where: { organizationId }, order: { createdAt: 'ASC' } }),
      this.dataSource.manager.find(IdentityProviderDomainEntity, {
        where: { organizationId },
        order: { domain: 'ASC' },
      }),
    ]);
    return providers.map((provider) => ({
      provider,
      domains: domains.filter((d) => d.providerId === provider.id).map((d) => d.domain),
    }));
  }

  providerById(id: string): Promise<IdentityProviderEntity | null> {
    return this.dataSource.manager.findOneBy(IdentityProviderEntity, { id });
  }

  providerOf(organizationId: string, id: string, em = this.dataSource.manager): Promise<IdentityProviderEntity | null> {
    return em.findOneBy(IdentityProviderEntity, { organizationId, id });
  }

  insertProvider(em: EntityManager, provider: NewProvider): Promise<IdentityProviderEntity> {
    return em.save(IdentityProviderEntity, provider);
  }

  async updateProvider(
    em: EntityManager,
    id: string,
    changes: Partial<Pick<IdentityProviderEntity, 'displayName' | 'issuerUrl' | 'clientId' | 'clientSecretSealed'>>,
  ): Promise<void> {
    if (Object.keys(changes).length) await em.update(IdentityProviderEntity, id, changes);
  }

  async deleteProvider(organizationId: string, id: string): Promise<boolean> {
    const result = await this.dataSource.manager.delete(IdentityProviderEntity, { organizationId, id });
    return (result.affected ?? 0) > 0;
  }

  /**
   * Replaces the provider's domains; 'taken' (and nothing changed, the transaction rolls back
   * with the caller) when another provider, of any organisation, already routes one of them.
   */
  async setDomains(
    em: EntityManager,
    organizationId: string,
    providerId: string,
    domains: string[],
  ): Promise<'ok' | { taken: string }> {
    await em.delete(IdentityProviderDomainEntity, { organizationId, providerId });
    if (!domains.length) return 'ok';
    const claimed = await em.find(IdentityProviderDomainEntity, { where: { domain: In(domains) } });
    if (claimed.length) return { taken: claimed[0]!.domain };
    try {
      await em.insert(
        IdentityProviderDomainEntity,
        domains.map((domain) => ({ domain, organizationId, providerId })),
      );
    } catch (error) {
      // Another organisation claimed it between the check and the insert.
      if (isUniqueViolation(error)) return { taken: domains[0]! };
      throw error;
    }
    return 'ok';
  }

  async countProviders(organizationId: string): Promise<number> {
    return this.dataSource.manager.countBy(IdentityProviderEntity, { organizationId });
  }

  // Sign-in settings.

  async settingsOf(organizationId: string): Promise<Pick<SignInSettingsEntity, 'requireSso' | 'inviteOnly'>> {
    const row = await this.dataSource.manager.findOneBy(SignInSettingsEntity, { organizationId });
    return { requireSso: row?.requireSso ?? false, inviteOnly: row?.inviteOnly ?? false };
  }

  async saveSettings(organizationId: string, settings: Pick<SignInSettingsEntity, 'requireSso' | 'inviteOnly'>) {
    await this.dataSource.manager.upsert(SignInSettingsEntity, { organizationId, ...settings }, ['organizationId']);
  }

  /** The providers that addresses of `domain` sign in with (one at most: a domain has one owner). */
  async routedProvider(domain: string): Promise<RoutedProvider | null> {
    const row = await this.dataSource.manager
      .createQueryBuilder(IdentityProviderDomainEntity, 'd')
      .innerJoinAndSelect('d.provider', 'p')
      .innerJoin(OrganizationEntity, 'o', 'o.id = d.organization_id')
      .leftJoin(SignInSettingsEntity, 's', 's.organization_id = d.organization_id')
      .addSelect(['o.name AS organization_name', 'coalesce(s.require_sso, false) AS require_sso'])
      .where('d.domain = :domain', { domain })
      .getRawAndEntities();
    const entity = row.entities[0];
    const raw = row.raw[0] as { organization_name: string; require_sso: boolean } | undefined;
    return entity?.provider && raw
      ? { provider: entity.provider, organizationName: raw.organization_name, requireSso: raw.require_sso }
      : null;
  }

  /**
   * The first organisation (oldest membership) of this user that requires SSO, with its first
   * provider. Owners are exempt: a broken or misconfigured provider must not lock everyone out.
   */
  async ssoRequiredForUser(userId: string): Promise<{ organizationName: string; providerName: string } | null> {
    const rows = await this.dataSource.manager.query<{ organization_name: string; provider_name: string }[]>(
      `SELECT o.name AS organization_name, p.display_name AS provider_name
         FROM membership m
         JOIN organization_sign_in_settings s ON s.organization_id = m.organization_id AND s.require_sso
         JOIN organization o ON o.id = m.organization_id
         JOIN LATERAL (SELECT display_name FROM identity_provider ip
                        WHERE ip.organization_id = m.organization_id ORDER BY ip.created_at LIMIT 1) p ON true
        WHERE m.user_id = $1 AND m.role <> 'OWNER'
        ORDER BY m.created_at LIMIT 1`,
      [userId],
    );
    const row = rows[0];
    return row ? { organizationName: row.organization_name, providerName: row.provider_name } : null;
  }

  // Sign-ins in flight.

  async saveSignIn(signIn: NewSignIn): Promise<void> {
    await this.dataSource.manager.insert(SsoSignInEntity, signIn);
  }

  /** Uses up the sign-in whose state hashes to `stateHash`: null when unknown, used or expired. */
  takeSignIn(stateHash: string, now: Date): Promise<SsoSignInEntity | null> {
    return this.dataSource.transaction(async (em) => {
      const signIn = await em.findOne(SsoSignInEntity, { where: { stateHash }, lock: { mode: 'pessimistic_write' } });
      if (!signIn || signIn.usedAt || signIn.expiresAt <= now) return null;
      await em.update(SsoSignInEntity, signIn.id, { usedAt: now });
      return signIn;
    });
  }

  /** Sign-ins that can no longer complete, so the table does not grow with abandoned attempts. */
  async deleteStaleSignIns(before: Date): Promise<void> {
    await this.dataSource.manager
      .createQueryBuilder()
      .delete()
      .from(SsoSignInEntity)
      .where('expires_at < :before', { before })
      .execute();
  }

  // Accounts.

  linkedUser(em: EntityManager, organizationId: string, providerId: string, subject: string) {
    return em
      .createQueryBuilder(UserEntity, 'u')
      .innerJoin(SsoIdentityEntity, 'i', 'i.user_id = u.id')
      .where('i.organization_id = :organizationId AND i.provider_id = :providerId AND i.subject = :subject', {
        organizationId,
        providerId,
        subject,
      })
      .getOne();
  }

  userByEmail(em: EntityManager, email: string): Promise<UserEntity | null> {
    return em.findOneBy(UserEntity, { email });
  }

  isMember(em: EntityManager, organizationId: string, userId: string): Promise<boolean> {
    return em.existsBy(MembershipEntity, { organizationId, userId });
  }

  /** The newest pending invitation to the organisation for this address, locked. */
  pendingInvitation(em: EntityManager, organizationId: string, email: string, now: Date) {
    return em.findOne(InvitationEntity, {
      where: { organizationId, email, acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(now) },
      order: { createdAt: 'DESC' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async acceptInvitation(em: EntityManager, invitationId: string, at: Date): Promise<void> {
    await em.update(InvitationEntity, invitationId, { acceptedAt: at });
  }

  createUser(em: EntityManager, user: Pick<UserEntity, 'email' | 'displayName' | 'passwordHash'>) {
    return em.save(UserEntity, em.create(UserEntity, user));
  }

  async link(
    em: EntityManager,
    identity: Pick<SsoIdentityEntity, 'organizationId' | 'providerId' | 'subject' | 'userId'>,
  ) {
    await em.createQueryBuilder().insert().into(SsoIdentityEntity).values(identity).orIgnore().execute();
  }

  async join(em: EntityManager, organizationId: string, userId: string, role: OrgRole): Promise<void> {
    await em
      .createQueryBuilder()
      .insert()
      .into(MembershipEntity)
      .values({ organizationId, userId, role })
      .orIgnore()
      .execute();
  }
}
