import { Injectable, Logger } from '@nestjs/common';

export interface OutgoingMessage {
  to: string;
  subject: string;
  text: string;
  /** The one link the message is about (invitation, password reset). */
  link?: string;
}

/**
 * Sends messages to people. Until email delivery is configured, messages are written to
 * the log (with their link), which is enough for development and for a first deploy.
 */
@Injectable()
export class Mailer {
  private readonly logger = new Logger('Mailer');

  async send(message: OutgoingMessage): Promise<void> {
    this.logger.log(
      { event: 'mail', to: message.to, subject: message.subject, link: message.link },
      'email delivery is not configured: message written to the log',
    );
  }
}
