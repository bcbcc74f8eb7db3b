/**
 * `pnpm bench:dashboard` — the facilitator's dashboard of a consultant across client organisations.
 * Seeds bulk-dashboard.ts's data set into a fresh database (embedded PostgreSQL, or DATABASE_URL's
 * server), serves the real app over HTTP, and reports latency (p50/p95), throughput and the SQL
 * statement count of repeated dashboard requests, beside the main figures read by hand-written SQL
 * through `pg` (the floor).
 */
import { performance } from 'node:perf_hooks';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { createApp } from '../src/bootstrap';
import { createRootLogger } from '../src/common/logging/logger';
import { AppConfig, REPO_ROOT } from '../src/config/app-config';
import { createBulkDashboard } from '../src/database/bulk/bulk-dashboard';
import { createDataSource } from '../src/database/data-source';
import { createDatabaseIfMissing, dropDatabase } from '../src/database/database-bootstrap';
import { startEmbeddedPostgres, withDatabase } from '../src/database/embedded-postgres';
import { migrate } from '../src/database/migrate';
import { PasswordHasher } from '../src/modules/auth/password-hasher';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 60);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const COHORTS = Number(process.env.BENCH_COHORTS ?? 10);
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 60);
const PROMPTS = Number(process.env.BENCH_PROMPTS ?? 8);

const DASHBOARD = `query { facilitatorDashboard {
  cohorts { id name organizationName memberCount postedThisWeek postingRate promptsThisWeek membersAtRisk overdueReviews unansweredQuestions openReports
    nextHuddle { id title startsAt briefReadCount peopleCount } }
  queue { total items { id kind title detail link since cohortName } } } }`;

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
    const bulk = await createBulkDashboard(seedSource, {
      cohorts: COHORTS,
      members: MEMBERS,
      prompts: PROMPTS,
      feedbackEach: 2,
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
        variables: { input: { email: bulk.consultantEmail, password: 'password12' } },
      }),
    });
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0];
    let bytes = 0;
    let statements = 0;
    const dashboard = async () => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: DASHBOARD }),
      });
      const text = await res.text();
      bytes = text.length;
      const body = JSON.parse(text);
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      statements = body.extensions?.sqlStatements ?? 0;
    };

    // The floor: the cohorts' main figures by one hand-written statement through pg (no GraphQL,
    // no authorization, no queue, no next huddle): members, posted this week, overdue reviews, at risk.
    const pg = new Client({ connectionString: url });
    await pg.connect();
    const [consultant] = (await pg.query(`SELECT id FROM "user" WHERE email = $1`, [bulk.consultantEmail])).rows;
    const floor = async () => {
      await pg.query(
        `WITH mine AS (SELECT cohort_id FROM cohort_member WHERE user_id = $1 AND role = 'FACILITATOR'),
              members AS (SELECT cm.cohort_id, cm.user_id FROM cohort_member cm JOIN mine USING (cohort_id) WHERE cm.role = 'MEMBER'),
              last_two AS (SELECT id, cohort_id FROM (
                  SELECT p.id, p.cohort_id, row_number() OVER (PARTITION BY p.cohort_id ORDER BY coalesce(p.due_at, p.closes_at) DESC) AS rn
                    FROM prompt p JOIN mine USING (cohort_id)
                   WHERE p.published_at IS NOT NULL AND coalesce(p.due_at, p.closes_at) <= now()) x WHERE rn <= 2)
         SELECT m.cohort_id,
                count(*) AS member_count,
                count(*) FILTER (WHERE EXISTS (SELECT 1 FROM contribution c WHERE c.cohort_id = m.cohort_id AND c.author_id = m.user_id
                    AND c.status = 'PUBLISHED' AND c.deleted_at IS NULL AND c.hidden_at IS NULL AND c.published_at > now() - interval '7 days')) AS posted,
                count(*) FILTER (WHERE EXISTS (SELECT 1 FROM last_two lt WHERE lt.cohort_id = m.cohort_id)
                    AND NOT EXISTS (SELECT 1 FROM contribution c JOIN last_two lt ON lt.id = c.prompt_id WHERE c.author_id = m.user_id
                    AND c.status = 'PUBLISHED' AND c.deleted_at IS NULL AND c.hidden_at IS NULL)) AS at_risk,
                (SELECT count(*) FROM review_assignment ra JOIN prompt p ON p.id = ra.prompt_id
                  WHERE p.cohort_id = m.cohort_id AND ra.completed_at IS NULL AND coalesce(ra.due_at, p.due_at, p.closes_at) < now()) AS overdue
           FROM members m GROUP BY m.cohort_id`,
        [consultant.id],
      );
    };

    await timed(dashboard, 5);
    await timed(floor, 5);
    // Interleaved, so both series see the same machine (other jobs, CPU frequency, caches).
    const appSamples: number[] = [];
    const floorSamples: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      appSamples.push(...(await timed(dashboard, 1)));
      floorSamples.push(...(await timed(floor, 1)));
    }
    const app1 = stats(appSamples);
    const floor1 = stats(floorSamples);
    const rps = await throughput(dashboard, ROUNDS, CONCURRENCY);
    const floorRps = await throughput(floor, ROUNDS, 1);
    await pg.end();
    await app.close();

    const fmt = (n: number) => n.toFixed(1).padStart(8);
    process.stdout.write(
      [
        '',
        `dashboard benchmark — a consultant facilitating ${COHORTS} cohorts (one per client organisation) × ${MEMBERS} members × ${PROMPTS} prompts; seeded in ${(seedMs / 1000).toFixed(1)} s`,
        `database: ${embedded ? 'embedded PostgreSQL' : 'DATABASE_URL'}; ${ROUNDS} sequential requests of each, interleaved; throughput with ${CONCURRENCY} concurrent clients`,
        '',
        `                             p50 ms   p95 ms  mean ms    req/s`,
        `GraphQL dashboard (HTTP)  ${fmt(app1.p50)} ${fmt(app1.p95)} ${fmt(app1.mean)} ${fmt(rps)}`,
        `hand-written SQL (pg)     ${fmt(floor1.p50)} ${fmt(floor1.p95)} ${fmt(floor1.mean)} ${fmt(floorRps)}`,
        '',
        `ratio to the floor (p95): ${(app1.p95 / floor1.p95).toFixed(2)}×   SQL statements per dashboard request: ${statements} (floor: 1)   response: ${(bytes / 1024).toFixed(0)} KB`,
        '',
      ].join('\n'),
    );
  } finally {
    if (process.env.BENCH_KEEP_DB) process.stdout.write(`kept database ${name}\n`);
    else await dropDatabase(adminUrl, name);
    await embedded?.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
  process.exit(1);
});
