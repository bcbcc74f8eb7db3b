import { dropDatabase } from '../src/database/database-bootstrap';
import type { RunningPostgres } from '../src/database/embedded-postgres';
import { TEMPLATE_DATABASE } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env.TEST_ADMIN_DATABASE_URL;
  if (adminUrl) await dropDatabase(adminUrl, TEMPLATE_DATABASE).catch(() => undefined);
  await (globalThis as { __embeddedPostgres?: RunningPostgres }).__embeddedPostgres?.stop();
}
