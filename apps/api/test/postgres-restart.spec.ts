import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { createDatabaseIfMissing } from '../src/database/database-bootstrap';
import { type RunningPostgres, startEmbeddedPostgres, withDatabase } from '../src/database/embedded-postgres';
import { migrate } from '../src/database/migrate';
import { CREATE_ORGANIZATION, signUp } from './factories';
import { startTestApp, type TestApp } from './test-app';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Answer {
  status: number;
  codes: string[];
  id?: string;
  at: 'before' | 'during' | 'after';
}

/**
 * A real PostgreSQL (its own embedded server, so the machine's shared one is untouched) restarted
 * while the app is under reads and writes: every request is answered 200 or 503, never a 500 or
 * INTERNAL_SERVER_ERROR; the app recovers without a restart; every acknowledged write is stored.
 */
describe('PostgreSQL restarting under load', () => {
  const dataDir = path.join(os.tmpdir(), `openhuddle-pg-restart-${process.pid}`);
  let postgres: RunningPostgres;
  let t: TestApp;
  let databaseUrl: string;
  let port: number;

  beforeAll(async () => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    postgres = await startEmbeddedPostgres(dataDir);
    port = Number(new URL(postgres.adminUrl).port);
    await createDatabaseIfMissing(postgres.adminUrl, 'restart_under_load');
    databaseUrl = withDatabase(postgres.adminUrl, 'restart_under_load');
    await migrate(databaseUrl);
    t = await startTestApp({}, { databaseUrl });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await postgres?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers 200 or 503 throughout, recovers by itself and keeps every acknowledged write', async () => {
    const client = t.client();
    await signUp(client);
    let phase: Answer['at'] = 'before';
    let stop = false;
    const answers: Answer[] = [];
    const lane = async (n: number) => {
      for (let i = 0; !stop; i++) {
        const write = i % 2 === 0;
        const at = phase;
        const response = await fetch(`${t.baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: client.cookie! },
          body: JSON.stringify(
            write
              ? { query: CREATE_ORGANIZATION, variables: { input: { name: `Restart ${n} school ${i}` } } }
              : { query: '{ me { id } }' },
          ),
        });
        const body = (await response.json()) as {
          data?: { createOrganization?: { id: string } };
          errors?: Array<{ extensions?: { code?: string } }>;
        };
        answers.push({
          status: response.status,
          codes: (body.errors ?? []).map((e) => e.extensions?.code ?? 'NONE'),
          id: body.data?.createOrganization?.id,
          at,
        });
        if (response.status === 503) await sleep(50);
      }
    };
    const lanes = [0, 1, 2, 3].map(lane);
    await sleep(1_000);
    phase = 'during';
    await postgres.stop();
    await sleep(2_000);
    postgres = await startEmbeddedPostgres(dataDir, undefined, { port });
    phase = 'after';
    // Pools drop dead connections as they are found; give them a moment, then measure recovery.
    const recoveredBy = Date.now() + 15_000;
    while (Date.now() < recoveredBy && answers.filter((a) => a.at === 'after' && a.status === 200).length < 20) {
      await sleep(100);
    }
    stop = true;
    await Promise.all(lanes);

    expect(answers.filter((a) => a.status !== 200 && a.status !== 503)).toEqual([]);
    expect(answers.flatMap((a) => a.codes).filter((code) => code !== 'SERVICE_UNAVAILABLE')).toEqual([]);
    expect(answers.filter((a) => a.at === 'during' && a.status === 503).length).toBeGreaterThan(0);
    expect(answers.filter((a) => a.at === 'after' && a.status === 200).length).toBeGreaterThanOrEqual(20);

    const acknowledged = answers.flatMap((a) => (a.id ? [a.id] : []));
    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM organization WHERE id = ANY($1)`, [
        acknowledged,
      ]);
      expect(rows[0]!.n).toBe(acknowledged.length);
    } finally {
      await db.end();
    }
  }, 120_000);
});
