import { Injectable } from '@nestjs/common';
import { CohortRole, type OrgRole } from '@openhuddle/shared';
import { DataSource, In } from 'typeorm';
import { MembershipEntity } from '../organization/membership.entity';
import { CohortMemberEntity } from './cohort-member.entity';
import { CohortEntity } from './cohort.entity';
import { TeamEntity } from './team.entity';

/** The roles behind a CohortAccess, as read by the loader below or joined into another lookup. */
export interface CohortAccessRow {
  organization_id: string;
  cohort_role: CohortRole | null;
  org_role: OrgRole | null;
  /** The viewer holds a Guest place in the cohort (no membership of its organization needed). */
  guest: boolean;
}

export interface NewCohort {
  organizationId: string;
  name: string;
  description: string;
  startsOn: string | null;
  endsOn: string | null;
}

/** The cohort module's only access to the database (its loaders read through it too). */
@Injectable()
export class CohortRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Creates the cohort with its creator as FACILITATOR, in one transaction. */
  createWithFacilitator(cohort: NewCohort, facilitatorId: string): Promise<CohortEntity> {
    return this.dataSource.transaction(async (em) => {
      const saved = await em.save(CohortEntity, cohort);
      await em.save(CohortMemberEntity, {
        organizationId: cohort.organizationId,
        cohortId: saved.id,
        userId: facilitatorId,
        role: CohortRole.FACILITATOR,
      });
      return saved;
    });
  }

  /** Cohorts of the organization, newest first: all of them, or only those `userId` is in. */
  listInOrganization(organizationId: string, onlyOfUserId: string | null): Promise<CohortEntity[]> {
    const qb = this.dataSource
      .getRepository(CohortEntity)
      .createQueryBuilder('c')
      .where('c.organization_id = :org', { org: organizationId });
    if (onlyOfUserId) {
      qb.andWhere('EXISTS (SELECT 1 FROM cohort_member cm WHERE cm.cohort_id = c.id AND cm.user_id = :user)', {
        user: onlyOfUserId,
      });
    }
    return qb.orderBy('c.created_at', 'DESC').getMany();
  }

  findByIdOrFail(id: string): Promise<CohortEntity> {
    return this.dataSource.getRepository(CohortEntity).findOneByOrFail({ id });
  }

  /** How many of `userIds` are members of the organization. */
  countOrganizationMembers(organizationId: string, userIds: string[]): Promise<number> {
    return this.dataSource.getRepository(MembershipEntity).count({ where: { organizationId, userId: In(userIds) } });
  }

  /** Adds the users to the cohort, or changes the cohort role of those already in it. */
  async upsertMembers(organizationId: string, cohortId: string, userIds: string[], role: CohortRole): Promise<void> {
    await this.dataSource
      .getRepository(CohortMemberEntity)
      .createQueryBuilder()
      .insert()
      .values(userIds.map((userId) => ({ organizationId, cohortId, userId, role })))
      .orUpdate(['role'], ['cohort_id', 'user_id'])
      .execute();
  }

  /** Inserts the cohort places not yet held; returns the user ids added. */
  async insertMissingMembers(
    organizationId: string,
    cohortId: string,
    userIds: string[],
    role: CohortRole,
  ): Promise<string[]> {
    const rows: { user_id: string }[] = await this.dataSource.query(
      `INSERT INTO cohort_member (organization_id, cohort_id, user_id, role)
       SELECT $1, $2, x.user_id, $4::cohort_role FROM unnest($3::uuid[]) AS x(user_id)
       ON CONFLICT (cohort_id, user_id) DO NOTHING
       RETURNING user_id`,
      [organizationId, cohortId, userIds, role],
    );
    return rows.map((r) => r.user_id);
  }

  findMembersWithUser(cohortId: string, userIds: string[]): Promise<CohortMemberEntity[]> {
    return this.dataSource
      .getRepository(CohortMemberEntity)
      .find({ where: { cohortId, userId: In(userIds) }, relations: { user: true } });
  }

  findMember(cohortMemberId: string): Promise<CohortMemberEntity | null> {
    return this.dataSource
      .getRepository(CohortMemberEntity)
      .findOne({ where: { id: cohortMemberId }, relations: { user: true } });
  }

  async setMemberTeam(cohortMemberId: string, teamId: string | null): Promise<void> {
    await this.dataSource.getRepository(CohortMemberEntity).update(cohortMemberId, { teamId });
  }

  createTeam(organizationId: string, cohortId: string, name: string): Promise<TeamEntity> {
    return this.dataSource.getRepository(TeamEntity).save({ organizationId, cohortId, name });
  }

  findTeam(teamId: string, cohortId: string): Promise<TeamEntity | null> {
    return this.dataSource.getRepository(TeamEntity).findOneBy({ id: teamId, cohortId });
  }

  // Batched reads behind cohort.loader.ts: one statement for all keys of a request.

  /**
   * The user's roles for each cohort id. A cohort role counts only with a membership of the
   * cohort's organization — losing the membership ends access to every cohort of it at once (rule 1) —
   * or as a Guest place, which opens that one cohort and nothing else of the organization.
   */
  accessRows(userId: string, cohortIds: readonly string[]): Promise<Array<CohortAccessRow & { id: string }>> {
    return this.dataSource.query(
      `SELECT c.id, c.organization_id,
              CASE WHEN m.user_id IS NULL AND cm.guest IS NOT TRUE THEN NULL ELSE cm.role END AS cohort_role,
              m.role AS org_role, coalesce(cm.guest, false) AND m.user_id IS NULL AS guest
           FROM cohort c
           LEFT JOIN cohort_member cm ON cm.cohort_id = c.id AND cm.user_id = $1
           LEFT JOIN membership m ON m.organization_id = c.organization_id AND m.user_id = $1
          WHERE c.id = ANY($2::uuid[])`,
      [userId, cohortIds],
    );
  }

  cohortIdsOfMembers(cohortMemberIds: readonly string[]): Promise<Array<{ id: string; cohort_id: string }>> {
    return this.dataSource.query('SELECT id, cohort_id FROM cohort_member WHERE id = ANY($1::uuid[])', [
      cohortMemberIds,
    ]);
  }

  /** Members of the cohorts, with their user, sorted by name. */
  membersOf(cohortIds: readonly string[]): Promise<CohortMemberEntity[]> {
    return this.dataSource.getRepository(CohortMemberEntity).find({
      where: { cohortId: In([...cohortIds]) },
      relations: { user: true },
      order: { user: { displayName: 'ASC' } },
    });
  }

  teamsOf(cohortIds: readonly string[]): Promise<TeamEntity[]> {
    return this.dataSource
      .getRepository(TeamEntity)
      .find({ where: { cohortId: In([...cohortIds]) }, order: { name: 'ASC' } });
  }
}
