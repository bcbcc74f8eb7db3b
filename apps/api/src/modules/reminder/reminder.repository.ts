import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** One reminder due for one person; `dedupe_key` names the occasion (see each finder). */
interface DueRow {
  cohort_id: string;
  organization_id: string;
  user_id: string;
  dedupe_key: string;
}

/** A huddle's nudge due for one member who has not posted. */
export interface DueNudgeRow extends DueRow {
  huddle_id: string;
  title: string;
  prompts: string;
}

export interface OpenedPromptRow extends DueRow {
  prompt_id: string;
  cohort_id: string;
  title: string;
}

export interface ReviewDueRow extends DueRow {
  prompt_id: string;
  title: string;
  owed: number;
}

export interface ActionItemDueRow extends DueRow {
  action_item_id: string;
  huddle_id: string;
  text: string;
}

export interface FollowUpOverdueRow extends Omit<DueRow, 'cohort_id'> {
  conversation_id: string;
  goal_id: string;
  title: string;
}

export interface BriefReadyRow extends DueRow {
  huddle_id: string;
  title: string;
}

/** Still in the organization (a removed person hears nothing more of it). */
const IN_ORGANIZATION = (alias: string, org: string) =>
  `EXISTS (SELECT 1 FROM membership m WHERE m.organization_id = ${org} AND m.user_id = ${alias}.user_id)`;

/** Not sent before: the notification's dedupe key is the ledger, so a sweep never re-queues what was delivered. */
const NOT_SENT = (key: string) => `NOT EXISTS (SELECT 1 FROM notification n WHERE n.dedupe_key = ${key})`;

/**
 * The reminder module's only access to the database: one statement per kind of reminder, for all
 * cohorts at once, each deciding "due" against the `now` it is given (the Clock's).
 */
@Injectable()
export class ReminderRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Each huddle is due at the nearest of its own reminder times that has been reached, so an
   * earlier one it passed (API down, or scheduled late) is not sent late. Key: huddle, hours, member.
   */
  dueNudges(now: Date, maxHours: number): Promise<DueNudgeRow[]> {
    return this.dataSource.query(
      `SELECT * FROM (
         SELECT h.id AS huddle_id, h.cohort_id, h.title, h.organization_id, cm.user_id,
                'nudge:' || h.id || ':' || due.hours || ':' || cm.user_id AS dedupe_key,
                string_agg(p.title, '; ' ORDER BY hp.position) AS prompts
           FROM huddle h
           CROSS JOIN LATERAL (
             SELECT min(o)::int AS hours FROM unnest(h.nudge_hours) AS o
              WHERE h.starts_at <= $1::timestamptz + make_interval(hours => o)
           ) due
           JOIN huddle_prompt hp ON hp.huddle_id = h.id
           JOIN prompt p ON p.id = hp.prompt_id AND p.published_at IS NOT NULL
           JOIN cohort_member cm ON cm.cohort_id = h.cohort_id AND cm.role = 'MEMBER'
          WHERE h.status = 'SCHEDULED' AND h.starts_at > $1
            AND h.starts_at <= $1::timestamptz + make_interval(hours => $2)
            AND due.hours IS NOT NULL
            AND ${IN_ORGANIZATION('cm', 'h.organization_id')}
            AND NOT EXISTS (SELECT 1 FROM contribution c
                             WHERE c.prompt_id = p.id AND c.author_id = cm.user_id AND c.status = 'PUBLISHED' AND c.deleted_at IS NULL)
          GROUP BY h.id, h.cohort_id, h.title, h.organization_id, due.hours, cm.user_id) due
        WHERE ${NOT_SENT('due.dedupe_key')}`,
      [now, maxHours],
    );
  }

  /**
   * Prompts that opened (published, and their opening time reached) within `withinHours`, for every
   * cohort member but the one who created the prompt. Key: cohort, prompt, member. A prompt that closed
   * already is not announced.
   */
  openedPrompts(now: Date, withinHours: number): Promise<OpenedPromptRow[]> {
    return this.dataSource.query(
      `SELECT p.id AS prompt_id, p.cohort_id, p.title, p.organization_id, cm.user_id,
              'prompt-opened:' || p.cohort_id || ':' || p.id || ':' || cm.user_id AS dedupe_key
         FROM prompt p
         JOIN cohort_member cm ON cm.cohort_id = p.cohort_id AND cm.user_id <> p.created_by_id
        WHERE p.published_at IS NOT NULL
          AND greatest(p.opens_at, p.published_at) <= $1
          AND greatest(p.opens_at, p.published_at) > $1::timestamptz - make_interval(hours => $2)
          AND (p.closes_at IS NULL OR p.closes_at > $1)
          AND ${IN_ORGANIZATION('cm', 'p.organization_id')}
          AND ${NOT_SENT(`'prompt-opened:' || p.cohort_id || ':' || p.id || ':' || cm.user_id`)}`,
      [now, withinHours],
    );
  }

  /**
   * Open review assignments due within `withinHours`: by the assignment's own due date, else the
   * prompt's due date, else its closing time; without any, no reminder. One per reviewer and prompt
   * (however many they owe there), on contributions that still exist. Key: prompt, reviewer, due time.
   */
  reviewsDue(now: Date, withinHours: number): Promise<ReviewDueRow[]> {
    return this.dataSource.query(
      `SELECT * FROM (
         SELECT ra.organization_id, ra.reviewer_id AS user_id, p.id AS prompt_id, p.cohort_id, p.title, count(*)::int AS owed,
                'review-due:' || p.id || ':' || ra.reviewer_id || ':' ||
                  extract(epoch FROM min(coalesce(ra.due_at, p.due_at, p.closes_at)))::bigint AS dedupe_key
           FROM review_assignment ra
           JOIN prompt p ON p.id = ra.prompt_id
           JOIN contribution c ON c.id = ra.contribution_id AND c.deleted_at IS NULL AND c.status = 'PUBLISHED'
           JOIN cohort_member cm ON cm.cohort_id = p.cohort_id AND cm.user_id = ra.reviewer_id
          WHERE ra.completed_at IS NULL
            AND coalesce(ra.due_at, p.due_at, p.closes_at) > $1
            AND coalesce(ra.due_at, p.due_at, p.closes_at) <= $1::timestamptz + make_interval(hours => $2)
            AND ${IN_ORGANIZATION('cm', 'ra.organization_id')}
          GROUP BY ra.organization_id, ra.reviewer_id, p.id, p.cohort_id, p.title) due
        WHERE ${NOT_SENT('due.dedupe_key')}`,
      [now, withinHours],
    );
  }

  /**
   * Open action items due within `withinHours` (due at the end of their due day, 23:59 in the
   * huddle's time zone), for their owner. Key: action item, due day, owner.
   */
  actionItemsDue(now: Date, withinHours: number): Promise<ActionItemDueRow[]> {
    return this.dataSource.query(
      `SELECT ai.id AS action_item_id, ai.cohort_id, ai.organization_id, ai.owner_id AS user_id, ai.huddle_id, ai.text,
              'action-item-due:' || ai.id || ':' || ai.due_on || ':' || ai.owner_id AS dedupe_key
         FROM action_item ai
         JOIN huddle h ON h.id = ai.huddle_id
         JOIN cohort_member cm ON cm.cohort_id = ai.cohort_id AND cm.user_id = ai.owner_id
         CROSS JOIN LATERAL (SELECT (ai.due_on + time '23:59') AT TIME ZONE h.time_zone AS at) due
        WHERE ai.done_at IS NULL AND ai.due_on IS NOT NULL
          AND due.at > $1 AND due.at <= $1::timestamptz + make_interval(hours => $2)
          AND ${IN_ORGANIZATION('cm', 'ai.organization_id')}
          AND ${NOT_SENT(`'action-item-due:' || ai.id || ':' || ai.due_on || ':' || ai.owner_id`)}`,
      [now, withinHours],
    );
  }

  /**
   * Scheduled huddles starting within `withinHours` that have prompts: every cohort member hears the
   * brief is ready. Key: huddle, start time (a rescheduled huddle's brief is announced again).
   */
  briefsReady(now: Date, withinHours: number): Promise<BriefReadyRow[]> {
    return this.dataSource.query(
      `SELECT h.organization_id, h.cohort_id, cm.user_id, h.id AS huddle_id, h.title,
              'brief-ready:' || h.id || ':' || extract(epoch FROM h.starts_at)::bigint || ':' || cm.user_id AS dedupe_key
         FROM huddle h
         JOIN cohort_member cm ON cm.cohort_id = h.cohort_id
        WHERE h.status = 'SCHEDULED' AND h.starts_at > $1
          AND h.starts_at <= $1::timestamptz + make_interval(hours => $2)
          AND EXISTS (SELECT 1 FROM huddle_prompt hp JOIN prompt p ON p.id = hp.prompt_id AND p.published_at IS NOT NULL
                       WHERE hp.huddle_id = h.id)
          AND ${IN_ORGANIZATION('cm', 'h.organization_id')}
          AND ${NOT_SENT(`'brief-ready:' || h.id || ':' || extract(epoch FROM h.starts_at)::bigint || ':' || cm.user_id`)}`,
      [now, withinHours],
    );
  }

  /**
   * Coaching follow-ups past their date and not done: the goal's member and coach each hear it once
   * per date (moving the date reminds again). Key: conversation, due date, person.
   */
  followUpsOverdue(now: Date): Promise<FollowUpOverdueRow[]> {
    const key = `'follow-up-overdue:' || cc.id || ':' || extract(epoch FROM cc.follow_up_due_at)::bigint || ':' || pair.user_id`;
    return this.dataSource.query(
      `SELECT g.organization_id, pair.user_id, cc.id AS conversation_id, g.id AS goal_id, g.title, ${key} AS dedupe_key
         FROM coaching_conversation cc
         JOIN learning_goal g ON g.id = cc.goal_id
         CROSS JOIN LATERAL (VALUES (g.member_id), (g.coach_id)) AS pair(user_id)
        WHERE cc.follow_up_done_at IS NULL AND cc.follow_up_due_at <= $1 AND pair.user_id IS NOT NULL
          AND EXISTS (SELECT 1 FROM membership m WHERE m.organization_id = g.organization_id AND m.user_id = pair.user_id)
          AND ${NOT_SENT(key)}`,
      [now],
    );
  }

  /**
   * Whether a queued reminder is still due when its delivery runs (a retry may come minutes after
   * the sweep): its person is still in the organization, and its huddle still scheduled, its
   * action item still open, or its reviews still owed on contributions that were not deleted.
   */
  async stillDue(kind: string, subjectId: string, organizationId: string, userId: string): Promise<boolean> {
    const [row] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM membership m WHERE m.organization_id = $3 AND m.user_id = $4) AND CASE $1
         WHEN 'HUDDLE_NUDGE' THEN EXISTS (SELECT 1 FROM huddle WHERE id = $2 AND status = 'SCHEDULED')
         WHEN 'BRIEF_READY' THEN EXISTS (SELECT 1 FROM huddle WHERE id = $2 AND status = 'SCHEDULED')
         WHEN 'ACTION_ITEM_DUE' THEN EXISTS (SELECT 1 FROM action_item WHERE id = $2 AND done_at IS NULL AND owner_id = $4)
         WHEN 'REVIEW_DUE' THEN EXISTS (
           SELECT 1 FROM review_assignment ra JOIN contribution c ON c.id = ra.contribution_id AND c.deleted_at IS NULL
            WHERE ra.prompt_id = $2 AND ra.reviewer_id = $4 AND ra.completed_at IS NULL)
         WHEN 'COACHING_FOLLOW_UP_OVERDUE' THEN EXISTS (
           SELECT 1 FROM coaching_conversation cc JOIN learning_goal g ON g.id = cc.goal_id
            WHERE cc.id = $2 AND cc.follow_up_done_at IS NULL AND (g.member_id = $4 OR g.coach_id = $4))
         WHEN 'PROMPT_OPENED' THEN EXISTS (SELECT 1 FROM prompt WHERE id = $2 AND published_at IS NOT NULL)
         ELSE false END AS due`,
      [kind, subjectId, organizationId, userId],
    );
    return row?.due === true;
  }
}
