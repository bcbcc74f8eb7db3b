import { Injectable } from '@nestjs/common';
import { HUDDLE_LIMITS, NotificationKind, NotificationSubjectType, routes } from '@openhuddle/shared';
import { Notifier } from '../notification/notifier';
import { ReminderRepository } from './reminder.repository';
import { type DueReminder, fitted, quote } from './reminder-text';

/**
 * Before a huddle (at the reminder times its facilitator chose: 48 h and 2 h by default), members
 * who have not posted to its prompts get a nudge; nobody who already posted is nudged, and nobody
 * twice for the same huddle and reminder time (the dedupe key carries that time).
 */
@Injectable()
export class NudgeService {
  constructor(
    private readonly reminders: ReminderRepository,
    private readonly notifier: Notifier,
  ) {}

  /** The nudges due at `now`, in one statement for all huddles. */
  async due(now: Date): Promise<DueReminder[]> {
    const rows = await this.reminders.dueNudges(now, HUDDLE_LIMITS.nudgeHoursMax);
    return rows.map((r) => ({
      subjectId: r.huddle_id,
      notification: {
        organizationId: r.organization_id,
        userId: r.user_id,
        cohortId: r.cohort_id,
        kind: NotificationKind.HUDDLE_NUDGE,
        subjectType: NotificationSubjectType.HUDDLE,
        subjectId: r.huddle_id,
        text: `${quote(r.title)} is coming up: post to ${quote(r.prompts)} so it is in the brief.`,
        link: routes.huddle(r.organization_id, r.huddle_id),
        dedupeKey: r.dedupe_key,
      },
    }));
  }

  /**
   * Delivers the nudges due at `now` inline, each on its own (tests and tools; the app delivers them
   * through the reminder jobs). Returns how many were new.
   */
  async runDue(now: Date): Promise<number> {
    let sent = 0;
    for (const { notification } of await this.due(now)) sent += await this.notifier.notify([fitted(notification)]);
    return sent;
  }
}
