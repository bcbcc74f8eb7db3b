/**
 * `pnpm bench:dashboard` — the facilitator's dashboard of a consultant across client organisations.
 * Seeds bulk-dashboard.ts's data set into a fresh database (embedded PostgreSQL, or DATABASE_URL's
 * server), serves the real app over HTTP, and reports latency (p50/p95), throughput and the SQL
 * statement count of repeated dashboard requests, beside the main figures read by hand-written SQL
 * through `pg` (the floor).
 */
import { Client } from 'pg';
import { createBulkDashboard } from '../src/database/bulk/bulk-dashboard';
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

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 60);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const COHORTS = Number(process.env.BENCH_COHORTS ?? 10);
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 60);
const PROMPTS = Number(process.env.BENCH_PROMPTS ?? 8);

const DASHBOARD = `query { facilitatorDashboard {
  cohorts { id name organizationName memberCount postedThisWeek postingRate promptsThisWeek membersAtRisk overdueReviews unansweredQuestions openReports
    nextHuddle { id title startsAt briefReadCount peopleCount } }
  queue { total items { id kind title detail link since cohortName } } } }`;

runBench(() =>
  withBenchDatabase('openhuddle_bench', async (url, where) => {
    const { seeded: bulk, seedMs } = await seedAnalyzed(url, (dataSource, passwordHash) =>
      createBulkDashboard(dataSource, {
        cohorts: COHORTS,
        members: MEMBERS,
        prompts: PROMPTS,
        feedbackEach: 2,
        passwordHash,
        tag: 'bench',
      }),
    );
    const { app, base } = await serveApp(url);
    const cookie = await signInCookie(base, bulk.consultantEmail);
    const { send: dashboard, last } = graphqlRequest(base, cookie, DASHBOARD);

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

    const { app: app1, floor: floor1 } = await interleaved(dashboard, floor, ROUNDS);
    const rps = await throughput(dashboard, ROUNDS, CONCURRENCY);
    const floorRps = await throughput(floor, ROUNDS, 1);
    await pg.end();
    await app.close();

    process.stdout.write(
      [
        '',
        `dashboard benchmark — a consultant facilitating ${COHORTS} cohorts (one per client organisation) × ${MEMBERS} members × ${PROMPTS} prompts; seeded in ${(seedMs / 1000).toFixed(1)} s`,
        `database: ${where}; ${ROUNDS} sequential requests of each, interleaved; throughput with ${CONCURRENCY} concurrent clients`,
        '',
        `                             p50 ms   p95 ms  mean ms    req/s`,
        `GraphQL dashboard (HTTP)  ${fmt(app1.p50)} ${fmt(app1.p95)} ${fmt(app1.mean)} ${fmt(rps)}`,
        `hand-written SQL (pg)     ${fmt(floor1.p50)} ${fmt(floor1.p95)} ${fmt(floor1.mean)} ${fmt(floorRps)}`,
        '',
        `ratio to the floor (p95): ${(app1.p95 / floor1.p95).toFixed(2)}×   SQL statements per dashboard request: ${last.statements} (floor: 1)   response: ${(last.bytes / 1024).toFixed(0)} KB`,
        '',
      ].join('\n'),
    );
  }),
);
