import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { apiPaths, NotificationKind, routes } from '@openhuddle/shared';
import { createElement } from 'react';
import { hashToken, newToken } from '../../common/auth/tokens';
import { Jobs } from '../../common/jobs/jobs';
import { renderEmail } from '../../common/mail/email-layout';
import { MailCategory, Mailer } from '../../common/mail/mailer';
import { AppConfig } from '../../config/app-config';
import { EMAIL_HEADINGS, NotificationEmail } from './emails/notification-email';
import { NotificationEmailRepository } from './notification-email.repository';
import { type Delivery, type NotificationChannel, Notifier, type SentNotification } from './notifier';

/** Kinds whose email the huddle module sends itself, with the calendar update attached. */
const OWN_EMAIL: ReadonlySet<string> = new Set([
  NotificationKind.HUDDLE_RESCHEDULED,
  NotificationKind.HUDDLE_CANCELLED,
]);

/** One email per notification, keyed by its id: retried alone, never sent twice. */
export const NOTIFICATION_EMAIL_QUEUE = 'notification.email';

/**
 * Email for notifications whose person chose "immediately": queued as a job when the notification
 * is stored (after quiet hours when they are in them), composed when the job runs — so what was
 * deleted, hidden or read in the app meanwhile is not emailed (PRODUCT rule 5; Discourse does the
 * same with what was read). Digests read the notification table on their own schedule.
 */
@Injectable()
export class NotificationEmailChannel implements NotificationChannel, OnModuleInit {
  private readonly logger = new Logger('NotificationEmail');

  constructor(
    private readonly notifier: Notifier,
    private readonly jobs: Jobs,
    private readonly repository: NotificationEmailRepository,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.notifier.addChannel(this);
    this.jobs.register<{ notificationId: string }>(NOTIFICATION_EMAIL_QUEUE, (job) => this.send(job.notificationId), {
      batchSize: 20,
      retryLimit: 5,
    });
  }

  async deliver(notification: SentNotification, delivery: Delivery): Promise<void> {
    if (delivery.email !== 'NOW' && delivery.email !== 'DEFERRED_UNTIL') return;
    if (OWN_EMAIL.has(notification.kind)) return;
    if (!this.jobs.running) {
      // A process without jobs (tests, a CLI) sends right away; quiet hours need the queue.
      if (delivery.email === 'NOW') await this.send(notification.id);
      return;
    }
    await this.jobs.send(
      NOTIFICATION_EMAIL_QUEUE,
      { notificationId: notification.id },
      { key: `notification-email:${notification.id}`, startAfter: delivery.deferredUntil },
    );
  }

  /** Composes and queues the email, unless the notification was read or its subject is gone. */
  async send(notificationId: string): Promise<void> {
    const n = await this.repository.visibleForEmail(notificationId);
    if (!n || n.read_at) return;
    const token = newToken();
    await this.repository.saveUnsubscribeToken({
      tokenHash: hashToken(token),
      userId: n.user_id,
      organizationId: n.organization_id,
      kind: n.kind,
    });
    const base = this.config.publicUrl;
    const unsubscribeUrl = `${base}${routes.unsubscribe(token)}`;
    const rendered = await renderEmail(
      createElement(NotificationEmail, {
        kind: n.kind,
        displayName: n.display_name,
        organizationName: n.organization_name,
        text: n.text,
        url: `${base}${n.link}`,
        preferencesUrl: `${base}${routes.notificationPreferences(n.organization_id)}`,
        unsubscribeUrl,
      }),
    );
    await this.mailer.send({
      to: n.email,
      subject: `${EMAIL_HEADINGS[n.kind]} · ${n.organization_name}`,
      ...rendered,
      category: MailCategory.NOTIFICATION,
      organizationId: n.organization_id,
      headers: {
        // RFC 8058 one-click: mail clients POST to this address; a GET changes nothing.
        'List-Unsubscribe': `<${base}${apiPaths.unsubscribe(token)}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    });
    this.logger.debug({ notificationId }, 'notification emailed');
  }
}
