/**
 * `pnpm bench:brief` — the brief for 300 members × 10 linked prompts × 3 feedback each.
 * Seeds that data set into a fresh database (embedded PostgreSQL, or DATABASE_URL's server),
 * serves the real app over HTTP, and reports latency (p50/p95) and throughput of repeated
 * brief requests, beside the same data read by hand-written SQL through `pg` (the floor).
 */
import { performance } from 'node:perf_hooks';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { createApp } from '../src/bootstrap';
import { createRootLogger } from '../src/common/logging/logger';
import { AppConfig, REPO_ROOT } from '../src/config/app-config';
import { createBulkCohort } from '../src/database/bulk/bulk-cohort';
import { createDataSource } from '../src/database/data-source';
import { createDatabaseIfMissing, dropDatabase } from '../src/database/database-bootstrap';
import { startEmbeddedPostgres, withDatabase } from '../src/database/embedded-postgres';
import { migrate } from '../src/database/migrate';
import { PasswordHasher } from '../src/modules/auth/password-hasher';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 60);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);

const BRIEF = `query ($id: ID!) { brief(huddleId: $id) {
  prompts { promptId title contributionCount participation { memberCount postedCount feedbackGivenCount receivedFeedbackCount namesVisible }
    contributions { id kind excerpt author { displayName } spotlighted reviewCount needsDiscussionVotes helpfulFeedback { author { displayName } answers { label text } } rubricAverages { label average } } }
  openQuestions { contributionId text } spotlights { id } needsDiscussion { id } themes { label terms contributionIds } readers { readCount memberCount } completion } }`;

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { p50: at(0.5), p95: at(0.95), mean: samples.reduce((a, b) => a + b, 0) / samples.length };
}

async function timed(fn: () => Promise<unknown>, rounds: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

async function throughput(fn: () => Promise<unknown>, total: number, concurrency: number): Promise<number> {
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < total) await fn();
    }),
  );
  return total / ((performance.now() - start) / 1000);
}

async function main(): Promise<void> {
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres(path.join(REPO_ROOT, '.data', 'postgres-bench'));
  const adminUrl = process.env.DATABASE_URL ?? embedded!.adminUrl;
  const name = `openhuddle_bench_${Date.now()}`;
  await createDatabaseIfMissing(adminUrl, name);
  const url = withDatabase(adminUrl, name);
  try {
    await migrate(url);
    const seedSource = createDataSource(url);
    await seedSource.initialize();
    const seedStart = performance.now();
    const bulk = await createBulkCohort(seedSource, {
      members: 300,
      prompts: 10,
      feedbackEach: 3,
      passwordHash: await new PasswordHasher().hash('password12'),
      tag: 'bench',
    });
    await seedSource.query('ANALYZE');
    await seedSource.destroy();
    const seedMs = performance.now() - seedStart;

    const config = AppConfig.fromEnv({ NODE_ENV: 'development', PORT: '0', LOG_LEVEL: 'error' });
    const app = await createApp(config, url, createRootLogger('error'));
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    const signIn = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation ($input: SignInInput!) { signIn(input: $input) { id } }`,
        variables: { input: { email: bulk.memberEmail, password: 'password12' } },
      }),
    });
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0];
    let bytes = 0;
    let statements = 0;
    const brief = async () => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: BRIEF, variables: { id: bulk.huddleId } }),
      });
      const text = await res.text();
      bytes = text.length;
      const body = JSON.parse(text);
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      statements = body.extensions?.sqlStatements ?? 0;
    };

    // The floor: the same rows read by hand-written SQL through pg, no GraphQL, no mapping.
    const pg = new Client({ connectionString: url });
    await pg.connect();
    const [viewer] = (await pg.query(`SELECT id FROM "user" WHERE email = $1`, [bulk.memberEmail])).rows;
    const floor = async () => {
      await pg.query(
        `SELECT p.* FROM prompt p JOIN huddle_prompt hp ON hp.prompt_id = p.id WHERE hp.huddle_id = $1 ORDER BY hp.position`,
        [bulk.huddleId],
      );
      await pg.query(
        `SELECT cm.user_id, cm.role, u.display_name FROM cohort_member cm JOIN "user" u ON u.id = cm.user_id WHERE cm.cohort_id = $1`,
        [bulk.cohortId],
      );
      await pg.query(
        `SELECT c.id, c.prompt_id, c.author_id, c.kind, c.body, c.spotlighted_at,
                (SELECT count(*) FROM discussion_flag df WHERE df.contribution_id = c.id) AS votes,
                (SELECT coalesce(json_agg(cm.body), '[]') FROM comment cm WHERE cm.contribution_id = c.id) AS comments
           FROM contribution c WHERE c.prompt_id = ANY($1::uuid[]) AND c.status = 'PUBLISHED' AND c.deleted_at IS NULL`,
        [bulk.promptIds],
      );
      await pg.query(
        `SELECT f.id, f.contribution_id, f.author_id, f.rubric, f.helpful_at FROM feedback f WHERE f.prompt_id = ANY($1::uuid[])`,
        [bulk.promptIds],
      );
      void viewer;
    };

    await timed(brief, 5);
    await timed(floor, 5);
    // Interleaved, so both series see the same machine (other jobs, CPU frequency, caches).
    const appSamples: number[] = [];
    const floorSamples: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      appSamples.push(...(await timed(brief, 1)));
      floorSamples.push(...(await timed(floor, 1)));
    }
    const app1 = stats(appSamples);
    const floor1 = stats(floorSamples);
    const rps = await throughput(brief, ROUNDS, CONCURRENCY);
    const floorRps = await throughput(floor, ROUNDS, 1);
    await pg.end();
    await app.close();

    const fmt = (n: number) => n.toFixed(1).padStart(8);
    process.stdout.write(
      [
        '',
        `brief benchmark — 300 members × 10 prompts × 3 feedback (3000 contributions, 9000 feedback); seeded in ${(seedMs / 1000).toFixed(1)} s`,
        `database: ${embedded ? 'embedded PostgreSQL' : 'DATABASE_URL'}; ${ROUNDS} sequential requests of each, interleaved; throughput with ${CONCURRENCY} concurrent clients`,
        '',
        `                          p50 ms   p95 ms  mean ms    req/s`,
        `GraphQL brief (HTTP)   ${fmt(app1.p50)} ${fmt(app1.p95)} ${fmt(app1.mean)} ${fmt(rps)}`,
        `hand-written SQL (pg)  ${fmt(floor1.p50)} ${fmt(floor1.p95)} ${fmt(floor1.mean)} ${fmt(floorRps)}`,
        '',
        `ratio to the floor (p95): ${(app1.p95 / floor1.p95).toFixed(2)}×   SQL statements per brief request: ${statements}   response: ${(bytes / 1024).toFixed(0)} KB`,
        '',
      ].join('\n'),
    );
  } finally {
    // BENCH_KEEP_DB=1 leaves the data set behind, to EXPLAIN the brief's statements against it.
    if (process.env.BENCH_KEEP_DB) process.stdout.write(`kept database ${name}\n`);
    else await dropDatabase(adminUrl, name);
    await embedded?.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
  process.exit(1);
});
