import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { type CohortAccessRow, type CohortLoaders, toCohortAccess } from '../cohort/cohort.loader';
import type { PromptEntity } from '../prompt/prompt.entity';
import type { ActionItemEntity } from './action-item.entity';
import { ActionItemRepository } from './action-item.repository';
import type { AgendaItemEntity } from './agenda-item.entity';
import { AgendaRepository } from './agenda.repository';
import type { DecisionEntity } from './decision.entity';
import type { HuddleNoteEntity } from './huddle-note.entity';
import type { HuddleEntity } from './huddle.entity';
import { HuddleRepository } from './huddle.repository';

/** Batches per-parent lists: one repository call (one statement) for every parent of a request. */
const listLoader = <V>(load: (ids: readonly string[]) => Promise<V[][]>) => new DataLoader<string, V[]>(load);

export function createHuddleLoaders(dataSource: DataSource, viewerUserId: string | null) {
  const huddles = new HuddleRepository(dataSource);
  const agenda = new AgendaRepository(dataSource);
  const actionItems = new ActionItemRepository(dataSource);
  const cohortOf = (table: 'agenda_item' | 'action_item') =>
    new DataLoader<string, string | null>(async (ids) => {
      const byId = await huddles.cohortsOf(table, ids);
      return ids.map((id) => byId.get(id) ?? null);
    });
  return {
    /**
     * A huddle with the viewer's roles in its cohort, in one statement: the guard's cohort lookup
     * and the service's load share it (see `huddleWithAccess`), so a huddle page pays once.
     */
    huddleAndRoles: new DataLoader<string, { huddle: HuddleEntity; roles: CohortAccessRow } | null>(async (ids) => {
      const found = await huddles.withViewerRoles(ids, viewerUserId);
      const byId = new Map(found.map((f) => [f.huddle.id, f]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Huddles by id (the service decides access; `huddleWithAccess` in huddle.module.ts primes it). */
    huddleById: new DataLoader<string, HuddleEntity | null>(async (ids) =>
      (await huddles.findMany(ids)).map((h) => h ?? null),
    ),
    cohortOfAgendaItem: cohortOf('agenda_item'),
    cohortOfActionItem: cohortOf('action_item'),
    /** Linked prompts per huddle id, in their order (two statements for any number of huddles). */
    huddlePrompts: listLoader<PromptEntity>((ids) => huddles.promptsOf(ids)),
    /** Scheduled meetings of each huddle's series after it: what scope FOLLOWING also changes. */
    huddleLaterInSeries: new DataLoader<string, number>(async (ids) => {
      const byId = await huddles.laterInSeries(ids);
      return ids.map((id) => byId.get(id) ?? 0);
    }),
    /** Each cohort's huddles, earliest first (Cohort.huddles). */
    cohortHuddles: new DataLoader<string, HuddleEntity[]>(async (cohortIds) => {
      const rows = await huddles.ofCohorts(cohortIds);
      return cohortIds.map((id) => rows.filter((h) => h.cohortId === id));
    }),
    huddleAgenda: listLoader<AgendaItemEntity>((ids) => agenda.agendasOf(ids)),
    huddleNotes: listLoader<HuddleNoteEntity>((ids) => agenda.notesOf(ids)),
    huddleDecisions: listLoader<DecisionEntity>((ids) => agenda.decisionsOf(ids)),
    huddleActionItems: listLoader<ActionItemEntity>((ids) => actionItems.ofHuddles(ids)),
  };
}

export type HuddleLoaders = ReturnType<typeof createHuddleLoaders>;

declare module '../../common/graphql/loader-registry' {
  // Declaration merging: the module's loaders join the per-request set (registered by huddle.module.ts).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends HuddleLoaders {}
}

/** The huddle, with the viewer's cohort access primed from the same statement (null if unknown). */
export async function huddleWithAccess(
  loaders: HuddleLoaders & Pick<CohortLoaders, 'cohortAccess'>,
  userId: string,
  huddleId: string,
): Promise<HuddleEntity | null> {
  const found = await loaders.huddleAndRoles.load(huddleId);
  if (!found) return null;
  loaders.cohortAccess.prime(found.huddle.cohortId, toCohortAccess(found.huddle.cohortId, userId, found.roles));
  return found.huddle;
}
