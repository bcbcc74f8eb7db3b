import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { JOBS_SCHEMA } from '../src/common/jobs/jobs';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Query = (sql: string, params?: unknown[]) => Promise<Array<Record<string, unknown>>>;

export const queryOf = (db: DataSource | Client): Query =>
  'driver' in db ? (sql, params) => db.query(sql, params) : async (sql, params) => (await db.query(sql, params)).rows;

/** Job counts of a queue by state, e.g. { completed: 3, retry: 1 }. */
export async function jobStates(db: DataSource | Client, queue: string): Promise<Record<string, number>> {
  const rows = await queryOf(db)(
    `SELECT state::text AS state, count(*)::int AS n FROM ${JOBS_SCHEMA}.job WHERE name = $1 GROUP BY state`,
    [queue],
  );
  return Object.fromEntries(rows.map((r) => [r.state as string, r.n as number]));
}

/** Waits (polling, never longer than `timeoutMs`) until `done` holds. */
export async function eventually<T>(
  check: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (done(value) || Date.now() > until) return value;
    await sleep(50);
  }
}

/** Waits until no job of the queue is waiting or running (jobs waiting for a later retry count as done). */
export function jobsSettled(db: DataSource | Client, queue: string, timeoutMs?: number) {
  return eventually(
    async () =>
      (
        await queryOf(db)(
          `SELECT count(*)::int AS n FROM ${JOBS_SCHEMA}.job
            WHERE name = $1 AND (state = 'active' OR (state IN ('created', 'retry') AND start_after <= now()))`,
          [queue],
        )
      )[0]!.n as number,
    (n) => n === 0,
    timeoutMs,
  );
}
