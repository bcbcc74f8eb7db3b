import { DEFAULT_PULSE_COMMENT_PROMPT, DEFAULT_PULSE_QUESTIONS, PulseSchedule } from '@openhuddle/shared';
import type { EntityManager } from 'typeorm';

const DAY = 86_400_000;

/** Each round: who answered (indexes into the cohort's members), their scores per question, a few comments. */
const ROUNDS: Array<{ daysAgo: number; answers: number[][]; comments: string[] }> = [
  {
    daysAgo: 15,
    answers: [
      [3, 2, 3, 3],
      [4, 3, 3, 4],
      [3, 3, 2, 3],
      [4, 2, 3, 3],
      [2, 3, 3, 2],
      [4, 3, 4, 3],
      [3, 2, 2, 3],
    ],
    comments: ['The huddle ran long; we never got to the last prompt.', 'I am not sure yet what to post.'],
  },
  {
    daysAgo: 8,
    answers: [
      [4, 3, 4, 4],
      [4, 4, 3, 4],
      [3, 3, 4, 3],
      [5, 4, 4, 4],
      [4, 3, 3, 4],
      [4, 4, 4, 3],
    ],
    comments: ['Starting from the brief saved us twenty minutes.', 'More time on feedback, please.'],
  },
  // The open round: three answered so far, so its results are not shown yet (rule 8).
  {
    daysAgo: 1,
    answers: [
      [5, 4, 4, 5],
      [4, 4, 5, 4],
      [4, 3, 4, 4],
    ],
    comments: [],
  },
];

/**
 * The demo cohort's weekly pulse: two closed rounds above the threshold (a trend that rises) and an
 * open one with three answers. The demo member (Luis, the cohort's first member) has not answered
 * the open round, so his home page shows "a pulse to answer".
 */
export async function seedDemoPulse(em: EntityManager, organizationId: string, demoMemberEmail: string): Promise<void> {
  const [cohort] = (await em.query(`SELECT id FROM cohort WHERE organization_id = $1 ORDER BY created_at LIMIT 1`, [
    organizationId,
  ])) as { id: string }[];
  if (!cohort) return;
  const people = (await em.query(
    `SELECT cm.user_id AS "userId", cm.role FROM cohort_member cm JOIN "user" u ON u.id = cm.user_id
      WHERE cm.cohort_id = $1 AND cm.role IN ('MEMBER', 'FACILITATOR')
      ORDER BY u.email = $2 DESC, u.display_name`,
    [cohort.id, demoMemberEmail],
  )) as { userId: string; role: string }[];
  const facilitator = people.find((p) => p.role === 'FACILITATOR')!;
  // Luis (the demo member) first, so the open round can leave him out.
  const members = people.filter((p) => p.role === 'MEMBER');
  const now = Date.now();
  const [survey] = (await em.query(
    `INSERT INTO pulse_survey (organization_id, cohort_id, title, questions, comment_prompt, schedule, window_days, created_by_id, created_at)
     VALUES ($1, $2, 'How is our PLC going?', $3, $4, $5, 7, $6, $7) RETURNING id`,
    [
      organizationId,
      cohort.id,
      JSON.stringify(DEFAULT_PULSE_QUESTIONS),
      DEFAULT_PULSE_COMMENT_PROMPT,
      PulseSchedule.WEEKLY,
      facilitator.userId,
      new Date(now - 15 * DAY),
    ],
  )) as { id: string }[];
  for (const [i, round] of ROUNDS.entries()) {
    const openedAt = new Date(now - round.daysAgo * DAY);
    const closesAt = new Date(Math.min(openedAt.getTime() + 7 * DAY, now + 6 * DAY));
    const [row] = (await em.query(
      `INSERT INTO pulse_round (organization_id, survey_id, number, opened_at, closes_at)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [organizationId, survey!.id, i + 1, openedAt, closesAt],
    )) as { id: string }[];
    const open = i === ROUNDS.length - 1;
    // The open round skips the demo member; the closed ones include everyone who answered.
    const respondents = (open ? members.slice(1) : members).slice(0, round.answers.length);
    await em.query(
      `INSERT INTO pulse_response (organization_id, round_id, user_id) SELECT $1, $2, unnest($3::uuid[])`,
      [organizationId, row!.id, respondents.map((r) => r.userId)],
    );
    const scores = round.answers.flatMap((s) => s.map((score, q) => ({ q, score })));
    // Answers in one random-ordered statement, as the app writes them: nothing lines up with the responses.
    await em.query(
      `INSERT INTO pulse_answer (organization_id, round_id, question_index, score, comment)
       SELECT $1, $2, a.q, a.score, a.comment FROM (
         SELECT unnest($3::smallint[]) AS q, unnest($4::smallint[]) AS score, NULL::text AS comment
         UNION ALL SELECT NULL, NULL, unnest($5::text[])) a
       ORDER BY random()`,
      [organizationId, row!.id, scores.map((s) => s.q), scores.map((s) => s.score), round.comments],
    );
  }
}
