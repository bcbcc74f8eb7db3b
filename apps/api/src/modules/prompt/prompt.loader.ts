import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { PromptEntity } from './prompt.entity';

/** Per-request loaders of the prompt module (its read side: batched queries stay here). */
export function createPromptLoaders(dataSource: DataSource) {
  return {
    /** Prompts by id, whatever the viewer may see (the service decides); also the guard's cohort lookup. */
    promptById: new DataLoader<string, PromptEntity | null>(async (ids) => {
      const rows = await dataSource.getRepository(PromptEntity).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((p) => [p.id, p]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Every prompt of each cohort (drafts too: callers filter by the viewer's access), in timeline order. */
    promptsByCohort: new DataLoader<string, PromptEntity[]>(async (cohortIds) => {
      const rows = await dataSource
        .getRepository(PromptEntity)
        .find({ where: { cohortId: In([...cohortIds]) }, order: { opensAt: 'ASC', createdAt: 'ASC' } });
      return cohortIds.map((id) => rows.filter((p) => p.cohortId === id));
    }),
  };
}

export type PromptLoaders = ReturnType<typeof createPromptLoaders>;

declare module '../../common/graphql/loader-registry' {
  // Declaration merging: the module's loaders join the per-request set (registered by prompt.module.ts).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends PromptLoaders {}
}
