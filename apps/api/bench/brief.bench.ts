/**
 * `pnpm bench:brief` — the brief for 300 members × 10 linked prompts × 3 feedback each.
 * Seeds that data set into a fresh database (embedded PostgreSQL, or DATABASE_URL's server),
 * serves the real app over HTTP, and reports latency (p50/p95) and throughput of repeated
 * brief requests, beside the same data read by hand-written SQL through `pg` (the floor).
 */
import { Client } from 'pg';
import { createBulkCohort } from '../src/database/bulk/bulk-cohort';
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

const BRIEF = `query ($id: ID!) { brief(huddleId: $id) {
  prompts { promptId title contributionCount participation { memberCount postedCount feedbackGivenCount receivedFeedbackCount namesVisible }
    contributions { id kind excerpt author { displayName } spotlighted reviewCount needsDiscussionVotes helpfulFeedback { author { displayName } answers { label text } } rubricAverages { label average } } }
  openQuestions { contributionId text } spotlights { id } needsDiscussion { id } themes { label terms contributionIds } readers { readCount memberCount } completion } }`;

runBench(() =>
  withBenchDatabase('openhuddle_bench', async (url, where) => {
    const { seeded: bulk, seedMs } = await seedAnalyzed(url, (dataSource, passwordHash) =>
      createBulkCohort(dataSource, { members: 300, prompts: 10, feedbackEach: 3, passwordHash, tag: 'bench' }),
    );
    const { app, base } = await serveApp(url);
    const cookie = await signInCookie(base, bulk.memberEmail);
    const { send: brief, last } = graphqlRequest(base, cookie, BRIEF, { id: bulk.huddleId });

    // The floor: the same rows read by hand-written SQL through pg, no GraphQL, no mapping.
    const pg = new Client({ connectionString: url });
    await pg.connect();
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
    };

    const { app: app1, floor: floor1 } = await interleaved(brief, floor, ROUNDS);
    const rps = await throughput(brief, ROUNDS, CONCURRENCY);
    const floorRps = await throughput(floor, ROUNDS, 1);
    await pg.end();
    await app.close();

    process.stdout.write(
      [
        '',
        `brief benchmark — 300 members × 10 prompts × 3 feedback (3000 contributions, 9000 feedback); seeded in ${(seedMs / 1000).toFixed(1)} s`,
        `database: ${where}; ${ROUNDS} sequential requests of each, interleaved; throughput with ${CONCURRENCY} concurrent clients`,
        '',
        `                          p50 ms   p95 ms  mean ms    req/s`,
        `GraphQL brief (HTTP)   ${fmt(app1.p50)} ${fmt(app1.p95)} ${fmt(app1.mean)} ${fmt(rps)}`,
        `hand-written SQL (pg)  ${fmt(floor1.p50)} ${fmt(floor1.p95)} ${fmt(floor1.mean)} ${fmt(floorRps)}`,
        '',
        `ratio to the floor (p95): ${(app1.p95 / floor1.p95).toFixed(2)}×   SQL statements per brief request: ${last.statements}   response: ${(last.bytes / 1024).toFixed(0)} KB`,
        '',
      ].join('\n'),
    );
  }),
);
