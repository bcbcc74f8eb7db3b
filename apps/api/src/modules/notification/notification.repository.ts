import { Injectable } from '@nestjs/common';
import {
  type EmailCadence,
  NOTIFICATION_LIMITS,
  type NotificationKind,
  type NotificationSubjectType,
} from '@openhuddle/shared';
import { DataSource } from 'typeorm';
import { VISIBLE_NOTIFICATION_SQL } from './notification.visibility';

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const LISTED = `FROM notification n LEFT JOIN cohort co ON co.id = n.cohort_id
  WHERE n.organization_id = $1 AND n.user_id = $2 AND n.in_app AND ${VISIBLE_NOTIFICATION_SQL}`;
const COLUMNS = `n.id, n.organization_id, n.kind, n.text, n.link, n.created_at, n.read_at, n.cohort_id, co.name AS cohort_name`;

export interface NewNotification {
  organizationId: string;
  userId: string;
  kind: NotificationKind | `${NotificationKind}`;
  /** Clipped to the column (NOTIFICATION_LIMITS.textMax) when stored: a long quote never fails the insert. */
  text: string;
  link: string;
  /** Same key, same notification: sending twice is harmless. */
  dedupeKey: string;
  cohortId?: string | null;
  /** What it is about, checked again at every read (notification.visibility.ts). */
  subjectType?: NotificationSubjectType | null;
  subjectId?: string | null;
}

/** A stored notification as its reader may list it (its subject was visible when read). */
export interface NotificationRow {
  id: string;
  organization_id: string;
  kind: NotificationKind;
  text: string;
  link: string;
  created_at: Date;
  read_at: Date | null;
  cohort_id: string | null;
  cohort_name: string | null;
}

/** A notification stored now, with what its recipient chose (for the channels' delivery decision). */
export interface StoredNotification {
  notification: NewNotification;
  id: string;
  facts: {
    time_zone: string;
    chosen_in_app: boolean | null;
    email: EmailCadence | null;
    quiet_start_minute: number | null;
    quiet_end_minute: number | null;
    muted: boolean;
  };
}

export interface NotificationPageQuery {
  organizationId: string;
  userId: string;
  unreadOnly: boolean;
  /** The id of the last notification of the previous page. */
  after: string | null;
  take: number;
}

/** The notification module's only access to the database. */
@Injectable()
export class NotificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** One page, newest first, of what the reader may still see: one statement, whatever the number of notifications. */
  page(q: NotificationPageQuery): Promise<NotificationRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} ${LISTED}
          AND (NOT $3 OR n.read_at IS NULL)
          AND ($4::uuid IS NULL OR (n.created_at, n.id) < (SELECT a.created_at, a.id FROM notification a WHERE a.id = $4))
        ORDER BY n.created_at DESC, n.id DESC LIMIT $5`,
      [q.organizationId, q.userId, q.unreadOnly, q.after, q.take],
    );
  }

  /** One notification, if its reader may still see it (real-time deliveries are checked again with this). */
  async visibleOne(organizationId: string, userId: string, id: string): Promise<NotificationRow | null> {
    const rows: NotificationRow[] = await this.dataSource.query(`SELECT ${COLUMNS} ${LISTED} AND n.id = $3`, [
      organizationId,
      userId,
      id,
    ]);
    return rows[0] ?? null;
  }

  /** Unread notifications the reader may still see (the bell's badge): the same visibility as the list. */
  async unreadCount(organizationId: string, userId: string): Promise<number> {
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n ${LISTED} AND n.read_at IS NULL`, [
      organizationId,
      userId,
    ]);
    return n as number;
  }

  async markAllRead(organizationId: string, userId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification SET read_at = now() WHERE organization_id = $1 AND user_id = $2 AND read_at IS NULL`,
      [organizationId, userId],
    );
  }

  /** Marks one of the reader's own notifications read; null when it is not theirs (or does not exist). */
  async markRead(userId: string, id: string): Promise<{ organizationId: string } | null> {
    const [rows] = await this.dataSource.query(
      `UPDATE notification SET read_at = COALESCE(read_at, now()) WHERE id = $1 AND user_id = $2 RETURNING organization_id`,
      [id, userId],
    );
    const row = (rows as Array<{ organization_id: string }>)[0];
    return row ? { organizationId: row.organization_id } : null;
  }

  /**
   * In one statement, whatever the number of recipients: reads each recipient's preferences for
   * the notification's kind, stores what is wanted (not from a muted cohort; listed only when the
   * kind is on in-app) and not sent before (same dedupe key, same notification), and returns the
   * facts channels decide delivery from, with the id of each notification stored now.
   */
  async store(notifications: readonly NewNotification[]): Promise<StoredNotification[]> {
    const input = notifications.map((n) => ({
      organization_id: n.organizationId,
      user_id: n.userId,
      kind: n.kind,
      text: clip(n.text, NOTIFICATION_LIMITS.textMax),
      link: clip(n.link, NOTIFICATION_LIMITS.linkMax),
      dedupe_key: n.dedupeKey,
      cohort_id: n.cohortId ?? null,
      subject_type: n.subjectType ?? null,
      subject_id: n.subjectId ?? null,
    }));
    const rows: Array<{ dedupe_key: string; id: string | null } & StoredNotification['facts']> =
      await this.dataSource.query(
        `WITH input AS (
           SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(organization_id uuid, user_id uuid, kind varchar,
             text varchar, link varchar, dedupe_key varchar, cohort_id uuid, subject_type varchar, subject_id uuid)
         ), facts AS (
           SELECT i.*, u.time_zone, np.in_app AS chosen_in_app, np.email, ns.quiet_start_minute, ns.quiet_end_minute,
                  (i.cohort_id IS NOT NULL AND EXISTS (
                    SELECT 1 FROM notification_cohort_mute m
                     WHERE m.organization_id = i.organization_id AND m.user_id = i.user_id AND m.cohort_id = i.cohort_id)) AS muted
             FROM input i JOIN "user" u ON u.id = i.user_id
             LEFT JOIN notification_preference np
               ON np.organization_id = i.organization_id AND np.user_id = i.user_id AND np.kind = i.kind
             LEFT JOIN notification_settings ns ON ns.organization_id = i.organization_id AND ns.user_id = i.user_id
         ), stored AS (
           INSERT INTO notification (organization_id, user_id, kind, text, link, dedupe_key, cohort_id, subject_type, subject_id, in_app)
           SELECT organization_id, user_id, kind, text, link, dedupe_key, cohort_id, subject_type, subject_id,
                  COALESCE(chosen_in_app, true)
             FROM facts
            WHERE NOT muted AND (COALESCE(chosen_in_app, true) OR COALESCE(email, '') <> 'OFF')
           ON CONFLICT DO NOTHING
           RETURNING id, dedupe_key
         )
         SELECT f.dedupe_key, s.id, f.time_zone, f.chosen_in_app, f.email, f.quiet_start_minute, f.quiet_end_minute, f.muted
           FROM facts f LEFT JOIN stored s ON s.dedupe_key = f.dedupe_key`,
        [JSON.stringify(input)],
      );
    const byKey = new Map(rows.map((r) => [r.dedupe_key, r]));
    return notifications.flatMap((n, i) => {
      const row = byKey.get(n.dedupeKey);
      if (!row?.id) return [];
      const { id, time_zone, chosen_in_app, email, quiet_start_minute, quiet_end_minute, muted } = row;
      const facts = { time_zone, chosen_in_app, email, quiet_start_minute, quiet_end_minute, muted };
      return [{ notification: { ...n, text: input[i]!.text, link: input[i]!.link }, id, facts }];
    });
  }
}
