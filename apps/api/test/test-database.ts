import { createHash, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { REPO_ROOT } from '../src/config/app-config';
import { withDatabase } from '../src/database/embedded-postgres';

/** Named per checkout, so test runs of two worktrees on one PostgreSQL do not drop each other's template. */
export const TEMPLATE_DATABASE = `openhuddle_test_template_${createHash('sha1').update(REPO_ROOT).digest('hex').slice(0, 8)}`;

function adminUrl(): string {
  const url = process.env.TEST_ADMIN_DATABASE_URL;
  if (!url) throw new Error('TEST_ADMIN_DATABASE_URL is unset: run tests through jest (globalSetup).');
  return url;
}

/** A fresh, migrated database for one test file (a clone of the migrated template). */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `openhuddle_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(adminUrl(), name),
    drop: async () => {
      const client = new Client({ connectionString: adminUrl() });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
