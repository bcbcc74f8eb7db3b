import { Client } from 'pg';

/**
 * Advisory lock keys (any bigint; fixed, so every process of every version agrees).
 * PostgreSQL scopes them to the current database.
 */
export const ADVISORY_LOCKS = {
  migrate: 4_801_230_001,
  seedDemo: 4_801_230_002,
} as const;

/**
 * Runs `work` while holding a session-level advisory lock on its own connection, so two
 * processes booting at once take turns. The lock goes with the connection if the process dies.
 */
export async function withAdvisoryLock<T>(url: string, key: number, work: () => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [key]);
    try {
      return await work();
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [key]);
    }
  } finally {
    await client.end();
  }
}
