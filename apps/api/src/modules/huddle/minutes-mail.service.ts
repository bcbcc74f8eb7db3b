import { Injectable } from '@nestjs/common';
import { routes } from '@openhuddle/shared';
import { createElement } from 'react';
import { renderEmail } from '../../common/mail/email-layout';
import { MailCategory, Mailer } from '../../common/mail/mailer';
import { AppConfig } from '../../config/app-config';
import { ActionItemRepository } from './action-item.repository';
import { AgendaRepository } from './agenda.repository';
import { dueDate } from './emails/huddle-email-text';
import { HuddleMinutesEmail } from './emails/huddle-minutes-email';
import { HuddleMailRepository } from './huddle-mail.repository';
import { HuddleMailService } from './huddle-mail.service';
import type { HuddleEntity } from './huddle.entity';
import { formatWallTime } from './zoned-time';

/** After a huddle ends: each member and attendee gets its decisions and their own action items. */
@Injectable()
export class MinutesMailService {
  constructor(
    private readonly mailer: Mailer,
    private readonly people: HuddleMailRepository,
    private readonly agenda: AgendaRepository,
    private readonly actionItems: ActionItemRepository,
    private readonly huddleMail: HuddleMailService,
    private readonly config: AppConfig,
  ) {}

  /** Sent by whoever ended it to everyone else; failures are logged, the huddle stays ended. */
  minutesPosted(huddle: HuddleEntity, actorId: string): Promise<void> {
    return this.huddleMail.safely('minutes', huddle, async (h) => {
      const [ctx, recipients, [decisions = []], [items = []]] = await Promise.all([
        this.people.contextOf(h.cohortId),
        this.people.minutesRecipients(h.id, actorId),
        this.agenda.decisionsOf([h.id]),
        this.actionItems.ofHuddles([h.id]),
      ]);
      const huddleUrl = `${this.config.publicUrl}${routes.huddle(h.organizationId, h.id)}`;
      const endedAt = h.endedAt ?? new Date();
      for (const r of recipients) {
        const mine = items.filter((a) => a.ownerId === r.userId && !a.doneAt);
        const element = createElement(HuddleMinutesEmail, {
          ...ctx,
          title: h.title,
          ended: `${formatWallTime(endedAt, r.timeZone)} (${r.timeZone})`,
          decisions: decisions.map((d) => d.text),
          actionItems: mine.map((a) => ({ text: a.text, due: a.dueOn ? dueDate(a.dueOn) : null })),
          huddleUrl,
        });
        await this.mailer.send({
          to: r.email,
          subject: mine.length
            ? `Minutes: ${h.title} — ${mine.length} action item${mine.length === 1 ? '' : 's'} for you`
            : `Minutes: ${h.title}`,
          ...(await renderEmail(element)),
          category: MailCategory.HUDDLE,
          organizationId: h.organizationId,
        });
      }
    });
  }
}
