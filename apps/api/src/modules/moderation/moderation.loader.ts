import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { ModerationRepository } from './moderation.repository';

/** Per-request loaders of the moderation module. */
export function createModerationLoaders(dataSource: DataSource) {
  const repository = new ModerationRepository(dataSource);
  return {
    /** The cohort of a contribution, a feedback or a comment (published, not deleted), per id. */
    cohortOfContent: new DataLoader<string, string | null>(async (ids) => {
      const byId = new Map((await repository.cohortsOfContent(ids)).map((r) => [r.id, r.cohort_id]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

export type ModerationLoaders = ReturnType<typeof createModerationLoaders>;

declare module '../../common/graphql/loader-registry' {
  // Declaration merging: the module's loaders join the per-request set (registered by moderation.module.ts).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends ModerationLoaders {}
}
