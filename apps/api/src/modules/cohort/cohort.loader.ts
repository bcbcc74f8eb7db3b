import { CohortRole, OrgRole } from '@openhuddle/shared';
import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { cohortIdLoader } from '../../common/graphql/cohort-id-loader';
import { CohortMemberEntity } from './cohort-member.entity';
import { TeamEntity } from './team.entity';
import type { CohortAccess } from './cohort.policy';

/** The roles behind a CohortAccess, as read by the loader below or joined into another lookup. */
export interface CohortAccessRow {
  organization_id: string;
  cohort_role: CohortRole | null;
  org_role: OrgRole | null;
}

export function toCohortAccess(cohortId: string, userId: string, row: CohortAccessRow): CohortAccess {
  return {
    cohortId,
    organizationId: row.organization_id,
    userId,
    // Without a membership of the organization, a leftover cohort role grants nothing (rule 1).
    cohortRole: row.org_role ? row.cohort_role : null,
    orgRole: row.org_role,
  };
}

/** The viewer's access to each cohort id, in one statement (null for unknown cohorts). */
export function createCohortLoaders(dataSource: DataSource, viewerUserId: string | null) {
  return {
    cohortOfCohortMember: cohortIdLoader(
      dataSource,
      'SELECT id, cohort_id FROM cohort_member WHERE id = ANY($1::uuid[])',
    ),
    cohortAccess: new DataLoader<string, CohortAccess | null>(async (cohortIds) => {
      if (!viewerUserId) return cohortIds.map(() => null);
      const rows: Array<CohortAccessRow & { id: string }> = await dataSource.query(
        // A cohort role counts only with a membership of the cohort's organization: losing the
        // membership ends access to every cohort of it at once (PRODUCT.md rule 1).
        `SELECT c.id, c.organization_id, CASE WHEN m.user_id IS NULL THEN NULL ELSE cm.role END AS cohort_role,
                m.role AS org_role
             FROM cohort c
             LEFT JOIN cohort_member cm ON cm.cohort_id = c.id AND cm.user_id = $1
             LEFT JOIN membership m ON m.organization_id = c.organization_id AND m.user_id = $1
            WHERE c.id = ANY($2::uuid[])`,
        [viewerUserId, cohortIds],
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      return cohortIds.map((id) => {
        const r = byId.get(id);
        return r ? toCohortAccess(id, viewerUserId, r) : null;
      });
    }),
    /** Members of each cohort (with their user), sorted by name. */
    cohortMembers: new DataLoader<string, CohortMemberEntity[]>(async (cohortIds) => {
      const rows = await dataSource.getRepository(CohortMemberEntity).find({
        where: { cohortId: In([...cohortIds]) },
        relations: { user: true },
        order: { user: { displayName: 'ASC' } },
      });
      return cohortIds.map((id) => rows.filter((r) => r.cohortId === id));
    }),
    cohortTeams: new DataLoader<string, TeamEntity[]>(async (cohortIds) => {
      const rows = await dataSource
        .getRepository(TeamEntity)
        .find({ where: { cohortId: In([...cohortIds]) }, order: { name: 'ASC' } });
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
