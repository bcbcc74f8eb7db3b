import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MailDelivery } from './mail-delivery';
import { MailCategory, MailStatus, type StoredAttachment } from './mail-message.entity';
import { MailRepository, type NewMailMessage } from './mail.repository';
import { MailTransport } from './mail-transport';

export { MailCategory } from './mail-message.entity';

export interface OutgoingMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  category: MailCategory;
  /** The organisation the message speaks for (its outbox lists it); none for account messages. */
  organizationId?: string | null;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
  attachments?: StoredAttachment[];
}

/**
 * Sends messages to people: stores each in the outbox, then delivers it over SMTP in the
 * background with retries. The log records only that a message was queued — its text may carry
 * a secret (reset, invitation or verification link), and logs are read by more people and
 * systems than the recipient (PRODUCT rule 7).
 */
@Injectable()
export class Mailer {
  private readonly logger = new Logger('Mailer');

  constructor(
    private readonly repository: MailRepository,
    private readonly delivery: MailDelivery,
    private readonly transport: MailTransport,
  ) {}

  async send(message: OutgoingMessage): Promise<void> {
    const id = await this.repository.insert(this.stored(message));
    this.logger.log(
      { event: 'mail', messageId: id, category: message.category },
      this.transport.configured ? 'message queued' : 'message kept in the outbox (SMTP_URL is not set)',
    );
    this.delivery.deliverSoon();
  }

  /**
   * Stores many messages in one statement inside the caller's transaction, so they are queued
   * exactly when the caller's own writes commit (digests: with their ledger). Call `deliverSoon`
   * after the commit.
   */
  async queueMany(em: EntityManager, messages: readonly OutgoingMessage[]): Promise<void> {
    await this.repository.insertMany(
      em,
      messages.map((m) => this.stored(m)),
    );
    if (messages.length)
      this.logger.log({ event: 'mail', count: messages.length, category: messages[0]!.category }, 'messages queued');
  }

  deliverSoon(): void {
    this.delivery.deliverSoon();
  }

  private stored(message: OutgoingMessage): NewMailMessage {
    return {
      organizationId: message.organizationId ?? null,
      category: message.category,
      toAddress: message.to.trim().toLowerCase(),
      subject: message.subject.slice(0, 300),
      text: message.text,
      html: message.html,
      headers: message.headers ?? {},
      attachments: message.attachments ?? [],
      status: this.transport.configured ? MailStatus.QUEUED : MailStatus.OUTBOX,
    };
  }
}
