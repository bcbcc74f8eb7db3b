/**
 * `pnpm bench:digest` — daily digests for 5,000 members in 50 cohorts of one organisation, each with
 * unread notifications (on contributions, so the visibility rule is exercised), an open prompt,
 * review assignments and a huddle in two days. Seeds that data set with SQL into a fresh database
 * (embedded PostgreSQL, or DATABASE_URL's server), runs the real digest composition for everyone
 * (due → batches of 500 → rendered emails queued with their ledger), and reports total time,
 * digests/s and SQL statements per digest, beside the same reads and a plain-text insert written by
 * hand through `pg` (the floor: no visibility rule, no rendering, no ledger).
 * Runs with NODE_ENV=production so React renders with its production build, as in a deployment.
 */
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createApp } from '../src/bootstrap';
import { countStatements } from '../src/common/database/statement-counter';
import { createRootLogger } from '../src/common/logging/logger';
import { AppConfig } from '../src/config/app-config';
import { createDataSource } from '../src/database/data-source';
import { BUILT_IN_PROTOCOLS } from '../src/modules/feedback-protocol/built-in-protocols';
import { DigestSweep } from '../src/modules/notification/digest.sweep';
import { withBenchDatabase } from './bench-database';

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 5000);
const COHORTS = Number(process.env.BENCH_COHORTS ?? 50);
const NOTIFICATIONS_EACH = Number(process.env.BENCH_NOTIFICATIONS ?? 6);
const BATCH = 500;

/** A fixed-offset zone where it is about noon now, so every member's daily digest is due. */
function noonZone(): string {
  let offset = 12 - new Date().getUTCHours();
  if (offset > 14) offset -= 24;
  if (offset < -12) offset += 24;
  // Etc/GMT signs are inverted: Etc/GMT-5 is UTC+5.
  return offset === 0 ? 'UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

async function seed(ds: DataSource): Promise<string> {
  return ds.transaction(async (em) => {
    const [{ id: org }] = await em.query(
      `INSERT INTO organization (name, slug) VALUES ('Digest bench', 'digest-bench') RETURNING id`,
    );
    await em.query(
      `INSERT INTO "user" (email, display_name, time_zone, password_hash)
       SELECT 'digest-' || i || '@bench.example', 'Member ' || i, $1, 'x' FROM generate_series(0, $2) AS i`,
      [noonZone(), MEMBERS],
    );
    await em.query(
      `INSERT INTO membership (organization_id, user_id, role)
       SELECT $1, id, CASE WHEN email = 'digest-0@bench.example' THEN 'OWNER'::org_role ELSE 'MEMBER'::org_role END
         FROM "user" WHERE email LIKE 'digest-%@bench.example'`,
      [org],
    );
    await em.query(
      `INSERT INTO cohort (organization_id, name) SELECT $1, 'Cohort ' || i FROM generate_series(1, $2) AS i`,
      [org, COHORTS],
    );
    await em.query(
      `WITH c AS (SELECT id, row_number() OVER (ORDER BY name) - 1 AS n FROM cohort WHERE organization_id = $1),
            u AS (SELECT id, email, row_number() OVER (ORDER BY email) AS n FROM "user" WHERE email LIKE 'digest-%@bench.example')
       INSERT INTO cohort_member (organization_id, cohort_id, user_id, role)
       SELECT $1, c.id, u.id, 'MEMBER'::cohort_role FROM u JOIN c ON c.n = u.n % $2 WHERE u.email <> 'digest-0@bench.example'
       UNION ALL
       SELECT $1, c.id, u.id, 'FACILITATOR'::cohort_role FROM u CROSS JOIN c WHERE u.email = 'digest-0@bench.example'`,
      [org, COHORTS],
    );
    const [{ id: owner }] = await em.query(`SELECT id FROM "user" WHERE email = 'digest-0@bench.example'`);
    await em.query(
      `INSERT INTO prompt (organization_id, cohort_id, title, instructions, opens_at, accepted_kinds, reveal_rule, anonymity, protocol_id,
                           review_mode, reviews_per_contribution, review_grouping, published_at, created_by_id)
       SELECT $1, c.id, 'Week 4 in ' || c.name, 'Share what you tried.', now() - interval '2 days', '{IDEA,EVIDENCE,SOLUTION,QUESTION}',
              'OPEN', 'NONE', $2, 'EVERYONE_SEES_ALL', 0, 'ANY', now() - interval '2 days', $3
         FROM cohort c WHERE c.organization_id = $1`,
      [org, BUILT_IN_PROTOCOLS[0]!.id, owner],
    );
    // Half the members post; each post is assigned to the next member of its cohort for review.
    await em.query(
      `INSERT INTO contribution (organization_id, cohort_id, prompt_id, author_id, kind, body, status, published_at)
       SELECT $1, p.cohort_id, p.id, cm.user_id, 'SOLUTION', 'Exit tickets with a hinge question.', 'PUBLISHED', now() - interval '1 day'
         FROM prompt p JOIN cohort_member cm ON cm.cohort_id = p.cohort_id AND cm.role = 'MEMBER'
        WHERE p.organization_id = $1 AND get_byte(decode(md5(cm.user_id::text), 'hex'), 0) % 2 = 0`,
      [org],
    );
    await em.query(
      `INSERT INTO review_assignment (organization_id, prompt_id, contribution_id, reviewer_id)
       SELECT $1, c.prompt_id, c.id, r.reviewer FROM contribution c
         JOIN (SELECT user_id, cohort_id, lead(user_id) OVER (PARTITION BY cohort_id ORDER BY user_id) AS reviewer
                 FROM cohort_member WHERE role = 'MEMBER' AND organization_id = $1) r
           ON r.user_id = c.author_id AND r.cohort_id = c.cohort_id
        WHERE c.organization_id = $1 AND r.reviewer IS NOT NULL`,
      [org],
    );
    // Unread notifications on their cohort's contributions (MARKED_HELPFUL: daily digest by default).
    await em.query(
      `INSERT INTO notification (organization_id, user_id, kind, cohort_id, subject_type, subject_id, text, link, dedupe_key, created_at)
       SELECT $1::uuid, cm.user_id, 'MARKED_HELPFUL', cm.cohort_id, 'CONTRIBUTION', c.id,
              'Your feedback on “' || p.title || '” was marked helpful.', '/o/' || $1::text || '/prompts/' || p.id,
              'bench:' || cm.user_id || ':' || k, now() - make_interval(hours => k)
         FROM cohort_member cm
         CROSS JOIN generate_series(1, $2) AS k
         JOIN LATERAL (SELECT id, prompt_id FROM contribution WHERE cohort_id = cm.cohort_id OFFSET k LIMIT 1) c ON true
         JOIN prompt p ON p.id = c.prompt_id
        WHERE cm.organization_id = $1 AND cm.role = 'MEMBER'`,
      [org, NOTIFICATIONS_EACH],
    );
    await em.query(
      `INSERT INTO huddle (organization_id, cohort_id, series_id, title, starts_at, duration_minutes, created_by_id)
       SELECT $1, c.id, gen_random_uuid(), c.name || ' huddle', now() + interval '2 days', 45, $2
         FROM cohort c WHERE c.organization_id = $1`,
      [org, owner],
    );
    return org as string;
  });
}

/** The floor: the same three reads per batch and one insert of plain text, by hand through pg. */
async function floor(pg: Client, org: string): Promise<number> {
  await pg.query(`CREATE TEMP TABLE floor_mail (to_address text, subject text, text text)`);
  const users = (
    await pg.query(
      `SELECT m.user_id, u.email FROM membership m JOIN "user" u ON u.id = m.user_id
                                  WHERE m.organization_id = $1 ORDER BY m.user_id`,
      [org],
    )
  ).rows;
  let sent = 0;
  for (let i = 0; i < users.length; i += BATCH) {
    const batch = users.slice(i, i + BATCH);
    const ids = batch.map((u) => u.user_id);
    // One client runs one statement at a time; the app's pool runs its three side by side.
    const [notes, owed, coming] = [
      await pg.query(
        `SELECT user_id, text, link FROM notification WHERE organization_id = $1 AND user_id = ANY($2)
                 AND read_at IS NULL AND created_at > now() - interval '1 day'`,
        [org, ids],
      ),
      await pg.query(
        `SELECT ra.reviewer_id AS user_id, p.title FROM review_assignment ra JOIN prompt p ON p.id = ra.prompt_id
                 WHERE ra.organization_id = $1 AND ra.reviewer_id = ANY($2) AND ra.completed_at IS NULL`,
        [org, ids],
      ),
      await pg.query(
        `SELECT cm.user_id, h.title FROM cohort_member cm JOIN huddle h ON h.cohort_id = cm.cohort_id
                 WHERE cm.organization_id = $1 AND cm.user_id = ANY($2) AND h.starts_at BETWEEN now() AND now() + interval '7 days'`,
        [org, ids],
      ),
    ];
    const text = new Map<string, string[]>();
    for (const r of [...notes.rows, ...owed.rows, ...coming.rows])
      text.set(r.user_id, [...(text.get(r.user_id) ?? []), r.text ?? r.title]);
    const mails = batch.filter((u) => text.has(u.user_id));
    await pg.query(`INSERT INTO floor_mail SELECT * FROM unnest($1::text[], $2::text[], $3::text[])`, [
      mails.map((u) => u.email),
      mails.map(() => 'Your daily digest'),
      mails.map((u) => text.get(u.user_id)!.join('\n')),
    ]);
    sent += mails.length;
  }
  return sent;
}

async function main(): Promise<void> {
  await withBenchDatabase('openhuddle_bench_digest', async (url, where) => {
    const seedSource = createDataSource(url);
    await seedSource.initialize();
    const seedStart = performance.now();
    const org = await seed(seedSource);
    await seedSource.query('ANALYZE');
    const [{ n: notifications }] = await seedSource.query(`SELECT count(*)::int AS n FROM notification`);
    await seedSource.destroy();
    const seedMs = performance.now() - seedStart;

    // No SMTP: the emails stay in the outbox table, so the figure is composition, not delivery.
    const config = AppConfig.fromEnv({ NODE_ENV: 'development', PORT: '0', LOG_LEVEL: 'error', JOBS_ENABLED: 'false' });
    const app = await createApp(config, url, createRootLogger('error'));
    await app.init();
    const sweep = app.get(DigestSweep);
    const start = performance.now();
    const { result: sent, statements } = await countStatements(async () => sweep.composeInline(await sweep.findDue()));
    const appMs = performance.now() - start;
    await app.close();

    const pg = new Client({ connectionString: url });
    await pg.connect();
    const floorStart = performance.now();
    const floorSent = await floor(pg, org);
    const floorMs = performance.now() - floorStart;
    await pg.end();

    process.stdout.write(
      [
        '',
        `digest benchmark — ${MEMBERS} members in ${COHORTS} cohorts, ${notifications} notifications; seeded in ${(seedMs / 1000).toFixed(1)} s`,
        `database: ${where}; batches of ${BATCH}`,
        '',
        `digests (app):        ${sent} in ${(appMs / 1000).toFixed(2)} s — ${(sent / (appMs / 1000)).toFixed(0)} digests/s, ` +
          `${statements.length} SQL statements (${(statements.length / Math.max(sent, 1)).toFixed(4)} per digest)`,
        `hand-written SQL:     ${floorSent} in ${(floorMs / 1000).toFixed(2)} s — ${(floorSent / (floorMs / 1000)).toFixed(0)} digests/s`,
        `ratio to the floor:   ${(appMs / floorMs).toFixed(1)}× (the app adds the visibility rule, rendering, tokens and the ledger)`,
        '',
      ].join('\n'),
    );
  });
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
  process.exit(1);
});
