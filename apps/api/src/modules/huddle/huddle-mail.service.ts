import { Injectable, Logger } from '@nestjs/common';
import { routes } from '@openhuddle/shared';
import { createElement } from 'react';
import { renderEmail } from '../../common/mail/email-layout';
import { MailCategory, Mailer } from '../../common/mail/mailer';
import { AppConfig } from '../../config/app-config';
import { CalendarService } from '../calendar/calendar.service';
import { HuddleCancelledEmail } from './emails/huddle-cancelled-email';
import { recurrence, seriesTitle, slot } from './emails/huddle-email-text';
import { HuddleInvitationEmail } from './emails/huddle-invitation-email';
import { HuddleMailRepository, type HuddleMailContext, type MailRecipient } from './huddle-mail.repository';
import type { HuddleEntity } from './huddle.entity';
import { HuddleRepository } from './huddle.repository';

/**
 * Huddle invitations, changes and cancellations by email, each with an iTIP `.ics` from the
 * calendar module (same UID and SEQUENCE as the feed). Called after the change committed; a
 * failure here is logged, never the mutation's: the huddle is scheduled whether or not mail works.
 */
@Injectable()
export class HuddleMailService {
  private readonly logger = new Logger('HuddleMail');

  constructor(
    private readonly mailer: Mailer,
    private readonly people: HuddleMailRepository,
    private readonly huddles: HuddleRepository,
    private readonly calendar: CalendarService,
    private readonly config: AppConfig,
  ) {}

  /** One invitation per member for a huddle or a whole series (meetings earliest first). */
  invited(meetings: HuddleEntity[], actorId: string): Promise<void> {
    return this.safely('invitation', meetings[0], async (first) => {
      const [prompts = []] = await this.huddles.promptsOf([first.id]);
      const linked = prompts
        .filter((p) => p.publishedAt)
        .map((p) => ({ title: p.title, url: this.url(routes.prompt(first.organizationId, p.id)) }));
      const title = meetings.length > 1 ? seriesTitle(first.title) : first.title;
      await this.each(first, actorId, async (r, ctx) => ({
        subject: `Huddle: ${title} — ${slot(first, r.timeZone)}`,
        element: createElement(HuddleInvitationEmail, {
          ...this.common(first, ctx),
          kind: 'invitation',
          title,
          when: slot(first, r.timeZone),
          recurrence: recurrence(meetings, r.timeZone),
          laterChanged: 0,
          joinUrl: first.joinUrl,
          prompts: linked,
        }),
        ics: this.ics(meetings, ctx, r, 'REQUEST'),
      }));
    });
  }

  /** One update per member for meetings whose calendar event changed (this one first). */
  changed(meetings: HuddleEntity[], actorId: string): Promise<void> {
    return this.safely('change', meetings[0], (first) =>
      this.each(first, actorId, async (r, ctx) => ({
        subject: `Changed: ${first.title} — now ${slot(first, r.timeZone)}`,
        element: createElement(HuddleInvitationEmail, {
          ...this.common(first, ctx),
          kind: 'change',
          title: first.title,
          when: slot(first, r.timeZone),
          recurrence: null,
          laterChanged: meetings.length - 1,
          joinUrl: first.joinUrl,
          prompts: [],
        }),
        ics: this.ics(meetings, ctx, r, 'REQUEST'),
      })),
    );
  }

  /** One cancellation per member for the meetings cancelled (this one first). */
  cancelled(meetings: HuddleEntity[], actorId: string): Promise<void> {
    return this.safely('cancellation', meetings[0], (first) =>
      this.each(first, actorId, async (r, ctx) => ({
        subject: `Cancelled: ${first.title} — ${slot(first, r.timeZone)}`,
        element: createElement(HuddleCancelledEmail, {
          ...this.common(first, ctx),
          title: first.title,
          when: slot(first, r.timeZone),
          laterCancelled: meetings.length - 1,
        }),
        ics: this.ics(meetings, ctx, r, 'CANCEL'),
      })),
    );
  }

  private common(h: HuddleEntity, ctx: HuddleMailContext) {
    return { ...ctx, huddleUrl: this.url(routes.huddle(h.organizationId, h.id)) };
  }

  private url(path: string): string {
    return `${this.config.publicUrl}${path}`;
  }

  private ics(meetings: HuddleEntity[], ctx: HuddleMailContext, r: MailRecipient, method: 'REQUEST' | 'CANCEL') {
    const from = /<([^>]+)>/.exec(this.config.mailFrom)?.[1] ?? this.config.mailFrom;
    return {
      method,
      content: this.calendar.schedulingMessage({
        huddles: meetings,
        cohortName: ctx.cohortName,
        method,
        organizer: { name: ctx.organizationName, email: from },
        attendee: { name: r.displayName, email: r.email },
      }),
    };
  }

  /** Renders and queues one message per member of the huddle's cohort but the person who acted. */
  private async each(
    h: HuddleEntity,
    actorId: string,
    compose: (
      r: MailRecipient,
      ctx: HuddleMailContext,
    ) => Promise<{
      subject: string;
      element: Parameters<typeof renderEmail>[0];
      ics: { method: string; content: string };
    }>,
  ): Promise<void> {
    const [ctx, recipients] = await Promise.all([
      this.people.contextOf(h.cohortId),
      this.people.cohortRecipients(h.cohortId, actorId),
    ]);
    for (const r of recipients) {
      const { subject, element, ics } = await compose(r, ctx);
      await this.mailer.send({
        to: r.email,
        subject,
        ...(await renderEmail(element)),
        category: MailCategory.HUDDLE,
        organizationId: h.organizationId,
        attachments: [
          {
            filename: ics.method === 'CANCEL' ? 'cancel.ics' : 'invite.ics',
            contentType: `text/calendar; charset=utf-8; method=${ics.method}`,
            content: ics.content,
          },
        ],
      });
    }
  }

  /** Runs a send, logging (never throwing) what goes wrong: the change it reports is already saved. */
  async safely(what: string, h: HuddleEntity | undefined, send: (h: HuddleEntity) => Promise<void>): Promise<void> {
    if (!h) return;
    try {
      await send(h);
    } catch (error) {
      this.logger.warn(
        { event: 'huddle-mail-failed', what, huddleId: h.id, error: String(error) },
        'huddle email not sent',
      );
    }
  }
}
