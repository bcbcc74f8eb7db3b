import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { PromptEntity } from '../prompt/prompt.entity';
import { HuddlePromptEntity } from './huddle-prompt.entity';

export function createHuddleLoaders(dataSource: DataSource) {
  return {
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
