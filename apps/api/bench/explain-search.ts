/**
 * `node -r @swc-node/register bench/explain-search.ts <database url> [word] [member email]`: prints
 * EXPLAIN (ANALYZE, BUFFERS) of the search statement, exactly as SearchRepository sends it, against a
 * data set kept by `BENCH_KEEP_DB=1 pnpm bench:search`.
 */
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { SearchRepository } from '../src/modules/contribution/search.repository';

async function main(): Promise<void> {
  const [url, word = 'practice', email = 's0-1@bulk.example'] = process.argv.slice(2);
  if (!url) throw new Error('usage: explain-search.ts <database url> [word] [member email]');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ org: string; viewer: string }>(
      `SELECT m.organization_id AS org, m.user_id AS viewer FROM membership m JOIN "user" u ON u.id = m.user_id WHERE u.email = $1`,
      [email],
    );
    const [viewer] = rows;
    if (!viewer) throw new Error(`no member ${email}`);
    let plan = '';
    // The repository's small statements run as they are; the search statement is explained.
    const explaining = {
      query: async (sql: string, params: unknown[]) => {
        if (!sql.includes('WITH readable')) return (await client.query(sql, params)).rows;
        const result = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
        plan = result.rows.map((r) => r['QUERY PLAN']).join('\n');
        return [];
      },
    } as unknown as DataSource;
    await new SearchRepository(explaining).search(viewer.org, viewer.viewer, word);
    process.stdout.write(`${plan}\n`);
  } finally {
    await client.end();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
  process.exit(1);
});
