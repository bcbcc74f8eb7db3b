import type { DataSource } from 'typeorm';
import { BUILT_IN_PROTOCOLS } from '../../modules/feedback-protocol/built-in-protocols';

export interface BulkCohort {
  organizationId: string;
  cohortId: string;
  huddleId: string;
  promptIds: string[];
  facilitatorEmail: string;
  memberEmail: string;
}

const WORDS = [
  'hinge question unit rate distractor misconception',
  'mini whiteboards warm-up evidence photographed proportion',
  'exit tickets retrieval practice spaced review',
  'traffic light cups independent practice help',
  'number talks estimation reasoning fluency',
  'error analysis worked examples feedback',
];

/**
 * A large cohort written straight in SQL (generate_series), for statement-count tests and the
 * brief benchmark: `members` members, `prompts` OPEN prompts linked to one huddle, one
 * contribution per member per prompt, and `feedbackEach` feedback per contribution.
 * Every account's password is `password` (hash given by the caller, computed once).
 */
export async function createBulkCohort(
  dataSource: DataSource,
  options: { members: number; prompts: number; feedbackEach: number; passwordHash: string; tag: string },
): Promise<BulkCohort> {
  const { members, prompts, feedbackEach, passwordHash, tag } = options;
  return dataSource.transaction(async (em) => {
    const [{ id: organizationId }] = await em.query(
      `INSERT INTO organization (name, slug) VALUES ($1, $2) RETURNING id`,
      [`Bulk ${tag}`, `bulk-${tag}`],
    );
    await em.query(
      `INSERT INTO "user" (email, display_name, time_zone, password_hash)
       SELECT $1 || '-' || i || '@bulk.example', 'Member ' || i, 'America/Chicago', $2 FROM generate_series(0, $3) AS i`,
      [tag, passwordHash, members],
    );
    await em.query(
      `INSERT INTO membership (organization_id, user_id, role)
       SELECT $1, u.id, CASE WHEN u.email = $2 || '-0@bulk.example' THEN 'FACILITATOR'::org_role ELSE 'MEMBER'::org_role END
         FROM "user" u WHERE u.email LIKE $2 || '-%@bulk.example'`,
      [organizationId, tag],
    );
    const [{ id: cohortId }] = await em.query(
      `INSERT INTO cohort (organization_id, name) VALUES ($1, $2) RETURNING id`,
      [organizationId, `Bulk cohort ${tag}`],
    );
    await em.query(
      `INSERT INTO cohort_member (organization_id, cohort_id, user_id, role)
       SELECT $1, $2, m.user_id, CASE WHEN m.role = 'FACILITATOR' THEN 'FACILITATOR'::cohort_role ELSE 'MEMBER'::cohort_role END
         FROM membership m WHERE m.organization_id = $1`,
      [organizationId, cohortId],
    );
    const [facilitator] = await em.query(`SELECT id FROM "user" WHERE email = $1`, [`${tag}-0@bulk.example`]);
    const promptRows: Array<{ id: string }> = await em.query(
      `INSERT INTO prompt (organization_id, cohort_id, title, instructions, opens_at, accepted_kinds, reveal_rule, anonymity, protocol_id,
                           review_mode, reviews_per_contribution, review_grouping, published_at, created_by_id)
       SELECT $1, $2, 'Prompt ' || i, 'Share what you tried.', now() - interval '2 days', '{IDEA,EVIDENCE,SOLUTION,QUESTION}',
              'OPEN', 'NONE', $3, 'EVERYONE_SEES_ALL', 0, 'ANY', now() - interval '2 days', $4
         FROM generate_series(1, $5) AS i RETURNING id`,
      [organizationId, cohortId, BUILT_IN_PROTOCOLS[0]!.id, facilitator.id, prompts],
    );
    const promptIds = promptRows.map((p) => p.id);
    await em.query(
      `INSERT INTO contribution (organization_id, cohort_id, prompt_id, author_id, kind, body, status, published_at)
       SELECT $1, $2, p.id, cm.user_id,
              (ARRAY['IDEA','EVIDENCE','SOLUTION','QUESTION']::contribution_kind[])[1 + (row_number() OVER ()) % 4],
              (ARRAY[$4::text, $5, $6, $7, $8, $9])[1 + (row_number() OVER ()) % 6] || ' — note ' || row_number() OVER (),
              'PUBLISHED', now() - interval '1 day'
         FROM prompt p JOIN cohort_member cm ON cm.cohort_id = p.cohort_id AND cm.role = 'MEMBER'
        WHERE p.id = ANY($3::uuid[])`,
      [organizationId, cohortId, promptIds, ...WORDS],
    );
    // Feedback: each contribution gets `feedbackEach` reviews from the next members in line.
    await em.query(
      `WITH ranked AS (
         SELECT cm.user_id, row_number() OVER (ORDER BY cm.user_id) AS rn, count(*) OVER () AS n
           FROM cohort_member cm WHERE cm.cohort_id = $2 AND cm.role = 'MEMBER'
       )
       INSERT INTO feedback (organization_id, prompt_id, contribution_id, author_id, answers, helpful_at)
       SELECT $1, c.prompt_id, c.id, r2.user_id,
              jsonb_build_object('glow', 'Clear and practical', 'grow', 'Add student work'),
              CASE WHEN k = 1 THEN now() END
         FROM contribution c
         JOIN ranked r1 ON r1.user_id = c.author_id
         CROSS JOIN generate_series(1, $3) AS k
         JOIN ranked r2 ON r2.rn = ((r1.rn + k - 1) % r1.n) + 1
        WHERE c.cohort_id = $2`,
      [organizationId, cohortId, feedbackEach],
    );
    const [{ id: huddleId }] = await em.query(
      `INSERT INTO huddle (organization_id, cohort_id, series_id, title, starts_at, duration_minutes, created_by_id)
       VALUES ($1, $2, gen_random_uuid(), 'Bulk huddle', now() + interval '2 days', 45, $3) RETURNING id`,
      [organizationId, cohortId, facilitator.id],
    );
    await em.query(
      `INSERT INTO huddle_prompt (huddle_id, prompt_id, organization_id, position)
       SELECT $1, p, $2, ord - 1 FROM unnest($3::uuid[]) WITH ORDINALITY AS t(p, ord)`,
      [huddleId, organizationId, promptIds],
    );
    return {
      organizationId,
      cohortId,
      huddleId,
      promptIds,
      facilitatorEmail: `${tag}-0@bulk.example`,
      memberEmail: `${tag}-1@bulk.example`,
    };
  });
}
