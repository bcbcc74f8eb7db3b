import { Injectable } from '@nestjs/common';
import type { NotificationKind } from '@openhuddle/shared';
import { DataSource } from 'typeorm';
import { UnsubscribeTokenEntity } from './unsubscribe-token.entity';
import { VISIBLE_NOTIFICATION_SQL } from './notification.visibility';

/** What an email about one notification needs, read when it is sent. */
export interface NotificationForEmail {
  id: string;
  user_id: string;
  organization_id: string;
  organization_name: string;
  kind: NotificationKind;
  text: string;
  link: string;
  read_at: Date | null;
  email: string;
  display_name: string;
  time_zone: string;
}

export interface UnsubscribeTarget {
  user_id: string;
  organization_id: string;
  organization_name: string;
  /** DIGEST: a digest's link, which turns the digest cadences off. */
  kind: NotificationKind | 'DIGEST';
}

/** The notification email channel's access to the database. */
@Injectable()
export class NotificationEmailRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The notification as its reader may still see it — null once its subject is deleted, hidden
   * or no longer visible to them, or they left (PRODUCT rule 5: such content is never emailed).
   */
  async visibleForEmail(id: string): Promise<NotificationForEmail | null> {
    const rows: NotificationForEmail[] = await this.dataSource.query(
      `SELECT n.id, n.user_id, n.organization_id, o.name AS organization_name, n.kind, n.text, n.link, n.read_at,
              u.email, u.display_name, u.time_zone
         FROM notification n
         JOIN organization o ON o.id = n.organization_id
         JOIN "user" u ON u.id = n.user_id
        WHERE n.id = $1 AND ${VISIBLE_NOTIFICATION_SQL}`,
      [id],
    );
    return rows[0] ?? null;
  }

  async saveUnsubscribeToken(token: Omit<UnsubscribeTokenEntity, 'createdAt'>): Promise<void> {
    await this.dataSource.getRepository(UnsubscribeTokenEntity).insert(token);
  }

  async unsubscribeTarget(tokenHash: string): Promise<UnsubscribeTarget | null> {
    const rows: UnsubscribeTarget[] = await this.dataSource.query(
      `SELECT t.user_id, t.organization_id, o.name AS organization_name, t.kind
         FROM unsubscribe_token t JOIN organization o ON o.id = t.organization_id
        WHERE t.token_hash = $1`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }
}
