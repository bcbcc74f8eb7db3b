import { Injectable } from '@nestjs/common';
import { defaultEmailCadence, NotificationKind } from '@openhuddle/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { VISIBLE_NOTIFICATION_SQL } from './notification.visibility';

export type DigestCadence = 'DAILY_DIGEST' | 'WEEKLY_DIGEST';

/** One digest to compose: a person, an organisation, a cadence and its period (the job's key). */
export interface DigestRecipient {
  userId: string;
  organizationId: string;
  cadence: DigestCadence;
  /** First local day of the period (YYYY-MM-DD in the person's zone). */
  periodKey: string;
  /** Notifications after this instant (the last digest's) are new. */
  since: string;
  email: string;
  displayName: string;
  timeZone: string;
  organizationName: string;
}

export interface DigestNotificationRow {
  user_id: string;
  organization_id: string;
  cadence: DigestCadence;
  kind: NotificationKind;
  text: string;
  link: string;
  cohort_id: string | null;
  cohort_name: string | null;
  created_at: Date;
  /** How many qualified for this digest in all (rows beyond the cap are not returned). */
  total: number;
}

export interface DigestOwedRow {
  user_id: string;
  organization_id: string;
  what: 'REVIEW' | 'POST';
  prompt_id: string;
  prompt_title: string;
  cohort_name: string;
  owed: number;
  due_at: Date | null;
}

export interface DigestComingRow {
  user_id: string;
  organization_id: string;
  huddle_id: string;
  title: string;
  cohort_name: string;
  starts_at: Date;
}

export interface DigestUnsubscribeToken {
  tokenHash: string;
  userId: string;
  organizationId: string;
}

/** Items per digest and section; the email says how many more there are. */
export const DIGEST_ITEM_CAP = 30;

const KINDS = Object.values(NotificationKind);
const DEFAULTS = KINDS.map((k) => defaultEmailCadence(k));

/** The batch as a relation `r` (user_id, organization_id, cadence, since), from four parallel arrays. */
const RECIPIENTS = `unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::timestamptz[]) AS r(user_id, organization_id, cadence, since)`;
const recipientParams = (batch: readonly DigestRecipient[]) => [
  batch.map((r) => r.userId),
  batch.map((r) => r.organizationId),
  batch.map((r) => r.cadence),
  batch.map((r) => r.since),
];

/** The person still belongs to the organisation and did not mute the cohort `cohort` (rule 1, mutes). */
const REACHABLE = (cohort: string) => `
  EXISTS (SELECT 1 FROM membership rm WHERE rm.organization_id = r.organization_id AND rm.user_id = r.user_id)
  AND NOT EXISTS (SELECT 1 FROM notification_cohort_mute mu
                   WHERE mu.organization_id = r.organization_id AND mu.user_id = r.user_id AND mu.cohort_id = ${cohort})`;

/**
 * The digests' SQL. Each section is one statement for a whole batch of recipients (their ids as
 * arrays), so a digest costs the same number of statements whether it holds one item or fifty.
 */
@Injectable()
export class DigestRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Everyone whose digest of a cadence is due at `now` and not handled yet: daily from 07:00 in
   * their time zone, weekly from Monday 07:00; a person gets a cadence when some kind (their
   * choice, else its default) goes to it. A period missed (the API was down) is sent late, once.
   */
  due(now: Date): Promise<DigestRecipient[]> {
    return this.dataSource.query(
      `SELECT * FROM (
         SELECT m.user_id AS "userId", m.organization_id AS "organizationId", cad.cadence,
                to_char(CASE cad.cadence WHEN 'DAILY_DIGEST' THEN date_trunc('day', l.local) ELSE date_trunc('week', l.local) END,
                        'YYYY-MM-DD') AS "periodKey",
                coalesce(d.covered_until,
                         $1::timestamptz - CASE cad.cadence WHEN 'DAILY_DIGEST' THEN interval '1 day' ELSE interval '7 days' END
                        ) AS since,
                d.period_key AS last_key,
                u.email, u.display_name AS "displayName", u.time_zone AS "timeZone", o.name AS "organizationName",
                l.local >= CASE cad.cadence WHEN 'DAILY_DIGEST' THEN date_trunc('day', l.local) ELSE date_trunc('week', l.local) END
                           + interval '7 hours' AS reached
           FROM membership m
           JOIN "user" u ON u.id = m.user_id
           JOIN organization o ON o.id = m.organization_id
           CROSS JOIN LATERAL (SELECT $1::timestamptz AT TIME ZONE u.time_zone AS local) l
           CROSS JOIN (VALUES ('DAILY_DIGEST'), ('WEEKLY_DIGEST')) AS cad(cadence)
           LEFT JOIN notification_digest d
             ON d.organization_id = m.organization_id AND d.user_id = m.user_id AND d.cadence = cad.cadence
          WHERE EXISTS (
            SELECT 1 FROM unnest($2::varchar[], $3::varchar[]) AS k(kind, cadence)
              LEFT JOIN notification_preference np
                ON np.organization_id = m.organization_id AND np.user_id = m.user_id AND np.kind = k.kind
             WHERE coalesce(np.email, k.cadence) = cad.cadence)
       ) due
       WHERE reached AND (last_key IS NULL OR last_key < "periodKey")
       ORDER BY "organizationId", "userId", cadence`,
      [now, KINDS, DEFAULTS],
    );
  }

  /**
   * The batch's unread notifications since each one's last digest, of kinds whose cadence (chosen,
   * else default) is that digest's, that the person may still see (VISIBLE_NOTIFICATION_SQL:
   * deleted, hidden, unrevealed subjects and cohorts left are gone), newest first, capped per digest.
   */
  notifications(batch: readonly DigestRecipient[], now: Date, em?: EntityManager): Promise<DigestNotificationRow[]> {
    return (em ?? this.dataSource).query(
      `SELECT * FROM (
         SELECT r.user_id, r.organization_id, r.cadence, n.kind, n.text, n.link, n.cohort_id, c.name AS cohort_name,
                n.created_at,
                row_number() OVER w AS position, count(*) OVER (PARTITION BY r.user_id, r.organization_id, r.cadence)::int AS total
           FROM ${RECIPIENTS}
           JOIN notification n ON n.organization_id = r.organization_id AND n.user_id = r.user_id
                              AND n.created_at > r.since AND n.created_at <= $5
           JOIN unnest($6::varchar[], $7::varchar[]) AS k(kind, cadence) ON k.kind = n.kind
           LEFT JOIN notification_preference np
             ON np.organization_id = n.organization_id AND np.user_id = n.user_id AND np.kind = n.kind
           LEFT JOIN cohort c ON c.id = n.cohort_id
          WHERE n.read_at IS NULL AND coalesce(np.email, k.cadence) = r.cadence
            AND (n.cohort_id IS NULL OR ${REACHABLE('n.cohort_id')})
            AND ${VISIBLE_NOTIFICATION_SQL}
         WINDOW w AS (PARTITION BY r.user_id, r.organization_id, r.cadence ORDER BY n.created_at DESC, n.id DESC)
       ) ranked
       WHERE position <= $8
       ORDER BY user_id, organization_id, cadence, cohort_name NULLS LAST, created_at DESC`,
      [...recipientParams(batch), now, KINDS, DEFAULTS, DIGEST_ITEM_CAP],
    );
  }

  /**
   * What each person owes, per prompt: open reviews on contributions that still exist (not deleted
   * or hidden), and open prompts of cohorts they are a MEMBER of that they have not posted to.
   */
  owed(batch: readonly DigestRecipient[], now: Date, em?: EntityManager): Promise<DigestOwedRow[]> {
    return (em ?? this.dataSource).query(
      `WITH r AS (SELECT DISTINCT user_id, organization_id FROM ${RECIPIENTS})
       SELECT r.user_id, r.organization_id, 'REVIEW' AS what, p.id AS prompt_id, p.title AS prompt_title,
              co.name AS cohort_name, count(*)::int AS owed, min(coalesce(ra.due_at, p.due_at, p.closes_at)) AS due_at
         FROM r
         JOIN review_assignment ra ON ra.organization_id = r.organization_id AND ra.reviewer_id = r.user_id
         JOIN contribution c ON c.id = ra.contribution_id
                            AND c.status = 'PUBLISHED' AND c.deleted_at IS NULL AND c.hidden_at IS NULL
         JOIN prompt p ON p.id = ra.prompt_id
         JOIN cohort co ON co.id = p.cohort_id
         JOIN cohort_member cm ON cm.cohort_id = p.cohort_id AND cm.user_id = r.user_id
        WHERE ra.completed_at IS NULL AND ${REACHABLE('p.cohort_id')}
        GROUP BY r.user_id, r.organization_id, p.id, p.title, co.name
       UNION ALL
       SELECT r.user_id, r.organization_id, 'POST', p.id, p.title, co.name, 1, coalesce(p.due_at, p.closes_at)
         FROM r
         JOIN cohort_member cm ON cm.organization_id = r.organization_id AND cm.user_id = r.user_id AND cm.role = 'MEMBER'
         JOIN prompt p ON p.cohort_id = cm.cohort_id AND p.published_at IS NOT NULL
                      AND p.opens_at <= $5 AND (p.closes_at IS NULL OR p.closes_at > $5)
         JOIN cohort co ON co.id = p.cohort_id
        WHERE ${REACHABLE('p.cohort_id')}
          AND NOT EXISTS (SELECT 1 FROM contribution mine
                           WHERE mine.prompt_id = p.id AND mine.author_id = r.user_id
                             AND mine.status = 'PUBLISHED' AND mine.deleted_at IS NULL)
        ORDER BY 1, 2, 8 NULLS LAST, 5`,
      [...recipientParams(batch), now],
    );
  }

  /** Scheduled huddles of each person's cohorts in the next 7 days, soonest first. */
  coming(batch: readonly DigestRecipient[], now: Date, em?: EntityManager): Promise<DigestComingRow[]> {
    return (em ?? this.dataSource).query(
      `WITH r AS (SELECT DISTINCT user_id, organization_id FROM ${RECIPIENTS})
       SELECT r.user_id, r.organization_id, h.id AS huddle_id, h.title, co.name AS cohort_name, h.starts_at
         FROM r
         JOIN cohort_member cm ON cm.organization_id = r.organization_id AND cm.user_id = r.user_id
         JOIN huddle h ON h.cohort_id = cm.cohort_id AND h.status = 'SCHEDULED'
                      AND h.starts_at > $5 AND h.starts_at <= $5::timestamptz + interval '7 days'
         JOIN cohort co ON co.id = h.cohort_id
        WHERE ${REACHABLE('h.cohort_id')}
        ORDER BY r.user_id, r.organization_id, h.starts_at, h.id`,
      [...recipientParams(batch), now],
    );
  }

  /**
   * Moves each recipient's ledger row to its period, unless that period (or a later one) is
   * recorded already; returns the ones this call claimed. Rows locked by a concurrent claim are
   * waited for and then found taken, so two processes never both claim a digest.
   */
  async claim(em: EntityManager, batch: readonly DigestRecipient[], sent: ReadonlySet<string>, now: Date) {
    const rows: Array<{ user_id: string; organization_id: string; cadence: DigestCadence }> = await em.query(
      `INSERT INTO notification_digest AS d (organization_id, user_id, cadence, period_key, covered_until, sent_at)
       SELECT b.organization_id, b.user_id, b.cadence, b.period_key, $6, CASE WHEN b.sent THEN $6::timestamptz END
         FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::varchar[], $5::boolean[])
              AS b(user_id, organization_id, cadence, period_key, sent)
       ON CONFLICT (organization_id, user_id, cadence) DO UPDATE
          SET period_key = EXCLUDED.period_key, covered_until = EXCLUDED.covered_until,
              sent_at = coalesce(EXCLUDED.sent_at, d.sent_at)
        WHERE d.period_key < EXCLUDED.period_key
       RETURNING user_id, organization_id, cadence`,
      [
        batch.map((r) => r.userId),
        batch.map((r) => r.organizationId),
        batch.map((r) => r.cadence),
        batch.map((r) => r.periodKey),
        batch.map((r) => sent.has(digestKey(r))),
        now,
      ],
    );
    return new Set(rows.map((r) => `${r.user_id}:${r.organization_id}:${r.cadence}`));
  }

  async saveUnsubscribeTokens(em: EntityManager, tokens: readonly DigestUnsubscribeToken[]): Promise<void> {
    if (!tokens.length) return;
    await em.query(
      `INSERT INTO unsubscribe_token (token_hash, user_id, organization_id, kind)
       SELECT t.hash, t.user_id, t.organization_id, 'DIGEST' FROM unnest($1::char(64)[], $2::uuid[], $3::uuid[])
           AS t(hash, user_id, organization_id)`,
      [tokens.map((t) => t.tokenHash), tokens.map((t) => t.userId), tokens.map((t) => t.organizationId)],
    );
  }

  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(fn);
  }
}

/** Who and which cadence: the digest's identity within a period. */
export const digestKey = (r: Pick<DigestRecipient, 'userId' | 'organizationId' | 'cadence'>) =>
  `${r.userId}:${r.organizationId}:${r.cadence}`;
