import { Injectable } from '@nestjs/common';
import { defaultEmailCadence, EmailCadence, NotificationKind } from '@openhuddle/shared';
import type { Actor } from '../../common/auth/actor';
import { AppError } from '../../common/errors/app-error';
import { requireCohortAccess } from '../cohort/cohort-access';
import type { NotificationPreferences, UpdateNotificationPreferencesInput } from './dto/notification-preference.types';
import { decideDelivery, type Delivery, NO_DELIVERY } from './notification-delivery';
import { NotificationPreferenceRepository } from './notification-preference.repository';

const ALL_KINDS = Object.values(NotificationKind);
const toMinute = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const toHhMm = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/**
 * What a person wants to hear, per organization: per kind in-app on/off and an email cadence,
 * quiet hours in their profile time zone, muted cohorts. `deliveryFor` is what channels (the
 * in-app list here, email in common/mail) ask before delivering.
 */
@Injectable()
export class NotificationPreferenceService {
  constructor(private readonly preferences: NotificationPreferenceRepository) {}

  async get(actor: Actor, organizationId: string): Promise<NotificationPreferences> {
    const stored = await this.preferences.stored(organizationId, actor.user.id);
    const chosen = new Map(stored.kinds.map((k) => [k.kind, k]));
    return {
      organizationId,
      kinds: ALL_KINDS.map((kind) => ({
        kind,
        inApp: chosen.get(kind)?.in_app ?? true,
        email: chosen.get(kind)?.email ?? defaultEmailCadence(kind),
      })),
      quietHours:
        stored.quietStartMinute === null || stored.quietEndMinute === null
          ? null
          : { start: toHhMm(stored.quietStartMinute), end: toHhMm(stored.quietEndMinute) },
      timeZone: stored.timeZone,
      mutedCohorts: stored.mutedCohorts,
    };
  }

  async update(actor: Actor, input: UpdateNotificationPreferencesInput): Promise<NotificationPreferences> {
    const errors: Record<string, string> = {};
    const kinds = input.kinds.map((k) => ({ kind: k.kind, in_app: k.inApp, email: k.email }));
    if (new Set(kinds.map((k) => k.kind)).size !== kinds.length) errors.kinds = 'Give each kind once.';
    const quiet = input.quietHours;
    if (quiet && quiet.start === quiet.end)
      errors['quietHours.end'] = 'Quiet hours must end at another time than they start.';
    if (Object.keys(errors).length) throw AppError.badInput(errors);
    await this.preferences.save(
      input.organizationId,
      actor.user.id,
      kinds,
      quiet === undefined ? undefined : quiet && { start: toMinute(quiet.start), end: toMinute(quiet.end) },
    );
    return this.get(actor, input.organizationId);
  }

  async mute(actor: Actor, cohortId: string, muted: boolean): Promise<NotificationPreferences> {
    const access = await requireCohortAccess(actor, cohortId, 'view');
    if (muted) await this.preferences.mute(access.organizationId, actor.user.id, cohortId);
    else await this.preferences.unmute(access.organizationId, actor.user.id, cohortId);
    return this.get(actor, access.organizationId);
  }

  /** How a notification of `kind` (in `cohortId`, if any) reaches the person now. */
  async deliveryFor(
    userId: string,
    organizationId: string,
    kind: NotificationKind,
    cohortId: string | null,
    now = new Date(),
  ): Promise<Delivery> {
    return (await this.deliveriesFor([userId], organizationId, kind, cohortId, now)).get(userId) ?? NO_DELIVERY;
  }

  /** `deliveryFor` for many people at once, in one statement. */
  async deliveriesFor(
    userIds: readonly string[],
    organizationId: string,
    kind: NotificationKind,
    cohortId: string | null,
    now = new Date(),
  ): Promise<Map<string, Delivery>> {
    const facts = await this.preferences.deliveryFacts(organizationId, kind, cohortId, userIds);
    return new Map([...facts].map(([userId, f]) => [userId, decideDelivery(kind, f, now)]));
  }

  /**
   * One-click unsubscribe from an email: email off for one kind, for every kind that goes to a
   * digest (DIGEST: chosen or by default, so no digest is due any more), or for all; in-app is left as chosen.
   */
  async unsubscribe(userId: string, organizationId: string, kind: NotificationKind | 'ALL' | 'DIGEST'): Promise<void> {
    let kinds: NotificationKind[] = kind === 'ALL' ? ALL_KINDS : kind === 'DIGEST' ? [] : [kind];
    if (kind === 'DIGEST') {
      const chosen = new Map(
        (await this.preferences.stored(organizationId, userId)).kinds.map((k) => [k.kind, k.email]),
      );
      const digest: EmailCadence[] = [EmailCadence.DAILY_DIGEST, EmailCadence.WEEKLY_DIGEST];
      kinds = ALL_KINDS.filter((k) => digest.includes(chosen.get(k) ?? defaultEmailCadence(k)));
    }
    if (kinds.length) await this.preferences.emailOff(organizationId, userId, kinds);
  }
}
