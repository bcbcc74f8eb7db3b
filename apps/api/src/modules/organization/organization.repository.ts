import { Injectable } from '@nestjs/common';
import { OrgRole } from '@openhuddle/shared';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { InvitationEntity } from './invitation.entity';
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

  async renameOrganization(id: string, name: string): Promise<void> {
    await this.em.update(OrganizationEntity, id, { name });
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
