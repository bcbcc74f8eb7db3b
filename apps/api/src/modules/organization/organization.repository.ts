import { Injectable } from '@nestjs/common';
import { OrgRole } from '@openhuddle/shared';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { InvitationEntity } from './invitation.entity';
import { type DeactivatedCohortPlace, MemberDeactivationEntity } from './member-deactivation.entity';
import { MembershipEntity } from './membership.entity';
import { OrganizationEntity } from './organization.entity';

/**
 * The organization module's reads and writes over one EntityManager: the DataSource's own, or a
 * transaction's (`OrganizationRepository.transaction`), so the service keeps the rules while the
 * statements of one change share a transaction.
 */
export class OrganizationStore {
  constructor(protected readonly em: EntityManager) {}

  /** The transaction's manager, for another module's write inside it (the audit record). */
  get manager(): EntityManager {
    return this.em;
  }

  createOrganization(name: string, slug: string): Promise<OrganizationEntity> {
    return this.em.save(OrganizationEntity, { name, slug });
  }

  findOrganizationOrFail(id: string): Promise<OrganizationEntity> {
    return this.em.findOneByOrFail(OrganizationEntity, { id });
  }

  /** A new language re-indexes the organisation's searchable rows (a trigger, in the same statement). */
  async updateOrganization(id: string, changes: { name: string; language?: string }): Promise<void> {
    await this.em.update(OrganizationEntity, id, changes);
  }

  /** Slugs equal to `base` or starting with `base-`. */
  async slugsLike(base: string): Promise<string[]> {
    const rows = await this.em
      .getRepository(OrganizationEntity)
      .createQueryBuilder('o')
      .select('o.slug', 'slug')
      .where('o.slug = :base OR o.slug LIKE :prefix', { base, prefix: `${base}-%` })
      .getRawMany<{ slug: string }>();
    return rows.map((r) => r.slug);
  }

  saveMembership(membership: Pick<MembershipEntity, 'organizationId' | 'userId' | 'role'>): Promise<MembershipEntity> {
    return this.em.save(MembershipEntity, membership);
  }

  findMembership(organizationId: string, userId: string): Promise<MembershipEntity | null> {
    return this.em.findOne(MembershipEntity, { where: { organizationId, userId } });
  }

  findMembershipWithUserOrFail(id: string): Promise<MembershipEntity> {
    return this.em.findOneOrFail(MembershipEntity, { where: { id }, relations: { user: true } });
  }

  /** A user's memberships with their organizations, oldest first. */
  membershipsOfUser(userId: string): Promise<MembershipEntity[]> {
    return this.em.find(MembershipEntity, {
      where: { userId },
      relations: { organization: true },
      order: { createdAt: 'ASC' },
    });
  }

  /** Is the user an owner or admin of at least one organisation? */
  administersAnyOrganization(userId: string): Promise<boolean> {
    return this.em.existsBy(MembershipEntity, { userId, role: In([OrgRole.OWNER, OrgRole.ADMIN]) });
  }

  hasMemberWithEmail(organizationId: string, email: string): Promise<boolean> {
    return this.em
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .innerJoin('m.user', 'u')
      .where('m.organization_id = :org AND u.email = :email', { org: organizationId, email })
      .getExists();
  }

  /**
   * The membership `membershipId` of the organization, with every owner row of it, locked FOR
   * UPDATE: two concurrent demotions cannot both pass the "last owner" check.
   */
  lockMembershipAndOwners(organizationId: string, membershipId: string): Promise<MembershipEntity[]> {
    return this.em.find(MembershipEntity, {
      where: [
        { organizationId, id: membershipId },
        { organizationId, role: OrgRole.OWNER },
      ],
      lock: { mode: 'pessimistic_write' },
    });
  }

  countOwners(organizationId: string): Promise<number> {
    return this.em.count(MembershipEntity, { where: { organizationId, role: OrgRole.OWNER } });
  }

  async setMembershipRole(id: string, role: OrgRole): Promise<void> {
    await this.em.update(MembershipEntity, id, { role });
  }

  /** Deletes the membership and every cohort role of that user in the organization (rule 1). */
  async deleteMembershipAndCohortRoles(membership: MembershipEntity): Promise<void> {
    await this.em.delete(MembershipEntity, membership.id);
    await this.em.query(
      `DELETE FROM cohort_member cm USING cohort c
        WHERE cm.cohort_id = c.id AND c.organization_id = $1 AND cm.user_id = $2`,
      [membership.organizationId, membership.userId],
    );
  }

  async revokePendingInvitations(organizationId: string, email: string, at: Date): Promise<void> {
    await this.em.update(
      InvitationEntity,
      { organizationId, email, cohortId: IsNull(), acceptedAt: IsNull(), revokedAt: IsNull() },
      { revokedAt: at },
    );
  }

  saveInvitation(
    invitation: Pick<InvitationEntity, 'organizationId' | 'email' | 'role' | 'tokenHash' | 'invitedById' | 'expiresAt'>,
  ): Promise<InvitationEntity> {
    return this.em.save(InvitationEntity, invitation);
  }

  pendingInvitations(organizationId: string): Promise<InvitationEntity[]> {
    return this.em.find(InvitationEntity, {
      where: { organizationId, cohortId: IsNull(), acceptedAt: IsNull(), revokedAt: IsNull() },
      relations: { invitedBy: true },
      order: { createdAt: 'DESC' },
    });
  }

  findInvitationWithInviter(organizationId: string, id: string): Promise<InvitationEntity | null> {
    return this.em.findOne(InvitationEntity, { where: { id, organizationId }, relations: { invitedBy: true } });
  }

  findInvitationByTokenHash(tokenHash: string): Promise<InvitationEntity | null> {
    return this.em.findOne(InvitationEntity, {
      where: { tokenHash },
      relations: { organization: true, invitedBy: true, cohort: true },
    });
  }

  lockInvitationByTokenHash(tokenHash: string): Promise<InvitationEntity | null> {
    return this.em.findOne(InvitationEntity, { where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
  }

  async setInvitation(id: string, changes: Partial<Pick<InvitationEntity, 'acceptedAt' | 'revokedAt'>>): Promise<void> {
    await this.em.update(InvitationEntity, id, changes);
  }

  /** The member's cohort places in the organization, kept by a deactivation. */
  cohortPlacesOf(organizationId: string, userId: string): Promise<DeactivatedCohortPlace[]> {
    return this.em.query(
      `SELECT cohort_id AS "cohortId", role, team_id AS "teamId" FROM cohort_member
        WHERE organization_id = $1 AND user_id = $2 AND NOT guest`,
      [organizationId, userId],
    );
  }

  saveDeactivation(
    row: Pick<MemberDeactivationEntity, 'organizationId' | 'userId' | 'role' | 'cohortPlaces' | 'deactivatedById'>,
  ): Promise<MemberDeactivationEntity> {
    return this.em.save(MemberDeactivationEntity, row);
  }

  lockDeactivation(organizationId: string, id: string): Promise<MemberDeactivationEntity | null> {
    return this.em.findOne(MemberDeactivationEntity, {
      where: { organizationId, id },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async deleteDeactivation(id: string): Promise<void> {
    await this.em.delete(MemberDeactivationEntity, id);
  }

  /** Gives back the cohort places of cohorts that still exist (a place taken since is kept as it is). */
  async restoreCohortPlaces(organizationId: string, userId: string, places: DeactivatedCohortPlace[]): Promise<void> {
    if (!places.length) return;
    await this.em.query(
      `INSERT INTO cohort_member (organization_id, cohort_id, user_id, role, team_id)
       SELECT $1, p.cohort_id, $2, p.role::cohort_role, t.id
         FROM jsonb_to_recordset($3::jsonb) AS p(cohort_id uuid, role text, team_id uuid)
         JOIN cohort c ON c.id = p.cohort_id AND c.organization_id = $1
         LEFT JOIN team t ON t.id = p.team_id AND t.cohort_id = p.cohort_id
       ON CONFLICT (cohort_id, user_id) DO NOTHING`,
      [
        organizationId,
        userId,
        JSON.stringify(places.map((p) => ({ cohort_id: p.cohortId, role: p.role, team_id: p.teamId }))),
      ],
    );
  }

  deactivatedMembers(organizationId: string): Promise<MemberDeactivationEntity[]> {
    return this.em.find(MemberDeactivationEntity, {
      where: { organizationId },
      relations: { user: true },
      order: { deactivatedAt: 'DESC' },
    });
  }

  // Batched reads behind organization.loader.ts.

  viewerMemberships(userId: string, organizationIds: readonly string[]): Promise<MembershipEntity[]> {
    return this.em.find(MembershipEntity, { where: { userId, organizationId: In([...organizationIds]) } });
  }

  /** Members of the organizations with their user, sorted by name, in one statement. */
  membersOf(organizationIds: readonly string[]): Promise<MembershipEntity[]> {
    return this.em.find(MembershipEntity, {
      where: { organizationId: In([...organizationIds]) },
      relations: { user: true },
      order: { user: { displayName: 'ASC' } },
    });
  }
}

/** The organization module's only access to the database. */
@Injectable()
export class OrganizationRepository extends OrganizationStore {
  constructor(private readonly dataSource: DataSource) {
    super(dataSource.manager);
  }

  transaction<T>(work: (tx: OrganizationStore) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((em) => work(new OrganizationStore(em)));
  }
}
