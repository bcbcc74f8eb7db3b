import { defaultEmailCadence, EmailCadence, type NotificationKind } from '@openhuddle/shared';

/**
 * How one notification reaches one person. `DEFERRED_UNTIL`: it would go out at once, but the
 * person is in their quiet hours; send it at `deferredUntil` (the end of them).
 */
export interface Delivery {
  inApp: boolean;
  email: 'NOW' | 'DEFERRED_UNTIL' | 'DIGEST_DAILY' | 'DIGEST_WEEKLY' | 'OFF';
  deferredUntil?: Date;
}

/** What is stored about one person's choices, for one kind and cohort (nulls: never chosen). */
export interface DeliveryFacts {
  inApp: boolean | null;
  email: EmailCadence | null;
  quietStartMinute: number | null;
  quietEndMinute: number | null;
  timeZone: string;
  muted: boolean;
}

export const NO_DELIVERY: Delivery = { inApp: false, email: 'OFF' };

/** Minutes after local midnight of `at` in `timeZone`. */
export function localMinute(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .formatToParts(at)
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  return Number(parts.hour) * 60 + Number(parts.minute);
}

/** Minutes from `minute` until quiet hours end, or null outside them (a window may wrap midnight). */
export function minutesUntilQuietEnds(minute: number, start: number, end: number): number | null {
  if (start === end) return null;
  const inside = start < end ? minute >= start && minute < end : minute >= start || minute < end;
  if (!inside) return null;
  return (end - minute + 24 * 60) % (24 * 60);
}

export function decideDelivery(kind: NotificationKind, facts: DeliveryFacts, now: Date): Delivery {
  if (facts.muted) return NO_DELIVERY;
  const inApp = facts.inApp ?? true;
  const cadence = facts.email ?? defaultEmailCadence(kind);
  switch (cadence) {
    case EmailCadence.OFF:
      return { inApp, email: 'OFF' };
    case EmailCadence.DAILY_DIGEST:
      return { inApp, email: 'DIGEST_DAILY' };
    case EmailCadence.WEEKLY_DIGEST:
      return { inApp, email: 'DIGEST_WEEKLY' };
    case EmailCadence.IMMEDIATELY: {
      const { quietStartMinute: start, quietEndMinute: end } = facts;
      const wait =
        start === null || end === null ? null : minutesUntilQuietEnds(localMinute(now, facts.timeZone), start, end);
      if (wait === null) return { inApp, email: 'NOW' };
      const until = new Date(now.getTime() + wait * 60_000);
      until.setUTCSeconds(0, 0);
      return { inApp, email: 'DEFERRED_UNTIL', deferredUntil: until };
    }
  }
}
