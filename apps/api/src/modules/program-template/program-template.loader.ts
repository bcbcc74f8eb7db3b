import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { type LaunchRow, ProgramLaunchRepository } from './program-launch.repository';
import { type OrganizationStanding, ProgramTemplateRepository } from './program-template.repository';

/** Per-request loaders of the program-template module. */
export function createProgramTemplateLoaders(dataSource: DataSource, viewerUserId: string | null) {
  const launches = new ProgramLaunchRepository(dataSource);
  const templates = new ProgramTemplateRepository(dataSource);
  return {
    /** The launch each cohort came from (null for cohorts built by hand): one statement for a page of cohorts. */
    programLaunchByCohort: new DataLoader<string, LaunchRow | null>(async (cohortIds) => {
      const rows = await launches.launchesOf(cohortIds);
      return cohortIds.map((id) => rows.find((r) => r.cohort_id === id) ?? null);
    }),
    /** The viewer's organisations with their roles, read once per request (launch targets, authoring). */
    viewerStandings: new DataLoader<'viewer', OrganizationStanding[]>(async (keys) => {
      const rows = viewerUserId ? await templates.standings(viewerUserId) : [];
      return keys.map(() => rows);
    }),
  };
}

export type ProgramTemplateLoaders = ReturnType<typeof createProgramTemplateLoaders>;

declare module '../../common/graphql/loader-registry' {
  // Declaration merging: the module's loaders join the per-request set (registered by program-template.module.ts).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends ProgramTemplateLoaders {}
}
