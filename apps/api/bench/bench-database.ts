import * as path from 'node:path';
import { REPO_ROOT } from '../src/config/app-config';
import { createDatabaseIfMissing, dropDatabase } from '../src/database/database-bootstrap';
import { startEmbeddedPostgres, withDatabase } from '../src/database/embedded-postgres';
import { migrate } from '../src/database/migrate';

/**
 * A fresh, migrated database for one benchmark run: on DATABASE_URL's server, else on an embedded
 * PostgreSQL; dropped afterwards unless BENCH_KEEP_DB=1 (to EXPLAIN against the data set).
 */
export async function withBenchDatabase(
  prefix: string,
  run: (url: string, where: 'embedded PostgreSQL' | 'DATABASE_URL') => Promise<void>,
): Promise<void> {
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres(path.join(REPO_ROOT, '.data', 'postgres-bench'));
  const adminUrl = process.env.DATABASE_URL ?? embedded!.adminUrl;
  const name = `${prefix}_${Date.now()}`;
  await createDatabaseIfMissing(adminUrl, name);
  try {
    const url = withDatabase(adminUrl, name);
    await migrate(url);
    await run(url, embedded ? 'embedded PostgreSQL' : 'DATABASE_URL');
  } finally {
    if (process.env.BENCH_KEEP_DB) process.stdout.write(`kept database ${name}\n`);
    else await dropDatabase(adminUrl, name);
    await embedded?.stop();
  }
}
