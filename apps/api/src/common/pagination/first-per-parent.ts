import DataLoader from 'dataloader';
import { type DataSource, type EntityTarget, type FindOptionsRelations, type FindOptionsWhere, In } from 'typeorm';
import { CURSOR_TIMESTAMP_SQL, encodeKeysetCursor, type KeysetCursor } from './keyset-cursor';

/**
 * Pages of the children of many parents (a contribution's feedback, a thread's comments) in one
 * statement per distinct page position: oldest first on (created_at, id), so a page is always a
 * prefix of what comes after the cursor and a reply never shows without the comment it answers.
 */
export interface ParentPageKey<A = KeysetCursor> {
  parentId: string;
  first: number;
  after: A | null;
}

export interface ParentPage {
  ids: string[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface ChildList {
  /** A table name (never user input). */
  table: string;
  parentColumn: string;
  /** Extra condition over the alias `x` (what the viewer may see of the children). */
  where: string;
}

export function firstPerParentLoader(dataSource: DataSource, list: ChildList) {
  const page = async (parentIds: string[], first: number, after: KeysetCursor | null) => {
    const rows: Array<{ id: string; parent: string; cursor_at: string }> = await dataSource.query(
      `SELECT id, parent, cursor_at FROM (
         SELECT x.id, x.${list.parentColumn} AS parent, ${CURSOR_TIMESTAMP_SQL('x.created_at')} AS cursor_at,
                row_number() OVER (PARTITION BY x.${list.parentColumn} ORDER BY x.created_at, x.id) AS rn
           FROM ${list.table} x
          WHERE x.${list.parentColumn} = ANY($1::uuid[]) AND ${list.where}
            AND ($2::timestamptz IS NULL OR (x.created_at, x.id) > ($2::timestamptz, $3::uuid))
       ) page WHERE rn <= $4 ORDER BY parent, rn`,
      [parentIds, after?.createdAt ?? null, after?.id ?? null, first + 1],
    );
    return rows;
  };
  return pagesLoader<KeysetCursor, { id: string; parent: string; cursor_at: string }>(page, (last) =>
    encodeKeysetCursor({ createdAt: last.cursor_at, id: last.id }),
  );
}

/**
 * A loader of pages per parent from `fetch`, which returns for many parents the first `first + 1`
 * rows of each after the position, in order: one call per distinct (first, after) in a batch.
 */
export function pagesLoader<A, R extends { id: string; parent: string }>(
  fetch: (parentIds: string[], first: number, after: A | null) => Promise<R[]>,
  cursorOf: (last: R) => string,
) {
  return new DataLoader<ParentPageKey<A>, ParentPage, string>(
    async (keys) => {
      const byPosition = new Map<string, ParentPageKey<A>[]>();
      for (const key of keys) {
        const position = JSON.stringify([key.first, key.after]);
        byPosition.set(position, [...(byPosition.get(position) ?? []), key]);
      }
      const pages = new Map<ParentPageKey<A>, ParentPage>();
      for (const group of byPosition.values()) {
        const { first, after } = group[0]!;
        const rows = await fetch(
          group.map((k) => k.parentId),
          first,
          after,
        );
        for (const key of group) {
          const mine = rows.filter((r) => r.parent === key.parentId);
          const shown = mine.slice(0, first);
          const last = shown.at(-1);
          pages.set(key, {
            ids: shown.map((r) => r.id),
            hasNextPage: mine.length > first,
            endCursor: last ? cursorOf(last) : null,
          });
        }
      }
      return keys.map((k) => pages.get(k)!);
    },
    { cacheKeyFn: (k) => JSON.stringify([k.parentId, k.first, k.after]) },
  );
}

/** Rows by id with their author (the pages above list ids; this reads them in one statement). */
export function byIdWithAuthorLoader<E extends { id: string }>(dataSource: DataSource, entity: EntityTarget<E>) {
  return new DataLoader<string, E | null>(async (ids) => {
    const rows = await dataSource.getRepository(entity).find({
      where: { id: In([...ids]) } as FindOptionsWhere<E>,
      relations: { author: true } as unknown as FindOptionsRelations<E>,
    });
    return ids.map((id) => rows.find((r) => r.id === id) ?? null);
  });
}

/** How many children each parent has under the same condition (the total beside "show more"). */
export function countPerParentLoader(dataSource: DataSource, list: ChildList) {
  return new DataLoader<string, number>(async (parentIds) => {
    const rows: Array<{ parent: string; count: string }> = await dataSource.query(
      `SELECT x.${list.parentColumn} AS parent, count(*) AS count FROM ${list.table} x
        WHERE x.${list.parentColumn} = ANY($1::uuid[]) AND ${list.where} GROUP BY x.${list.parentColumn}`,
      [parentIds],
    );
    return parentIds.map((id) => Number(rows.find((r) => r.parent === id)?.count ?? 0));
  });
}
