/**
 * `pnpm bench:search` — full-text search at district size: BENCH_COHORTS cohorts (default 20) of
 * 300 members × 10 prompts × 3 feedback in ONE organisation (60,000 contributions, 180,000
 * feedback), searched as a member over HTTP, for a common word and a rare one, organisation-wide and
 * in one cohort; beside the same matches read by hand-written SQL through `pg` (the floor: the
 * GIN index and ranking, no visibility, no GraphQL). Aim (issue 14): p95 ≤ 100 ms for a common word.
 */
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createBulkCohort, type BulkCohort } from '../src/database/bulk/bulk-cohort';
import { withBenchDatabase } from './bench-database';
import { fmt, graphqlRequest, interleaved, runBench, seedAnalyzed, serveApp, signInCookie } from './bench-kit';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);
const COHORTS = Number(process.env.BENCH_COHORTS ?? 20);
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 300);
const PROMPTS = Number(process.env.BENCH_PROMPTS ?? 10);

const SEARCH = `query ($org: ID!, $q: String!, $cohort: ID) { search(organizationId: $org, query: $q, cohortId: $cohort) { kind id contributionId promptTitle excerpt } }`;

/** Seeds one bulk cohort per tag, then moves them all into the first one's organisation. */
async function seedDistrict(dataSource: DataSource, passwordHash: string): Promise<BulkCohort[]> {
  const cohorts: BulkCohort[] = [];
  for (let i = 0; i < COHORTS; i++) {
    cohorts.push(
      await createBulkCohort(dataSource, {
        members: MEMBERS,
        prompts: PROMPTS,
        feedbackEach: 3,
        passwordHash,
        tag: `s${i}`,
      }),
    );
  }
  const district = cohorts[0]!.organizationId;
  const others = cohorts.slice(1).map((c) => c.organizationId);
  const tables: Array<{ table_name: string }> = await dataSource.query(
    `SELECT table_name FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name = 'organization_id' AND table_name <> 'organization'`,
  );
  await dataSource.transaction(async (em) => {
    for (const { table_name } of tables) {
      await em.query(`UPDATE "${table_name}" SET organization_id = $1 WHERE organization_id = ANY($2::uuid[])`, [
        district,
        others,
      ]);
    }
    await em.query(`DELETE FROM organization WHERE id = ANY($1::uuid[])`, [others]);
  });
  return cohorts.map((c) => ({ ...c, organizationId: district }));
}

runBench(() =>
  withBenchDatabase('openhuddle_bench_search', async (url, where) => {
    const { seeded: cohorts, seedMs } = await seedAnalyzed(url, seedDistrict);
    const [first] = cohorts;
    const org = first!.organizationId;
    const { app, base } = await serveApp(url);
    const cookie = await signInCookie(base, first!.memberEmail);
    const pg = new Client({ connectionString: url });
    await pg.connect();
    const floorFor = (q: string, cohort?: string) => async () => {
      await pg.query(
        `SELECT c.id, ts_headline('openhuddle_en', c.body, websearch_to_tsquery('openhuddle_en', $2)) AS excerpt
           FROM (SELECT id, body, ts_rank(search_vector, websearch_to_tsquery('openhuddle_en', $2)) AS rank
                   FROM contribution
                  WHERE organization_id = $1 AND ($3::uuid IS NULL OR cohort_id = $3::uuid)
                    AND search_vector @@ websearch_to_tsquery('openhuddle_en', $2)
                  ORDER BY rank DESC LIMIT 50) c`,
        [org, q, cohort ?? null],
      );
    };
    const cases = [
      { label: 'common word, organisation', q: 'practice' },
      { label: 'common word, one cohort', q: 'practice', cohort: first!.cohortId },
      { label: 'word in every feedback, organisation', q: 'student' },
      { label: 'rare word, organisation', q: 'misconception' },
    ];
    const lines: string[] = [];
    let worstCommonP95 = 0;
    for (const c of cases) {
      const { send, last } = graphqlRequest(base, cookie, SEARCH, { org, q: c.q, cohort: c.cohort });
      const { app: a, floor: f } = await interleaved(send, floorFor(c.q, c.cohort), ROUNDS);
      if (c.q !== 'misconception') worstCommonP95 = Math.max(worstCommonP95, a.p95);
      lines.push(
        `${c.label.padEnd(38)}${fmt(a.p50)}${fmt(a.p95)}${fmt(f.p50)}${fmt(f.p95)}${(a.p95 / f.p95).toFixed(2).padStart(8)}×${String(last.statements).padStart(6)}`,
      );
    }
    await pg.end();
    await app.close();
    const contributions = COHORTS * MEMBERS * PROMPTS;
    process.stdout.write(
      [
        '',
        `search benchmark — one organisation of ${COHORTS} cohorts × ${MEMBERS} members × ${PROMPTS} prompts (${contributions} contributions, ${contributions * 3} feedback); seeded in ${(seedMs / 1000).toFixed(1)} s`,
        `database: ${where}; ${ROUNDS} sequential requests of each, interleaved with the floor (hand-written SQL through pg, no visibility)`,
        '',
        `                                       app p50 app p95 floor50 floor95   ratio  stmts`,
        ...lines,
        '',
        `aim: p95 ≤ 100 ms for a common word — ${worstCommonP95 <= 100 ? 'met' : 'NOT met'} (${worstCommonP95.toFixed(1)} ms)`,
        '',
      ].join('\n'),
    );
  }),
);
