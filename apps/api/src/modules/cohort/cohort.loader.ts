import DataLoader from 'dataloader';
import type { CohortMemberEntity } from './cohort-member.entity';
import type { CohortAccessRow, CohortRepository } from './cohort.repository';
import type { TeamEntity } from './team.entity';
import type { CohortAccess } from './cohort.policy';

export type { CohortAccessRow } from './cohort.repository';

export function toCohortAccess(cohortId: string, userId: string, row: CohortAccessRow): CohortAccess {
  return {
    cohortId,
    organizationId: row.organization_id,
    userId,
    // Without a membership of the organization, a leftover cohort role grants nothing (rule 1);
    // a Guest place is the one exception, and only for this cohort.
    cohortRole: row.org_role || row.guest ? row.cohort_role : null,
    orgRole: row.org_role,
    guest: !!row.guest,
  };
}

/** The viewer's access to each cohort id, in one statement (null for unknown cohorts); reads through CohortRepository. */
export function createCohortLoaders(cohorts: CohortRepository, viewerUserId: string | null) {
  return {
    cohortOfCohortMember: new DataLoader<string, string | null>(async (ids) => {
      const byId = new Map((await cohorts.cohortIdsOfMembers(ids)).map((r) => [r.id, r.cohort_id]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    cohortAccess: new DataLoader<string, CohortAccess | null>(async (cohortIds) => {
      if (!viewerUserId) return cohortIds.map(() => null);
      const byId = new Map((await cohorts.accessRows(viewerUserId, cohortIds)).map((r) => [r.id, r]));
      return cohortIds.map((id) => {
        const r = byId.get(id);
        return r ? toCohortAccess(id, viewerUserId, r) : null;
      });
    }),
    /** Members of each cohort (with their user), sorted by name. */
    cohortMembers: new DataLoader<string, CohortMemberEntity[]>(async (cohortIds) => {
      const rows = await cohorts.membersOf(cohortIds);
      return cohortIds.map((id) => rows.filter((r) => r.cohortId === id));
    }),
    cohortTeams: new DataLoader<string, TeamEntity[]>(async (cohortIds) => {
      const rows = await cohorts.teamsOf(cohortIds);
      return cohortIds.map((id) => rows.filter((r) => r.cohortId === id));
    }),
  };
}

export type CohortLoaders = ReturnType<typeof createCohortLoaders>;

declare module '../../common/graphql/loader-registry' {
  // Declaration merging: the module's loaders join the per-request set (registered by cohort.module.ts).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends CohortLoaders {}
}
