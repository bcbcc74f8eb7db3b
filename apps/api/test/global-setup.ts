import * as path from 'node:path';
import { REPO_ROOT } from '../src/config/app-config';
import { createDatabaseIfMissing, dropDatabase } from '../src/database/database-bootstrap';
import { startEmbeddedPostgres, withDatabase } from '../src/database/embedded-postgres';
import { migrate } from '../src/database/migrate';
import { TEMPLATE_DATABASE } from './test-database';

/**
 * One PostgreSQL for the whole run: DATABASE_URL when set, otherwise an embedded one.
 * The migrations are applied once to a template database; each test file clones it.
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const server = await startEmbeddedPostgres(path.join(REPO_ROOT, '.data', 'postgres-test'));
    (globalThis as { __embeddedPostgres?: unknown }).__embeddedPostgres = server;
    adminUrl = server.adminUrl;
  }
  process.env.TEST_ADMIN_DATABASE_URL = adminUrl;
  await dropDatabase(adminUrl, TEMPLATE_DATABASE);
  await createDatabaseIfMissing(adminUrl, TEMPLATE_DATABASE);
  await migrate(withDatabase(adminUrl, TEMPLATE_DATABASE));
}
