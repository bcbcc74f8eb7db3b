import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { HUDDLE_LIMITS, HuddleScope, HuddleStatus, Recurrence } from '@openhuddle/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock/clock';
import { AppError } from '../../common/errors/app-error';
import { requireCohortAccess } from '../cohort/cohort-access';
import { Notifier } from '../notification/notifier';
import type { ScheduleHuddleInput, UpdateHuddleInput } from './dto/huddle.types';
import { assertCan, requireHuddle } from './huddle-access';
import { HuddleMailService } from './huddle-mail.service';
import { cancelledNotices, rescheduledNotices } from './huddle-notices';
import type { HuddleEntity } from './huddle.entity';
import { HuddleRepository } from './huddle.repository';
import { planSeriesEdit } from './series-edit';
import { formatWallTime, repeatAtLocalTime } from './zoned-time';

/** A start this close to now counts as "now" (the form's default start, a slow submit). */
const PAST_GRACE_MS = 15 * 60_000;

/** Schedules huddles and series, edits and cancels them (one meeting or the rest of its series). */
@Injectable()
export class HuddleScheduleService {
  constructor(
    private readonly huddles: HuddleRepository,
    private readonly notifier: Notifier,
    private readonly mail: HuddleMailService,
    private readonly clock: Clock,
  ) {}

  /**
   * A start in the past is nearly always a typo in the year (2020 for 2026): refused with the date
   * spelled out, unless the facilitator says they are recording a huddle that already happened.
   */
  private refusePast(startsAt: Date, allowPast: boolean, timeZone: string): void {
    if (allowPast || startsAt.getTime() >= this.clock.now().getTime() - PAST_GRACE_MS) return;
    throw AppError.badInput(
      {
        startsAt: `${formatWallTime(startsAt, timeZone)} is in the past. Check the date, or confirm that this huddle already happened.`,
      },
      'This huddle starts in the past.',
    );
  }

  /** Schedules a huddle, or a weekly/biweekly series keeping the same local time across DST. */
  async schedule(actor: Actor, input: ScheduleHuddleInput, em?: EntityManager): Promise<HuddleEntity[]> {
    const access = await requireCohortAccess(actor, input.cohortId, 'view');
    assertCan(access, 'schedule');
    const promptIds = [...new Set(input.promptIds)];
    await this.checkPrompts(promptIds, input.cohortId);
    const count = input.recurrence === Recurrence.NONE ? 1 : input.occurrences;
    const step = input.recurrence === Recurrence.BIWEEKLY ? 14 : 7;
    const timeZone = input.timeZone ?? actor.user.timeZone;
    this.refusePast(input.startsAt, input.allowPast, timeZone);
    const starts = repeatAtLocalTime(input.startsAt, timeZone, step, count);
    const seriesId = randomUUID();
    const scheduled = await this.huddles.transaction(async (tx) => {
      const huddles = await this.huddles.insert(
        starts.map((startsAt, i) => ({
          organizationId: access.organizationId,
          cohortId: input.cohortId,
          seriesId,
          title: count > 1 ? `${input.title} (${i + 1}/${count})` : input.title,
          startsAt,
          timeZone,
          durationMinutes: input.durationMinutes,
          joinUrl: input.joinUrl ?? null,
          nudgeHours: input.nudgeHours,
          createdById: access.userId,
        })),
        tx,
      );
      // Linked prompts belong to the first meeting; later ones get theirs when scheduled or edited.
      if (promptIds.length) await this.huddles.linkPrompts(huddles[0]!, promptIds, tx);
      return huddles;
    }, em);
    // Inside a caller's transaction nothing is sent: it may still roll back.
    if (!em) await this.mail.invited(scheduled, access.userId);
    return scheduled;
  }

  /**
   * Edits a scheduled huddle, or it and the later scheduled meetings of its series (scope
   * FOLLOWING; see planSeriesEdit). Refuses a huddle that is live, ended or cancelled, changing
   * nothing. Returns the meetings in scope, this one first; cohort members hear of a new time.
   */
  async update(actor: Actor, input: UpdateHuddleInput): Promise<HuddleEntity[]> {
    const { huddle, access } = await requireHuddle(actor, input.huddleId, 'edit');
    refuseUnlessScheduled(huddle);
    // Only a new time is checked: editing the title of a huddle whose time has passed stays possible.
    if (input.startsAt.getTime() !== huddle.startsAt.getTime()) {
      this.refusePast(input.startsAt, input.allowPast, huddle.timeZone);
    }
    const { inScope, plan } = await this.huddles.transaction(async (tx) => {
      const { current, later } = await this.huddles.lockInScope(tx, huddle.id, input.scope);
      refuseUnlessScheduled(current);
      const edit = {
        title: input.title,
        startsAt: input.startsAt,
        durationMinutes: input.durationMinutes,
        joinUrl: input.joinUrl ?? null,
        // Left out: the reminders stay as they are.
        nudgeHours: input.nudgeHours ?? current.nudgeHours,
      };
      const plan = planSeriesEdit(current, later, edit, current.timeZone);
      for (const { huddle: h, after, calendarChanged } of plan) {
        // Reminders are not in the calendar event: changing only them does not re-send it.
        await this.huddles.update(h.id, calendarChanged ? { ...after, sequence: () => 'sequence + 1' } : after, tx);
      }
      return { inScope: [current, ...later], plan };
    });
    const fresh = await this.huddles.findMany(inScope.map((h) => h.id));
    const moved = plan.filter((p) => p.rescheduled);
    if (moved.length) {
      const subject = fresh.find((h) => h.id === moved[0]!.huddle.id)!;
      const recipients = await this.huddles.noticeRecipients(huddle.cohortId, access.userId);
      await this.notifier.notify(rescheduledNotices(subject, moved.length - 1, recipients));
    }
    const changed = plan.filter((p) => p.calendarChanged).map((p) => fresh.find((h) => h.id === p.huddle.id)!);
    await this.mail.changed(changed, access.userId);
    return fresh;
  }

  /**
   * Cancels a scheduled huddle, or it and the later scheduled meetings of its series. The rows
   * stay (agenda, notes and linked prompts are kept); a cancelled huddle is not nudged and cannot
   * start. Refuses a live or ended huddle. Returns the meetings in scope, this one first.
   */
  async cancel(actor: Actor, huddleId: string, scope: HuddleScope): Promise<HuddleEntity[]> {
    const { huddle, access } = await requireHuddle(actor, huddleId, 'cancel');
    refuseIfStartedOrEnded(huddle);
    const { inScope, cancelled } = await this.huddles.transaction(async (tx) => {
      const { current, later } = await this.huddles.lockInScope(tx, huddle.id, scope);
      refuseIfStartedOrEnded(current);
      const cancelled = [current, ...later].filter((h) => h.status === HuddleStatus.SCHEDULED).map((h) => h.id);
      if (cancelled.length) await this.huddles.cancel(cancelled, tx);
      return { inScope: [current, ...later], cancelled };
    });
    const fresh = await this.huddles.findMany(inScope.map((h) => h.id));
    if (cancelled.length) {
      const subject = fresh.find((h) => h.id === cancelled[0])!;
      const recipients = await this.huddles.noticeRecipients(huddle.cohortId, access.userId);
      await this.notifier.notify(cancelledNotices(subject, cancelled.length - 1, recipients));
      await this.mail.cancelled(
        cancelled.map((id) => fresh.find((h) => h.id === id)!),
        access.userId,
      );
    }
    return fresh;
  }

  /** Sets the prompts a huddle discusses, in this order (its brief follows). */
  async setPrompts(actor: Actor, huddleId: string, promptIds: string[]): Promise<HuddleEntity> {
    const { huddle } = await requireHuddle(actor, huddleId, 'linkPrompts');
    const unique = [...new Set(promptIds)];
    if (unique.length > HUDDLE_LIMITS.promptsMax)
      throw AppError.badInput({ promptIds: `Link at most ${HUDDLE_LIMITS.promptsMax} prompts to one huddle.` });
    await this.checkPrompts(unique, huddle.cohortId);
    await this.huddles.transaction((tx) => this.huddles.linkPrompts(huddle, unique, tx));
    return huddle;
  }

  private async checkPrompts(promptIds: string[], cohortId: string): Promise<void> {
    const found = promptIds.length ? await this.huddles.countPromptsOfCohort(promptIds, cohortId) : 0;
    if (found !== promptIds.length) throw AppError.badInput({ promptIds: 'Pick prompts of this cohort.' });
  }
}

/** Only a huddle that has not started (nor been cancelled) can be edited. */
function refuseUnlessScheduled(huddle: HuddleEntity): void {
  refuseIfStartedOrEnded(huddle);
  if (huddle.status === HuddleStatus.CANCELLED) {
    const message = 'This huddle is cancelled: schedule a new one instead of editing it.';
    throw AppError.conflict(message, { huddleId: message });
  }
}

function refuseIfStartedOrEnded(huddle: HuddleEntity): void {
  const message =
    huddle.status === HuddleStatus.LIVE
      ? 'This huddle is live: it can no longer be changed.'
      : huddle.status === HuddleStatus.ENDED
        ? 'This huddle has ended: it can no longer be changed.'
        : null;
  if (message) throw AppError.conflict(message, { huddleId: message });
}
