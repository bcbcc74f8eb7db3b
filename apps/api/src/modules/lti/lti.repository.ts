import { Injectable } from '@nestjs/common';
import { CohortRole, OrgRole } from '@openhuddle/shared';
import { DataSource, type EntityManager, In, IsNull, LessThan } from 'typeorm';
import { CohortMemberEntity } from '../cohort/cohort-member.entity';
import { CohortEntity } from '../cohort/cohort.entity';
import { MembershipEntity } from '../organization/membership.entity';
import { PromptEntity } from '../prompt/prompt.entity';
import { UserEntity } from '../user/user.entity';
import { LtiIdentityEntity } from './lti-identity.entity';
import { LtiLoginEntity } from './lti-login.entity';
import { LtiPlatformEntity } from './lti-platform.entity';
import { LtiResourceLinkEntity } from './lti-resource-link.entity';
import { LtiRosterEntryEntity } from './lti-roster-entry.entity';
import { LtiToolKeyEntity } from './lti-tool-key.entity';

export type PlatformFields = Pick<
  LtiPlatformEntity,
  'name' | 'issuer' | 'clientId' | 'deploymentIds' | 'authLoginUrl' | 'authTokenUrl' | 'jwksUrl' | 'createMembers'
>;

/** The LTI module's only access to the database. */
@Injectable()
export class LtiRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  // The tool's key.

  /** The instance's key; `make` runs once, under an advisory lock, when there is none yet. */
  toolKey(make: () => Promise<Omit<LtiToolKeyEntity, 'createdAt'>>): Promise<LtiToolKeyEntity> {
    return this.dataSource.transaction(async (em) => {
      const existing = await em.find(LtiToolKeyEntity, { order: { createdAt: 'ASC' }, take: 1 });
      if (existing[0]) return existing[0];
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('lti_tool_key'))`);
      const again = await em.find(LtiToolKeyEntity, { order: { createdAt: 'ASC' }, take: 1 });
      if (again[0]) return again[0];
      return em.save(LtiToolKeyEntity, em.create(LtiToolKeyEntity, await make()));
    });
  }

  // Platforms.

  platformsOf(organizationId: string): Promise<LtiPlatformEntity[]> {
    return this.dataSource.manager.find(LtiPlatformEntity, { where: { organizationId }, order: { createdAt: 'ASC' } });
  }

  platformOf(organizationId: string, id: string): Promise<LtiPlatformEntity | null> {
    return this.dataSource.manager.findOneBy(LtiPlatformEntity, { organizationId, id });
  }

  platformById(id: string): Promise<LtiPlatformEntity | null> {
    return this.dataSource.manager.findOneBy(LtiPlatformEntity, { id });
  }

  /** The registrations of an issuer; with `clientId`, the one (the pair is unique on the instance). */
  platformsByIssuer(issuer: string, clientId?: string): Promise<LtiPlatformEntity[]> {
    return this.dataSource.manager.find(LtiPlatformEntity, {
      where: clientId ? { issuer, clientId } : { issuer },
      order: { createdAt: 'ASC' },
      take: 2,
    });
  }

  insertPlatform(organizationId: string, fields: PlatformFields): Promise<LtiPlatformEntity> {
    return this.dataSource.manager.save(LtiPlatformEntity, { organizationId, ...fields });
  }

  async updatePlatform(organizationId: string, id: string, fields: PlatformFields): Promise<boolean> {
    const result = await this.dataSource.manager.update(LtiPlatformEntity, { organizationId, id }, fields);
    return (result.affected ?? 0) > 0;
  }

  async deletePlatform(organizationId: string, id: string): Promise<boolean> {
    const result = await this.dataSource.manager.delete(LtiPlatformEntity, { organizationId, id });
    return (result.affected ?? 0) > 0;
  }

  // Logins in flight.

  async saveLogin(login: Pick<LtiLoginEntity, 'platformId' | 'stateHash' | 'nonce' | 'expiresAt'>): Promise<void> {
    await this.dataSource.manager.delete(LtiLoginEntity, { expiresAt: LessThan(new Date()) });
    await this.dataSource.manager.insert(LtiLoginEntity, login);
  }

  /** Uses up the login of this state: null when unknown, used or expired. */
  takeLogin(stateHash: string, now: Date): Promise<LtiLoginEntity | null> {
    return this.dataSource.transaction(async (em) => {
      const login = await em.findOne(LtiLoginEntity, { where: { stateHash }, lock: { mode: 'pessimistic_write' } });
      if (!login || login.usedAt || login.expiresAt <= now) return null;
      await em.update(LtiLoginEntity, login.id, { usedAt: now });
      return login;
    });
  }

  // Placements.

  resourceLink(platformId: string, resourceLinkId: string): Promise<LtiResourceLinkEntity | null> {
    return this.dataSource.manager.findOneBy(LtiResourceLinkEntity, { platformId, resourceLinkId });
  }

  resourceLinkOfCohort(organizationId: string, cohortId: string): Promise<LtiResourceLinkEntity | null> {
    return this.dataSource.manager.findOne(LtiResourceLinkEntity, {
      where: { organizationId, cohortId },
      order: { createdAt: 'DESC' },
    });
  }

  /** Whether any placement in the cohort has a gradebook column (AGS line item). */
  async hasGradebook(organizationId: string, cohortId: string): Promise<boolean> {
    const rows = (await this.dataSource.query(
      `SELECT 1 FROM lti_resource_link WHERE organization_id = $1 AND cohort_id = $2 AND line_item_url IS NOT NULL LIMIT 1`,
      [organizationId, cohortId],
    )) as unknown[];
    return rows.length > 0;
  }

  /** Stamps the link's last roster sync with the transaction's time, and returns it. */
  async markSynced(em: EntityManager, linkId: string): Promise<Date> {
    const [row] = (await em.query(
      `UPDATE lti_resource_link SET roster_synced_at = now() WHERE id = $1 RETURNING roster_synced_at AS at`,
      [linkId],
    )) as [Array<{ at: Date }>, number];
    return row[0]?.at ?? new Date();
  }

  async saveResourceLink(
    link: Pick<
      LtiResourceLinkEntity,
      | 'organizationId'
      | 'platformId'
      | 'resourceLinkId'
      | 'deploymentId'
      | 'contextId'
      | 'cohortId'
      | 'promptId'
      | 'membershipsUrl'
      | 'lineItemUrl'
    >,
  ): Promise<void> {
    await this.dataSource.manager.upsert(LtiResourceLinkEntity, link, ['platformId', 'resourceLinkId']);
  }

  cohortOf(organizationId: string, id: string): Promise<CohortEntity | null> {
    return this.dataSource.manager.findOneBy(CohortEntity, { organizationId, id });
  }

  promptOf(organizationId: string, id: string): Promise<PromptEntity | null> {
    return this.dataSource.manager.findOneBy(PromptEntity, { organizationId, id });
  }

  /** What a teacher may place: the organisation's cohorts and their prompts (newest first, bounded). */
  async placeable(organizationId: string): Promise<{ cohorts: CohortEntity[]; prompts: PromptEntity[] }> {
    const [cohorts, prompts] = await Promise.all([
      this.dataSource.manager.find(CohortEntity, {
        where: { organizationId },
        order: { createdAt: 'DESC' },
        take: 200,
      }),
      this.dataSource.manager.find(PromptEntity, {
        where: { organizationId },
        order: { createdAt: 'DESC' },
        take: 200,
      }),
    ]);
    return { cohorts, prompts };
  }

  // People.

  linkedUser(em: EntityManager, platformId: string, subject: string): Promise<UserEntity | null> {
    return em
      .createQueryBuilder(UserEntity, 'u')
      .innerJoin(LtiIdentityEntity, 'i', 'i.user_id = u.id')
      .where('i.platform_id = :platformId AND i.subject = :subject', { platformId, subject })
      .getOne();
  }

  userByEmail(em: EntityManager, email: string): Promise<UserEntity | null> {
    return em.findOneBy(UserEntity, { email });
  }

  membership(em: EntityManager, organizationId: string, userId: string): Promise<MembershipEntity | null> {
    return em.findOneBy(MembershipEntity, { organizationId, userId });
  }

  async inviteOnly(em: EntityManager, organizationId: string): Promise<boolean> {
    const rows = await em.query<{ invite_only: boolean }[]>(
      `SELECT invite_only FROM organization_sign_in_settings WHERE organization_id = $1`,
      [organizationId],
    );
    return rows[0]?.invite_only ?? false;
  }

  createUser(em: EntityManager, user: Pick<UserEntity, 'email' | 'displayName' | 'passwordHash'>): Promise<UserEntity> {
    return em.save(UserEntity, em.create(UserEntity, user));
  }

  async link(em: EntityManager, platformId: string, subject: string, userId: string): Promise<void> {
    await em
      .createQueryBuilder()
      .insert()
      .into(LtiIdentityEntity)
      .values({ platformId, subject, userId })
      .orIgnore()
      .execute();
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

  /** Puts the person in the cohort with this role (a facilitator the course made stays one). */
  async joinCohort(
    em: EntityManager,
    organizationId: string,
    cohortId: string,
    userId: string,
    role: CohortRole,
  ): Promise<void> {
    await em.query(
      `INSERT INTO cohort_member (organization_id, cohort_id, user_id, role) VALUES ($1, $2, $3, $4)
       ON CONFLICT (cohort_id, user_id) DO UPDATE SET role = CASE
         WHEN cohort_member.role = 'FACILITATOR' THEN cohort_member.role ELSE EXCLUDED.role END`,
      [organizationId, cohortId, userId, role],
    );
  }

  // Roster sync.

  async activeRosterIds(em: EntityManager, cohortId: string): Promise<string[]> {
    const rows = await em.find(LtiRosterEntryEntity, {
      where: { cohortId, goneAt: IsNull() },
      select: { userId: true },
    });
    return rows.map((r) => r.userId);
  }

  async markPresent(em: EntityManager, cohortId: string, userIds: string[]): Promise<void> {
    if (!userIds.length) return;
    await em.query(
      `INSERT INTO lti_roster_entry (cohort_id, user_id, gone_at) SELECT $1, unnest($2::uuid[]), NULL
       ON CONFLICT (cohort_id, user_id) DO UPDATE SET gone_at = NULL, synced_at = now()`,
      [cohortId, userIds],
    );
  }

  /**
   * Those a roster put in the cohort and the course no longer lists: marked gone and taken out of
   * the cohort (people added by hand are not the roster's to remove). Their ids.
   */
  async markGone(em: EntityManager, cohortId: string, presentUserIds: string[]): Promise<string[]> {
    const gone = await em.find(LtiRosterEntryEntity, { where: { cohortId, goneAt: IsNull() } });
    const ids = gone.map((e) => e.userId).filter((id) => !presentUserIds.includes(id));
    if (!ids.length) return [];
    await em.update(LtiRosterEntryEntity, { cohortId, userId: In(ids) }, { goneAt: new Date() });
    await em.delete(CohortMemberEntity, { cohortId, userId: In(ids) });
    return ids;
  }
}
