import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { AppConfig } from '../../config/app-config';
import type { MailMessageEntity } from './mail-message.entity';

/**
 * SMTP through nodemailer (the standard Node mail library: SMTP, TLS, pooling, RFC-correct MIME).
 * `null` transport means no SMTP is configured: messages stay in the outbox.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly transporter: Transporter | null;

  constructor(private readonly config: AppConfig) {
    this.transporter = config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : null;
  }

  get configured(): boolean {
    return this.transporter !== null;
  }

  async send(message: MailMessageEntity): Promise<void> {
    if (!this.transporter) throw new Error('SMTP is not configured');
    await this.transporter.sendMail({
      from: this.config.mailFrom,
      to: message.toAddress,
      subject: message.subject,
      text: message.text ?? '',
      html: message.html ?? undefined,
      headers: message.headers,
      attachments: message.attachments.map((a) => ({
        filename: a.filename,
        content: a.content,
        contentType: a.contentType,
      })),
    });
  }

  onApplicationShutdown(): void {
    this.transporter?.close();
  }
}
