import { NotificationKind, NotificationSubjectType, routes } from '@openhuddle/shared';
import type { NewNotification } from '../notification/notifier';
import { formatWallClock, formatWallTime } from './zoned-time';

export interface NoticeRecipient {
  userId: string;
  timeZone: string;
}

interface NoticeHuddle {
  id: string;
  organizationId: string;
  cohortId: string;
  title: string;
  startsAt: Date;
  durationMinutes: number;
  sequence: number;
}

const quoted = (title: string) => `“${title.length > 100 ? `${title.slice(0, 99)}…` : title}”`;
const meetings = (n: number) => (n === 1 ? 'later meeting' : `${n} later meetings`);

/** "Thu 11 Mar 2027, 17:00–17:45 (America/Chicago)", in the reader's own zone. */
export function slot(h: Pick<NoticeHuddle, 'startsAt' | 'durationMinutes'>, timeZone: string): string {
  const end = new Date(h.startsAt.getTime() + h.durationMinutes * 60_000);
  return `${formatWallTime(h.startsAt, timeZone)}–${formatWallClock(end, timeZone)} (${timeZone})`;
}

/** One in-app notice per cohort member that a huddle (and maybe later ones of its series) moved. */
export function rescheduledNotices(
  h: NoticeHuddle,
  laterMoved: number,
  recipients: readonly NoticeRecipient[],
): NewNotification[] {
  return recipients.map((r) => ({
    organizationId: h.organizationId,
    userId: r.userId,
    cohortId: h.cohortId,
    kind: NotificationKind.HUDDLE_RESCHEDULED,
    subjectType: NotificationSubjectType.HUDDLE,
    subjectId: h.id,
    text: `${quoted(h.title)} moved to ${slot(h, r.timeZone)}${laterMoved ? `; the ${meetings(laterMoved)} of its series moved with it.` : '.'}`,
    link: routes.huddle(h.organizationId, h.id),
    dedupeKey: `huddle-rescheduled:${h.id}:${h.sequence}:${r.userId}`,
  }));
}

/** One in-app notice per cohort member that a huddle (and maybe later ones of its series) is cancelled. */
export function cancelledNotices(
  h: NoticeHuddle,
  laterCancelled: number,
  recipients: readonly NoticeRecipient[],
): NewNotification[] {
  return recipients.map((r) => ({
    organizationId: h.organizationId,
    userId: r.userId,
    cohortId: h.cohortId,
    kind: NotificationKind.HUDDLE_CANCELLED,
    subjectType: NotificationSubjectType.HUDDLE,
    subjectId: h.id,
    text: `${quoted(h.title)} on ${slot(h, r.timeZone)} is cancelled${laterCancelled ? `, and so ${laterCancelled === 1 ? 'is the later meeting' : `are the ${laterCancelled} later meetings`} of its series.` : '.'}`,
    link: routes.huddle(h.organizationId, h.id),
    dedupeKey: `huddle-cancelled:${h.id}:${h.sequence}:${r.userId}`,
  }));
}
