import { Injectable, Logger } from '@nestjs/common';

export interface OutgoingMessage {
  to: string;
  subject: string;
  text: string;
  /** The one link the message is about (invitation, password reset). */
  link?: string;
}

/**
 * Sends messages to people. Until email delivery is configured, the log records only that a
 * message was queued: its text and link carry a secret (reset or invitation token), and logs
 * are read by more people and systems than the recipient (PRODUCT rule 7).
 */
@Injectable()
export class Mailer {
  private readonly logger = new Logger('Mailer');

  async send(message: OutgoingMessage): Promise<void> {
    this.logger.log({ event: 'mail', subject: message.subject }, 'message queued (email delivery is not configured)');
  }
}
