import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { cohortIdLoader } from '../../common/graphql/cohort-id-loader';
import { type CohortAccessRow, type CohortLoaders, toCohortAccess } from '../cohort/cohort.loader';
import { HuddleEntity } from './huddle.entity';
import { PromptEntity } from '../prompt/prompt.entity';
import { HuddlePromptEntity } from './huddle-prompt.entity';

export function createHuddleLoaders(dataSource: DataSource, viewerUserId: string | null) {
  return {
    /**
     * A huddle with the viewer's roles in its cohort, in one statement: the guard's cohort lookup
     * and the service's load share it (see `huddleWithAccess`), so a huddle page pays once.
     */
    huddleAndRoles: new DataLoader<string, { huddle: HuddleEntity; roles: CohortAccessRow } | null>(async (ids) => {
      const { entities, raw } = await dataSource
        .getRepository(HuddleEntity)
        .createQueryBuilder('h')
        .leftJoin('cohort_member', 'acm', 'acm.cohort_id = h.cohort_id AND acm.user_id = :viewerId', {
          viewerId: viewerUserId,
        })
        .leftJoin('membership', 'am', 'am.organization_id = h.organization_id AND am.user_id = :viewerId')
        .addSelect(['acm.role AS cohort_role', 'am.role AS org_role'])
        .where('h.id IN (:...ids)', { ids })
        .getRawAndEntities<CohortAccessRow & { h_id: string }>();
      const byId = new Map(
        entities.map((huddle) => {
          const row = raw.find((r) => r.h_id === huddle.id)!;
          return [huddle.id, { huddle, roles: { ...row, organization_id: huddle.organizationId } }];
        }),
      );
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Huddles by id (the service decides access; `huddleWithAccess` in huddle.module.ts primes it). */
    huddleById: new DataLoader<string, HuddleEntity | null>(async (ids) => {
      const rows = await dataSource.getRepository(HuddleEntity).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((h) => [h.id, h]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    cohortOfAgendaItem: cohortIdLoader(
      dataSource,
      'SELECT a.id, h.cohort_id FROM agenda_item a JOIN huddle h ON h.id = a.huddle_id WHERE a.id = ANY($1::uuid[])',
    ),
    cohortOfActionItem: cohortIdLoader(dataSource, 'SELECT id, cohort_id FROM action_item WHERE id = ANY($1::uuid[])'),
    /** Linked prompts per huddle id, in their order (two statements for any number of huddles). */
    huddlePrompts: new DataLoader<string, PromptEntity[]>(async (huddleIds) => {
      const links = await dataSource
        .getRepository(HuddlePromptEntity)
        .find({ where: { huddleId: In([...huddleIds]) }, order: { position: 'ASC' } });
      const prompts = links.length
        ? await dataSource.getRepository(PromptEntity).findBy({ id: In([...new Set(links.map((l) => l.promptId))]) })
        : [];
      return huddleIds.map((id) =>
        links.filter((l) => l.huddleId === id).map((l) => prompts.find((p) => p.id === l.promptId)!),
      );
    }),
    /** Scheduled meetings of each huddle's series after it: what scope FOLLOWING also changes. */
    huddleLaterInSeries: new DataLoader<string, number>(async (huddleIds) => {
      const rows: Array<{ id: string; later: number }> = await dataSource.query(
        `SELECT h.id, count(o.id)::int AS later
           FROM huddle h
           LEFT JOIN huddle o ON o.series_id = h.series_id AND o.starts_at > h.starts_at AND o.status = 'SCHEDULED'
          WHERE h.id = ANY($1::uuid[])
          GROUP BY h.id`,
        [huddleIds],
      );
      const byId = new Map(rows.map((r) => [r.id, r.later]));
      return huddleIds.map((id) => byId.get(id) ?? 0);
    }),
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
