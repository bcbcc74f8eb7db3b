import { VISIBLE_COMMENT_SQL, VISIBLE_FEEDBACK_SQL } from '../contribution/contribution.visibility';

/**
 * The dashboard's figures as SQL over `$1` (cohort ids, uuid[]) at `$2` (now). Each fragment yields
 * one row per person (or question) behind a figure with `cohort_id` and `user_id`: the dashboard
 * counts the rows, the drill-down lists them, so a figure and its list cannot disagree. Only
 * dashboard.repository.ts runs them. Every cohort on the dashboard is one the viewer facilitates,
 * and facilitators see every published contribution (PRODUCT.md rule 2): no reveal filter here,
 * only what is gone for everyone (drafts, deleted, hidden).
 */
export const LIVE = (c: string) => `${c}.status = 'PUBLISHED' AND ${c}.deleted_at IS NULL AND ${c}.hidden_at IS NULL`;

/** The cohorts' members (not observers, not facilitators). */
export const MEMBERS = `SELECT cm.cohort_id, cm.user_id FROM cohort_member cm
   WHERE cm.cohort_id = ANY($1::uuid[]) AND cm.role = 'MEMBER'`;

/** Members with a live contribution published in the 7 days before now; `n` how many. */
export const POSTED_THIS_WEEK = `SELECT m.cohort_id, m.user_id, count(*)::int AS n
    FROM (${MEMBERS}) m
    JOIN contribution c ON c.cohort_id = m.cohort_id AND c.author_id = m.user_id AND ${LIVE('c')}
     AND c.published_at > $2::timestamptz - interval '7 days' AND c.published_at <= $2::timestamptz
   GROUP BY m.cohort_id, m.user_id`;

export const NOT_POSTED_THIS_WEEK = `SELECT m.cohort_id, m.user_id, 0 AS n FROM (${MEMBERS}) m
   WHERE NOT EXISTS (SELECT 1 FROM contribution c
                      WHERE c.cohort_id = m.cohort_id AND c.author_id = m.user_id AND ${LIVE('c')}
                        AND c.published_at > $2::timestamptz - interval '7 days' AND c.published_at <= $2::timestamptz)`;

/** When a review is due: the assignment's due date, else the prompt's due or closing time (as reminders read it). */
const REVIEW_DUE = `coalesce(ra.due_at, p.due_at, p.closes_at)`;

/** Reviewers with open assignments past due on live contributions; `n` how many reviews. */
export const OVERDUE_REVIEWS = `SELECT p.cohort_id, ra.reviewer_id AS user_id, count(*)::int AS n
    FROM review_assignment ra
    JOIN prompt p ON p.id = ra.prompt_id
    JOIN contribution c ON c.id = ra.contribution_id AND ${LIVE('c')}
   WHERE p.cohort_id = ANY($1::uuid[]) AND ra.completed_at IS NULL AND ${REVIEW_DUE} < $2::timestamptz
   GROUP BY p.cohort_id, ra.reviewer_id`;

/** Each cohort's last two published prompts whose due (else closing) time has passed. */
const LAST_TWO_DUE = `SELECT x.id, x.cohort_id FROM (
    SELECT p.id, p.cohort_id,
           row_number() OVER (PARTITION BY p.cohort_id ORDER BY coalesce(p.due_at, p.closes_at) DESC, p.id) AS rn
      FROM prompt p
     WHERE p.cohort_id = ANY($1::uuid[]) AND p.published_at IS NOT NULL
       AND coalesce(p.due_at, p.closes_at) <= $2::timestamptz) x
   WHERE x.rn <= 2`;

/** Members with nothing live in any of their cohort's last two due prompts (none at risk before a prompt is due). */
export const AT_RISK = `WITH last_two AS (${LAST_TWO_DUE})
  SELECT m.cohort_id, m.user_id, 0 AS n FROM (${MEMBERS}) m
   WHERE EXISTS (SELECT 1 FROM last_two lt WHERE lt.cohort_id = m.cohort_id)
     AND NOT EXISTS (SELECT 1 FROM contribution c JOIN last_two lt ON lt.id = c.prompt_id
                      WHERE c.author_id = m.user_id AND ${LIVE('c')})`;

/** Each cohort's next huddle: scheduled and not over yet. */
export const NEXT_HUDDLE = `SELECT DISTINCT ON (h.cohort_id) h.id, h.cohort_id, h.title, h.starts_at
    FROM huddle h
   WHERE h.cohort_id = ANY($1::uuid[]) AND h.status = 'SCHEDULED'
     AND h.starts_at + h.duration_minutes * interval '1 minute' > $2::timestamptz
   ORDER BY h.cohort_id, h.starts_at, h.id`;

/** Everyone of the cohort (any role, as the brief counts its readers) and whether they read the next huddle's brief. */
const BRIEF_READERS = `SELECT cm.cohort_id, cm.user_id, ha.brief_read_at IS NOT NULL AS has_read
    FROM (${NEXT_HUDDLE}) nh
    JOIN cohort_member cm ON cm.cohort_id = nh.cohort_id
    LEFT JOIN huddle_attendance ha ON ha.huddle_id = nh.id AND ha.user_id = cm.user_id`;

export const BRIEF_READ = `SELECT cohort_id, user_id, 0 AS n FROM (${BRIEF_READERS}) r WHERE r.has_read`;
export const BRIEF_UNREAD = `SELECT cohort_id, user_id, 0 AS n FROM (${BRIEF_READERS}) r WHERE NOT r.has_read`;

/**
 * Open questions, as the brief finds them: QUESTION contributions with no comment and no feedback,
 * and comments ending in "?" that nobody replied to. One row per question, `user_id` its asker.
 */
export const UNANSWERED_QUESTIONS = `
  SELECT c.cohort_id, c.author_id AS user_id, 1 AS n, c.id AS contribution_id, NULL::uuid AS comment_id,
         c.prompt_id, left(c.body, 200) AS text, c.published_at AS at
    FROM contribution c
   WHERE c.cohort_id = ANY($1::uuid[]) AND ${LIVE('c')} AND c.kind = 'QUESTION' AND c.published_at <= $2::timestamptz
     AND NOT EXISTS (SELECT 1 FROM comment cm WHERE cm.contribution_id = c.id AND ${VISIBLE_COMMENT_SQL})
     AND NOT EXISTS (SELECT 1 FROM feedback f WHERE f.contribution_id = c.id AND ${VISIBLE_FEEDBACK_SQL})
  UNION ALL
  SELECT c.cohort_id, cm.author_id AS user_id, 1 AS n, c.id, cm.id, c.prompt_id, left(cm.body, 200), cm.created_at
    FROM comment cm
    JOIN contribution c ON c.id = cm.contribution_id AND ${LIVE('c')}
   WHERE c.cohort_id = ANY($1::uuid[]) AND ${VISIBLE_COMMENT_SQL} AND rtrim(cm.body) LIKE '%?' AND cm.created_at <= $2::timestamptz
     AND NOT EXISTS (SELECT 1 FROM comment r WHERE r.parent_id = cm.id AND r.deleted_at IS NULL AND r.hidden_at IS NULL)`;

/** Contributions to prompts that ask for reviews, past due, with no feedback at all. */
export const REVIEWS_NOBODY_GAVE = `SELECT c.cohort_id, c.author_id AS user_id, c.id AS contribution_id, c.prompt_id,
         p.title AS prompt_title, coalesce(p.due_at, p.closes_at) AS at
    FROM contribution c
    JOIN prompt p ON p.id = c.prompt_id
   WHERE c.cohort_id = ANY($1::uuid[]) AND ${LIVE('c')} AND p.review_mode <> 'NONE'
     AND coalesce(p.due_at, p.closes_at) <= $2::timestamptz
     AND NOT EXISTS (SELECT 1 FROM feedback f WHERE f.contribution_id = c.id AND ${VISIBLE_FEEDBACK_SQL})`;

export const OPEN_REPORTS = `SELECT r.cohort_id, r.id, r.reason, r.subject_type, r.created_at AS at
    FROM report r WHERE r.cohort_id = ANY($1::uuid[]) AND r.status = 'OPEN'`;
