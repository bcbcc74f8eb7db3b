import { Injectable } from '@nestjs/common';
import { NotificationKind, NotificationSubjectType, routes } from '@openhuddle/shared';
import { AppConfig } from '../../config/app-config';

import { ReminderRepository } from './reminder.repository';
import { type DueReminder, quote } from './reminder-text';

/** A prompt that opened while the API was down longer than this is not announced late. */
export const PROMPT_OPENED_WITHIN_HOURS = 24;
/** Reviews and action items are reminded of this long before they are due. */
export const DUE_SOON_HOURS = 24;

/**
 * The reminders besides huddle nudges, each computed from the state at `now`. Texts name prompts,
 * huddles and counts, never a contribution's author (anonymity), and the queries skip deleted
 * contributions. Nobody is told of their own action: a prompt's creator hears nothing of its opening.
 */
@Injectable()
export class DueRemindersService {
  constructor(
    private readonly reminders: ReminderRepository,
    private readonly config: AppConfig,
  ) {}

  async due(now: Date): Promise<DueReminder[]> {
    const batches = await Promise.all([
      this.promptsOpened(now),
      this.reviewsDue(now),
      this.actionItemsDue(now),
      this.briefsReady(now),
      this.followUpsOverdue(now),
    ]);
    return batches.flat();
  }

  /** "Week 4 is open". The dedupe key names cohort, prompt and member (digests can group by cohort). */
  async promptsOpened(now: Date): Promise<DueReminder[]> {
    const rows = await this.reminders.openedPrompts(now, PROMPT_OPENED_WITHIN_HOURS);
    return rows.map((r) => ({
      subjectId: r.prompt_id,
      notification: {
        organizationId: r.organization_id,
        userId: r.user_id,
        cohortId: r.cohort_id,
        kind: NotificationKind.PROMPT_OPENED,
        subjectType: NotificationSubjectType.PROMPT,
        subjectId: r.prompt_id,
        text: `${quote(r.title)} is open.`,
        link: routes.prompt(r.organization_id, r.prompt_id),
        dedupeKey: r.dedupe_key,
      },
    }));
  }

  async reviewsDue(now: Date): Promise<DueReminder[]> {
    const rows = await this.reminders.reviewsDue(now, DUE_SOON_HOURS);
    return rows.map((r) => ({
      subjectId: r.prompt_id,
      notification: {
        organizationId: r.organization_id,
        userId: r.user_id,
        cohortId: r.cohort_id,
        kind: NotificationKind.REVIEW_DUE,
        subjectType: NotificationSubjectType.PROMPT,
        subjectId: r.prompt_id,
        text: `${r.owed === 1 ? 'A review' : `${r.owed} reviews`} for ${quote(r.title)} ${r.owed === 1 ? 'is' : 'are'} due soon.`,
        link: routes.queue(r.organization_id),
        dedupeKey: r.dedupe_key,
      },
    }));
  }

  async actionItemsDue(now: Date): Promise<DueReminder[]> {
    const rows = await this.reminders.actionItemsDue(now, DUE_SOON_HOURS);
    return rows.map((r) => ({
      subjectId: r.action_item_id,
      notification: {
        organizationId: r.organization_id,
        userId: r.user_id,
        cohortId: r.cohort_id,
        kind: NotificationKind.ACTION_ITEM_DUE,
        subjectType: NotificationSubjectType.ACTION_ITEM,
        subjectId: r.action_item_id,
        text: `Your action item ${quote(r.text)} is due soon.`,
        link: routes.actionItems(r.organization_id),
        dedupeKey: r.dedupe_key,
      },
    }));
  }

  /** A coaching follow-up is not optional: past its date, both of the pair hear it (the goal is private to them). */
  async followUpsOverdue(now: Date): Promise<DueReminder[]> {
    const rows = await this.reminders.followUpsOverdue(now);
    return rows.map((r) => ({
      subjectId: r.conversation_id,
      notification: {
        organizationId: r.organization_id,
        userId: r.user_id,
        cohortId: null,
        kind: NotificationKind.COACHING_FOLLOW_UP_OVERDUE,
        subjectType: NotificationSubjectType.LEARNING_GOAL,
        subjectId: r.goal_id,
        text: `A coaching follow-up on ${quote(r.title)} is overdue.`,
        link: routes.learningGoal(r.organization_id, r.goal_id),
        dedupeKey: r.dedupe_key,
      },
    }));
  }

  async briefsReady(now: Date): Promise<DueReminder[]> {
    const rows = await this.reminders.briefsReady(now, this.config.briefReadyHours);
    return rows.map((r) => ({
      subjectId: r.huddle_id,
      notification: {
        organizationId: r.organization_id,
        userId: r.user_id,
        cohortId: r.cohort_id,
        kind: NotificationKind.BRIEF_READY,
        subjectType: NotificationSubjectType.HUDDLE,
        subjectId: r.huddle_id,
        text: `The brief for ${quote(r.title)} is ready: read it before the huddle.`,
        link: routes.huddle(r.organization_id, r.huddle_id),
        dedupeKey: r.dedupe_key,
      },
    }));
  }
}
