import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { NotificationEntity } from './notification.entity';

export interface NewNotification {
  organizationId: string;
  userId: string;
  kind: string;
  text: string;
  link: string;
  /** Same key, same notification: sending twice is harmless. */
  dedupeKey: string;
}

/** A huddle's nudge due for one member who has not posted (see NudgeService). */
export interface DueNudgeRow {
  huddle_id: string;
  title: string;
  organization_id: string;
  hours: number;
  user_id: string;
  prompts: string;
}

/** The notification module's only access to the database. */
@Injectable()
export class NotificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  latestFor(organizationId: string, userId: string, take: number): Promise<NotificationEntity[]> {
    return this.dataSource
      .getRepository(NotificationEntity)
      .find({ where: { organizationId, userId }, order: { createdAt: 'DESC' }, take });
  }

  unreadCount(organizationId: string, userId: string): Promise<number> {
    return this.dataSource.getRepository(NotificationEntity).countBy({ organizationId, userId, readAt: IsNull() });
  }

  async markAllRead(organizationId: string, userId: string): Promise<void> {
    await this.dataSource
      .getRepository(NotificationEntity)
      .update({ organizationId, userId, readAt: IsNull() }, { readAt: new Date() });
  }

  /** Stores the notifications not sent before (same dedupe key, same notification); returns their keys. */
  async insertNew(notifications: NewNotification[]): Promise<Set<string>> {
    const result = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values(notifications)
      .orIgnore()
      .returning('*')
      .execute();
    return new Set((result.raw as Array<{ dedupe_key: string }>).map((r) => r.dedupe_key));
  }

  /**
   * Hands `send` the nudges due at `now`, inside a transaction holding an advisory lock so several
   * API processes do not nudge twice; returns null (and sends nothing) when another holds it.
   * Each huddle is due at the nearest of its own reminder times that has been reached, so an
   * earlier one it passed (API down, or scheduled late) is not sent late.
   */
  withDueNudges<T>(now: Date, maxHours: number, send: (rows: DueNudgeRow[]) => Promise<T>): Promise<T | null> {
    return this.dataSource.transaction(async (em) => {
      const [{ locked }] = await em.query(`SELECT pg_try_advisory_xact_lock(hashtext('openhuddle:nudges')) AS locked`);
      if (!locked) return null;
      const rows: DueNudgeRow[] = await em.query(
        `SELECT h.id AS huddle_id, h.title, h.organization_id, due.hours, cm.user_id,
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
            AND NOT EXISTS (SELECT 1 FROM contribution c
                             WHERE c.prompt_id = p.id AND c.author_id = cm.user_id AND c.status = 'PUBLISHED' AND c.deleted_at IS NULL)
          GROUP BY h.id, h.title, h.organization_id, due.hours, cm.user_id`,
        [now, maxHours],
      );
      return send(rows);
    });
  }
}
