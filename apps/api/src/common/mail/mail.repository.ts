import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CURSOR_TIMESTAMP_SQL, type KeysetCursor } from '../pagination/keyset-cursor';
import { MailMessageEntity, MailStatus, type MailCategory, type StoredAttachment } from './mail-message.entity';

export interface NewMailMessage {
  organizationId: string | null;
  category: MailCategory;
  toAddress: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  attachments: StoredAttachment[];
  status: MailStatus.QUEUED | MailStatus.OUTBOX;
}

export interface OutboxRow {
  id: string;
  category: MailCategory;
  toAddress: string;
  subject: string;
  /** Kept only while the message is in the outbox or not yet delivered. */
  text: string | null;
  status: MailStatus;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
  cursorAt: string;
}

/** The mail layer's only access to the database. */
@Injectable()
export class MailRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(message: NewMailMessage): Promise<string> {
    const saved = await this.dataSource.getRepository(MailMessageEntity).save(message);
    return saved.id;
  }

  /** Many messages in one statement, inside the caller's transaction (a digest batch and its ledger). */
  async insertMany(em: EntityManager, messages: readonly NewMailMessage[]): Promise<void> {
    if (messages.length) await em.getRepository(MailMessageEntity).insert([...messages]);
  }

  /**
   * Claims up to `limit` queued messages whose attempt is due, for one delivery pass: the claim
   * pushes their next attempt out, so another process (or a pass after a crash) takes them only
   * once that lease has run out — a message is tried again, never lost.
   */
  claimDue(now: Date, limit: number, leaseSeconds: number): Promise<MailMessageEntity[]> {
    return this.dataSource.transaction(async (em) => {
      const ids: Array<{ id: string }> = await em.query(
        `SELECT id FROM mail_message
          WHERE status = 'QUEUED' AND next_attempt_at <= $1
          ORDER BY next_attempt_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [now, limit],
      );
      if (!ids.length) return [];
      await em.query(
        `UPDATE mail_message SET next_attempt_at = $1::timestamptz + make_interval(secs => $2) WHERE id = ANY($3)`,
        [now, leaseSeconds, ids.map((r) => r.id)],
      );
      return em.getRepository(MailMessageEntity).findBy(ids.map((r) => ({ id: r.id })));
    });
  }

  /** SMTP took it: the bodies (which may hold one-time links) are not kept. */
  async markSent(id: string, now: Date): Promise<void> {
    await this.dataSource
      .getRepository(MailMessageEntity)
      .update(
        { id },
        { status: MailStatus.SENT, sentAt: now, text: null, html: null, attachments: [], lastError: null },
      );
  }

  async markAttemptFailed(id: string, error: string, retryAt: Date | null): Promise<void> {
    await this.dataSource.getRepository(MailMessageEntity).update(
      { id },
      {
        status: retryAt ? MailStatus.QUEUED : MailStatus.FAILED,
        nextAttemptAt: retryAt ?? undefined,
        attempts: () => 'attempts + 1',
        lastError: error.slice(0, 500),
      },
    );
  }

  /**
   * An organisation's outbox, newest first, keyset-paged on (created_at, id): the messages sent in
   * its name and — only while no SMTP server is configured, when this outbox is the delivery — the
   * account messages (confirmation, reset) to its members and invitees, so a demo can be used.
   */
  async outbox(organizationId: string, limit: number, after: KeysetCursor | null): Promise<OutboxRow[]> {
    return this.dataSource.query(
      `SELECT m.id, m.category, m.to_address AS "toAddress", m.subject, m.text, m.status, m.attempts,
              m.last_error AS "lastError", m.created_at AS "createdAt", m.sent_at AS "sentAt",
              ${CURSOR_TIMESTAMP_SQL('m.created_at')} AS "cursorAt"
         FROM mail_message m
        WHERE (m.organization_id = $1
               OR (m.organization_id IS NULL AND m.status = 'OUTBOX' AND m.to_address IN (
                     SELECT u.email FROM membership ms JOIN "user" u ON u.id = ms.user_id WHERE ms.organization_id = $1
                     UNION SELECT i.email FROM invitation i WHERE i.organization_id = $1 AND i.revoked_at IS NULL)))
          AND ($2::timestamptz IS NULL OR (m.created_at, m.id) < ($2::timestamptz, $3::uuid))
        ORDER BY m.created_at DESC, m.id DESC
        LIMIT $4`,
      [organizationId, after?.createdAt ?? null, after?.id ?? null, limit],
    );
  }

  findById(id: string): Promise<MailMessageEntity | null> {
    return this.dataSource.getRepository(MailMessageEntity).findOneBy({ id });
  }
}
