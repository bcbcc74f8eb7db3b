import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { FileStorage } from '../src/common/storage/storage';
import { createBackup } from '../src/database/backup/backup';
import { RestoreRefused, restoreBackup } from '../src/database/backup/restore';
import { createDatabaseIfMissing, dropDatabase } from '../src/database/database-bootstrap';
import { type RunningPostgres, startEmbeddedPostgres, withDatabase } from '../src/database/embedded-postgres';
import { DEMO_ACCOUNTS, seedDemo } from '../src/database/seed/demo-seed';
import { startTestApp, type TestApp } from './test-app';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { id } }`;
const HOME = `query { me { organizations { id } } }`;
const COHORT_PAGE = `query ($org: ID!) { cohorts(organizationId: $org) { name prompts { title contributionCount contributions { body attachments { url contentType } } } } }`;

/** The external server of this machine (CI's node-svc runs one); DATABASE_URL when the tests use one. */
const EXTERNAL_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function rowCounts(url: string): Promise<Record<string, number>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migration' ORDER BY 1`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of rows) {
      const r = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${client.escapeIdentifier(name)}`);
      counts[name] = r.rows[0].n;
    }
    return counts;
  } finally {
    await client.end();
  }
}

async function reachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

describe('backup and restore', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'openhuddle-backup-spec-'));
  const archive = path.join(tmp, 'backup.tar.gz');
  let source: TestApp & { databaseUrl: string };
  let sourceCounts: Record<string, number>;
  let embedded: RunningPostgres | undefined;

  beforeAll(async () => {
    source = await startTestApp({ DATA_DIR: path.join(tmp, 'source-data') });
    await seedDemo(source.dataSource, source.app.get(FileStorage, { strict: false }));
    sourceCounts = await rowCounts(source.databaseUrl);
    const manifest = await createBackup({
      databaseUrl: source.databaseUrl,
      dataDir: path.join(tmp, 'source-data'),
      file: archive,
    });
    expect(manifest.uploads.files).toBeGreaterThanOrEqual(2);
  });
  afterAll(async () => {
    await source?.close();
    await embedded?.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('restores into a fresh embedded PostgreSQL 17: same rows, the demo signs in, pages and files open', async () => {
    embedded = await startEmbeddedPostgres(path.join(tmp, 'embedded', 'postgres'));
    await createDatabaseIfMissing(embedded.adminUrl, 'restored');
    const url = withDatabase(embedded.adminUrl, 'restored');
    const dataDir = path.join(tmp, 'restored-data');
    const { triggersDeferred } = await restoreBackup({ databaseUrl: url, dataDir, file: archive });
    expect(triggersDeferred).toBe(true);
    const counts = await rowCounts(url);
    expect(counts).toEqual(sourceCounts);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBeGreaterThan(100);

    const restored = await startTestApp({ DATA_DIR: dataDir }, { databaseUrl: url });
    try {
      const facilitator = restored.client();
      await facilitator.ok(SIGN_IN, {
        input: { email: DEMO_ACCOUNTS.facilitator.email, password: DEMO_ACCOUNTS.password },
      });
      const { me } = await facilitator.ok(HOME);
      const { cohorts } = await facilitator.ok(COHORT_PAGE, { org: me.organizations[0].id });
      expect(cohorts).toHaveLength(1);
      const files = cohorts[0].prompts.flatMap((p: any) => p.contributions.flatMap((c: any) => c.attachments));
      expect(files.length).toBeGreaterThanOrEqual(2);
      for (const file of files) {
        const res = await fetch(`${restored.baseUrl}${file.url}`, { headers: { cookie: facilitator.cookie! } });
        expect(res.status).toBe(200);
        expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(0);
      }
    } finally {
      await restored.close();
    }
  });

  it('restores into an external PostgreSQL', async () => {
    if (!(await reachable(EXTERNAL_URL))) {
      // On a machine without one, only CI insists (its machines always run one).
      if (process.env.CI) throw new Error(`no external PostgreSQL at ${EXTERNAL_URL}`);
      return;
    }
    const name = `openhuddle_restore_${process.pid}`;
    await dropDatabase(EXTERNAL_URL, name);
    await createDatabaseIfMissing(EXTERNAL_URL, name);
    try {
      const url = withDatabase(EXTERNAL_URL, name);
      await restoreBackup({ databaseUrl: url, dataDir: path.join(tmp, 'external-data'), file: archive });
      expect(await rowCounts(url)).toEqual(sourceCounts);
    } finally {
      await dropDatabase(EXTERNAL_URL, name);
    }
  });

  it('refuses a database that is not empty and changes nothing', async () => {
    await expect(
      restoreBackup({ databaseUrl: source.databaseUrl, dataDir: path.join(tmp, 'refused-data'), file: archive }),
    ).rejects.toThrow(RestoreRefused);
    expect(await rowCounts(source.databaseUrl)).toEqual(sourceCounts);
  });
});
