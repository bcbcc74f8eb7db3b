import { Injectable } from '@nestjs/common';
import { NudgeAudience } from '@openhuddle/shared';
import { DataSource, type EntityManager } from 'typeorm';

/** One member a nudge would reach, with when they were last reminded about this prompt. */
export interface NudgeTargetRow {
  user_id: string;
  display_name: string;
  last_reminded_at: Date | null;
  /** Already reminded about this prompt today (their day, in their time zone): skipped. */
  reminded_today: boolean;
  /** Open reviews owed on the prompt (0 for NOT_POSTED). */
  owed: number;
}

export interface NudgeRecord {
  organizationId: string;
  promptId: string;
  userIds: string[];
  sentById: string;
  audience: NudgeAudience;
  sentAt: Date;
}

/** The recipient's calendar day at `$2`, in their profile time zone. */
const RECIPIENT_DAY = `(($2::timestamptz) AT TIME ZONE u.time_zone)::date`;

/** Open review assignments of the member on contributions that are still there (not deleted, not hidden). */
const OWED = `(SELECT count(*)::int FROM review_assignment ra
    JOIN contribution c ON c.id = ra.contribution_id
     AND c.status = 'PUBLISHED' AND c.deleted_at IS NULL AND c.hidden_at IS NULL
   WHERE ra.prompt_id = p.id AND ra.reviewer_id = cm.user_id AND ra.completed_at IS NULL)`;

const NOT_POSTED = `NOT EXISTS (SELECT 1 FROM contribution c
   WHERE c.prompt_id = p.id AND c.author_id = cm.user_id AND c.status = 'PUBLISHED' AND c.deleted_at IS NULL)`;

/** The nudge module's only access to the database. */
@Injectable()
export class NudgeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The cohort's members (not observers, not facilitators, still in the organization) the audience
   * names for the prompt, by name: one statement, whatever the cohort's size.
   */
  targets(promptId: string, audience: NudgeAudience, now: Date, em?: EntityManager): Promise<NudgeTargetRow[]> {
    const condition = audience === NudgeAudience.NOT_POSTED ? NOT_POSTED : `${OWED} > 0`;
    return (em ?? this.dataSource.manager).query(
      `SELECT u.id AS user_id, u.display_name, last.sent_at AS last_reminded_at,
              coalesce(last.day = ${RECIPIENT_DAY}, false) AS reminded_today,
              ${audience === NudgeAudience.OWES_REVIEWS ? OWED : '0'} AS owed
         FROM prompt p
         JOIN cohort_member cm ON cm.cohort_id = p.cohort_id AND cm.role = 'MEMBER'
         JOIN membership m ON m.organization_id = p.organization_id AND m.user_id = cm.user_id
         JOIN "user" u ON u.id = cm.user_id
         LEFT JOIN LATERAL (
           SELECT ns.sent_at, ns.day FROM nudge_sent ns
            WHERE ns.organization_id = p.organization_id AND ns.prompt_id = p.id AND ns.user_id = cm.user_id
            ORDER BY ns.sent_at DESC LIMIT 1) last ON true
        WHERE p.id = $1 AND ${condition}
        ORDER BY lower(u.display_name), u.id`,
      [promptId, now],
    );
  }

  /**
   * Records the nudge for each person not yet reminded about the prompt on their today; returns
   * those recorded, with the day (the others were reminded today already, perhaps by a send running alongside).
   */
  async record(r: NudgeRecord, em: EntityManager): Promise<Array<{ userId: string; day: string }>> {
    if (!r.userIds.length) return [];
    const rows: Array<{ user_id: string; day: string }> = await em.query(
      `INSERT INTO nudge_sent (organization_id, prompt_id, user_id, sent_by_id, audience, sent_at, day)
       SELECT $3, $4, u.id, $5, $6, $2, ${RECIPIENT_DAY}
         FROM "user" u WHERE u.id = ANY($1::uuid[])
       ON CONFLICT (organization_id, prompt_id, user_id, day) DO NOTHING
       RETURNING user_id, day::text AS day`,
      [r.userIds, r.sentAt, r.organizationId, r.promptId, r.sentById, r.audience],
    );
    return rows.map((row) => ({ userId: row.user_id, day: row.day }));
  }

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
