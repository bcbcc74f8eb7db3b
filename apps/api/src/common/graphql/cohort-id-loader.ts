import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

/**
 * A loader from some subject's id to its cohort's id, for `@CohortScoped` lookups. `sql` selects
 * `id` and `cohort_id` for the ids in `$1` (a uuid[]); unknown ids give null.
 */
export function cohortIdLoader(dataSource: DataSource, sql: string): DataLoader<string, string | null> {
  return new DataLoader<string, string | null>(async (ids) => {
    const rows: Array<{ id: string; cohort_id: string }> = await dataSource.query(sql, [ids]);
    const byId = new Map(rows.map((r) => [r.id, r.cohort_id]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
