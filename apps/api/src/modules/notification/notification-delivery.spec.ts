import { EmailCadence, NotificationKind } from '@openhuddle/shared';
import { decideDelivery, type DeliveryFacts, minutesUntilQuietEnds } from './notification-delivery';

const none: DeliveryFacts = {
  inApp: null,
  email: null,
  quietStartMinute: null,
  quietEndMinute: null,
  timeZone: 'UTC',
  muted: false,
};

describe('how a notification reaches a person', () => {
  const now = new Date('2027-03-10T12:00:00Z');

  it('defaults to in-app, email at once for what asks for action and the daily digest for the rest', () => {
    expect(decideDelivery(NotificationKind.REVIEW_ASSIGNED, none, now)).toEqual({ inApp: true, email: 'NOW' });
    expect(decideDelivery(NotificationKind.HUDDLE_NUDGE, none, now)).toEqual({ inApp: true, email: 'NOW' });
    expect(decideDelivery(NotificationKind.MARKED_HELPFUL, none, now)).toEqual({ inApp: true, email: 'DIGEST_DAILY' });
  });

  it('follows the person’s choice per kind', () => {
    const weekly = { ...none, inApp: false, email: EmailCadence.WEEKLY_DIGEST };
    expect(decideDelivery(NotificationKind.REPLY, weekly, now)).toEqual({ inApp: false, email: 'DIGEST_WEEKLY' });
    const off = { ...none, email: EmailCadence.OFF };
    expect(decideDelivery(NotificationKind.REPLY, off, now)).toEqual({ inApp: true, email: 'OFF' });
  });

  it('sends nothing at all from a muted cohort', () => {
    expect(decideDelivery(NotificationKind.PROMPT_OPENED, { ...none, muted: true }, now)).toEqual({
      inApp: false,
      email: 'OFF',
    });
  });

  it('defers an immediate email to the end of quiet hours in the person’s own time zone', () => {
    // 12:00 UTC is 21:00 in Tokyo: inside 20:00–07:00, which ends in 10 hours.
    const tokyo = { ...none, quietStartMinute: 20 * 60, quietEndMinute: 7 * 60, timeZone: 'Asia/Tokyo' };
    expect(decideDelivery(NotificationKind.MENTION, tokyo, now)).toEqual({
      inApp: true,
      email: 'DEFERRED_UNTIL',
      deferredUntil: new Date('2027-03-10T22:00:00Z'),
    });
    // The same hours in London (12:00) are not quiet; digests are never deferred.
    expect(decideDelivery(NotificationKind.MENTION, { ...tokyo, timeZone: 'Europe/London' }, now).email).toBe('NOW');
    expect(decideDelivery(NotificationKind.MARKED_HELPFUL, tokyo, now).email).toBe('DIGEST_DAILY');
  });

  it('reads quiet hours that wrap midnight or not, and an empty window as none', () => {
    expect(minutesUntilQuietEnds(23 * 60, 22 * 60, 7 * 60)).toBe(8 * 60);
    expect(minutesUntilQuietEnds(6 * 60, 22 * 60, 7 * 60)).toBe(60);
    expect(minutesUntilQuietEnds(7 * 60, 22 * 60, 7 * 60)).toBeNull();
    expect(minutesUntilQuietEnds(13 * 60, 12 * 60, 14 * 60)).toBe(60);
    expect(minutesUntilQuietEnds(14 * 60, 12 * 60, 14 * 60)).toBeNull();
    expect(minutesUntilQuietEnds(9 * 60, 9 * 60, 9 * 60)).toBeNull();
  });
});
