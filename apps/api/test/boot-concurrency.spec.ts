import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createDatabaseIfMissing, dropDatabase } from '../src/database/database-bootstrap';
import { withDatabase } from '../src/database/embedded-postgres';
import { migrate } from '../src/database/migrate';
import { MIGRATIONS } from '../src/database/migrations';
import { DEMO_ORGANIZATION, seedDemoIfEmpty } from '../src/database/seed/demo-seed';
import { createTestDatabase } from './test-database';

/** Two API processes booting at once on one database: both start, and the work is done once. */
describe('concurrent boot', () => {
  const admin = () => process.env.TEST_ADMIN_DATABASE_URL!;

  async function count(url: string, sql: string, params: unknown[] = []): Promise<number> {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows[0].count;
    } finally {
      await client.end();
    }
  }

  it.each([1, 2, 3])(
    'two migrate() on a fresh database both succeed and apply each migration once (trial %i)',
    async () => {
      const name = `openhuddle_boot_${randomBytes(5).toString('hex')}`;
      await createDatabaseIfMissing(admin(), name);
      const url = withDatabase(admin(), name);
      try {
        const [first, second] = await Promise.all([migrate(url), migrate(url)]);
        expect([...first!, ...second!].sort()).toEqual(MIGRATIONS.map((m) => m.name).sort());
        expect(await count(url, 'SELECT count(*)::int AS count FROM migration')).toBe(MIGRATIONS.length);
        expect(await migrate(url)).toEqual([]);
      } finally {
        await dropDatabase(admin(), name);
      }
    },
  );

  it('two seedDemoIfEmpty() at once both succeed and load the demo once', async () => {
    const db = await createTestDatabase();
    try {
      const results = await Promise.all([seedDemoIfEmpty(db.url), seedDemoIfEmpty(db.url)]);
      expect(results.sort()).toEqual([false, true]);
      expect(
        await count(db.url, 'SELECT count(*)::int AS count FROM organization WHERE slug = $1', [
          DEMO_ORGANIZATION.slug,
        ]),
      ).toBe(1);
    } finally {
      await db.drop();
    }
  });
});
