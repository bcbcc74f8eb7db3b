/**
 * `pnpm bench:feed` — the cohort feed at district size: BENCH_COHORTS cohorts (default 20) of 300
 * members × 10 prompts × 3 feedback (60,000 contributions, 180,000 feedback), read as a member over
 * HTTP with the web app's own CohortFeed operation (first page of 20, and the page after it), beside
 * the same cohort's 20 latest contributions read by hand-written SQL through `pg` (the floor: one
 * index range, no visibility, no GraphQL). It EXPLAINs the feed's statement as the repository sends
 * it and says which indexes it reads. Aim (issue 14): ≥ 30 % of the floor's throughput, p95 ≤ 15 ms.
 */
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createBulkCohort, type BulkCohort } from '../src/database/bulk/bulk-cohort';
import { CohortFeedRepository } from '../src/modules/cohort-feed/cohort-feed.repository';
import { webOperation } from '../test/web-documents';
import { withBenchDatabase } from './bench-database';
import {
  fmt,
  graphqlRequest,
  interleaved,
  runBench,
  seedAnalyzed,
  serveApp,
  signInCookie,
  throughput,
} from './bench-kit';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const COHORTS = Number(process.env.BENCH_COHORTS ?? 20);
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 300);
const PROMPTS = Number(process.env.BENCH_PROMPTS ?? 10);
const CONCURRENCY = 10;

async function seed(dataSource: DataSource, passwordHash: string): Promise<BulkCohort[]> {
  const cohorts: BulkCohort[] = [];
  for (let i = 0; i < COHORTS; i++) {
    cohorts.push(
      await createBulkCohort(dataSource, {
        members: MEMBERS,
        prompts: PROMPTS,
        feedbackEach: 3,
        passwordHash,
        tag: `f${i}`,
      }),
    );
  }
  return cohorts;
}

/** EXPLAIN (ANALYZE, BUFFERS) of the feed's page statement, exactly as the repository sends it. */
async function explainFeed(pg: Client, cohortId: string, viewerId: string): Promise<string> {
  let plan = '';
  const explaining = {
    query: async (sql: string, params: unknown[]) => {
      const result = await pg.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
      plan = result.rows.map((r) => r['QUERY PLAN']).join('\n');
      return [];
    },
  } as unknown as DataSource;
  await new CohortFeedRepository(explaining).page(cohortId, viewerId, 21, null);
  return plan;
}

runBench(() =>
  withBenchDatabase('openhuddle_bench_feed', async (url, where) => {
    const { seeded: cohorts, seedMs } = await seedAnalyzed(url, seed);
    const cohort = cohorts[0]!;
    const { app, base } = await serveApp(url);
    const cookie = await signInCookie(base, cohort.memberEmail);
    const pg = new Client({ connectionString: url });
    await pg.connect();
    const floor = async () => {
      await pg.query(
        `SELECT c.id, c.kind, c.body, c.published_at, c.prompt_id, p.title, u.id AS author_id, u.display_name
           FROM contribution c JOIN prompt p ON p.id = c.prompt_id JOIN "user" u ON u.id = c.author_id
          WHERE c.cohort_id = $1 AND c.status = 'PUBLISHED' AND c.deleted_at IS NULL AND c.hidden_at IS NULL
          ORDER BY c.published_at DESC, c.id DESC LIMIT 20`,
        [cohort.cohortId],
      );
    };
    const query = webOperation('CohortFeed');
    const first = graphqlRequest(base, cookie, query, { cohortId: cohort.cohortId, first: 20 });
    await first.send();
    const firstPage = (await (
      await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query, variables: { cohortId: cohort.cohortId, first: 20 } }),
      })
    ).json()) as { data: { cohortFeed: { pageInfo: { endCursor: string } } } };
    const next = graphqlRequest(base, cookie, query, {
      cohortId: cohort.cohortId,
      first: 20,
      after: firstPage.data.cohortFeed.pageInfo.endCursor,
    });

    const lines: string[] = [];
    let worst = { p95: 0, share: Infinity };
    for (const [label, request] of [
      ['feed, first page of 20', first],
      ['feed, the page after', next],
    ] as const) {
      const { app: a, floor: f } = await interleaved(request.send, floor, ROUNDS);
      const appRps = await throughput(request.send, ROUNDS * 2, CONCURRENCY);
      const floorRps = await throughput(floor, ROUNDS * 2, CONCURRENCY);
      const share = appRps / floorRps;
      worst = { p95: Math.max(worst.p95, a.p95), share: Math.min(worst.share, share) };
      lines.push(
        `${label.padEnd(28)}${fmt(a.p50)}${fmt(a.p95)}${fmt(f.p50)}${fmt(f.p95)}${(a.p95 / f.p95).toFixed(2).padStart(8)}×` +
          `${fmt(appRps)}${fmt(floorRps)}${(share * 100).toFixed(0).padStart(6)} %${String(request.last.statements).padStart(6)}${String(request.last.bytes).padStart(8)}`,
      );
    }
    const { rows } = await pg.query<{ id: string }>(`SELECT id FROM "user" WHERE email = $1`, [cohort.memberEmail]);
    const plan = await explainFeed(pg, cohort.cohortId, rows[0]!.id);
    await pg.end();
    await app.close();
    const indexes = [...new Set(plan.match(/Index (?:Only )?Scan(?: Backward)? using (\w+)/g) ?? [])].map((m) =>
      m.replace(/.* using /, ''),
    );
    const seqScans = [...new Set(plan.match(/Seq Scan on (\w+)/g) ?? [])];
    const executed = plan.match(/Execution Time: ([\d.]+) ms/)?.[1] ?? '?';
    const contributions = COHORTS * MEMBERS * PROMPTS;
    process.stdout.write(
      [
        '',
        `feed benchmark — ${COHORTS} cohorts × ${MEMBERS} members × ${PROMPTS} prompts (${contributions} contributions, ${contributions * 3} feedback); seeded in ${(seedMs / 1000).toFixed(1)} s`,
        `database: ${where}; ${ROUNDS} sequential requests of each, interleaved with the floor (hand-written SQL through pg: the cohort's 20 latest contributions, no visibility); throughput with ${CONCURRENCY} concurrent clients`,
        '',
        `                             app p50 app p95 floor50 floor95   ratio   app/s floor/s  share  stmts   bytes`,
        ...lines,
        '',
        `EXPLAIN of the feed's statement: ${executed} ms; indexes read: ${indexes.join(', ') || 'none'}${seqScans.length ? `; sequential scans: ${seqScans.join(', ')}` : '; no sequential scan'}`,
        process.env.BENCH_PLAN ? plan : '(BENCH_PLAN=1 prints the whole plan)',
        '',
        `aim: ≥ 30 % of the floor's throughput and p95 ≤ 15 ms — ${worst.share >= 0.3 && worst.p95 <= 15 ? 'met' : 'NOT met'} (${(worst.share * 100).toFixed(0)} %, p95 ${worst.p95.toFixed(1)} ms)`,
        '',
      ].join('\n'),
    );
  }),
);
