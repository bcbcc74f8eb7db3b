import type { AgendaItemKind, HuddleStatus, Recurrence } from '../../generated/graphql';
import type { BadgeTone } from '../../ui';
import { formatDate, formatHuddleTime } from '../../lib/format-date';

export const HUDDLE_STATUS_LABELS: Record<HuddleStatus, string> = {
  SCHEDULED: 'Scheduled',
  LIVE: 'Live now',
  ENDED: 'Ended',
  CANCELLED: 'Cancelled',
};

export const HUDDLE_STATUS_TONES: Record<HuddleStatus, BadgeTone> = {
  SCHEDULED: 'info',
  LIVE: 'success',
  ENDED: 'neutral',
  CANCELLED: 'warning',
};

export const RECURRENCE_LABELS: Record<Recurrence, string> = {
  NONE: 'Does not repeat',
  WEEKLY: 'Every week',
  BIWEEKLY: 'Every two weeks',
};

export const AGENDA_KIND_LABELS: Record<AgendaItemKind, string> = {
  THEME: 'Theme',
  NEEDS_DISCUSSION: 'Needs discussion',
  SPOTLIGHT: 'Spotlight',
  OPEN_QUESTION: 'Open question',
  CUSTOM: 'Item',
};

export const AGENDA_KIND_TONES: Record<AgendaItemKind, BadgeTone> = {
  THEME: 'accent',
  NEEDS_DISCUSSION: 'warning',
  SPOTLIGHT: 'success',
  OPEN_QUESTION: 'info',
  CUSTOM: 'neutral',
};

/** The reminder times the forms offer, most distant first (hours before the start). */
export const NUDGE_CHOICES = [168, 48, 24, 2] as const;

/** "1 week", "2 days", "1 day", "2 hours", "36 hours": how long before the start a reminder goes out. */
export function nudgeLabel(hours: number): string {
  const [n, unit] =
    hours % 168 === 0 ? [hours / 168, 'week'] : hours % 24 === 0 ? [hours / 24, 'day'] : [hours, 'hour'];
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** "2 days and 2 hours before", "1 week, 1 day and 2 hours before". */
export function nudgeSummary(hours: readonly number[]): string {
  const labels = [...hours].sort((a, b) => b - a).map(nudgeLabel);
  const list = labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}` : labels[0];
  return `${list} before`;
}

/** A huddle counts as past once it ended, or once its time slot is over and it never went live. */
export function isPast(h: { status: HuddleStatus; startsAt: string; durationMinutes: number }, now = Date.now()) {
  if (h.status === 'ENDED') return true;
  if (h.status === 'LIVE') return false;
  return new Date(h.startsAt).getTime() + h.durationMinutes * 60_000 < now;
}

/** Still to happen or happening now: not ended, not cancelled. */
export const isOpen = (h: { status: HuddleStatus }) => h.status === 'SCHEDULED' || h.status === 'LIVE';

interface HuddleTimes {
  status: HuddleStatus;
  startsAt: string;
  durationMinutes: number;
  startedAt?: string | null;
  endedAt?: string | null;
}

/**
 * When a huddle is (or was): an ended one by when it actually ran, with the planned time beside
 * it when that was another day ("Held Tue, 1 Dec, 3:00–3:45 PM · planned Tue, 8 Dec, …").
 */
export function huddleWhen(h: HuddleTimes, timeZone?: string | null): string {
  const planned = formatHuddleTime(h.startsAt, h.durationMinutes, timeZone);
  if (h.status !== 'ENDED' || !h.startedAt || !h.endedAt) return planned;
  const minutes = Math.max(1, Math.round((Date.parse(h.endedAt) - Date.parse(h.startedAt)) / 60_000));
  const held = formatHuddleTime(h.startedAt, minutes, timeZone);
  const sameDay = formatDate(h.startedAt, timeZone) === formatDate(h.startsAt, timeZone);
  return sameDay ? `Held ${held}` : `Held ${held} · planned ${planned}`;
}

/** When it ran, else when it was planned: past huddles sort by this. */
export const heldAt = (h: HuddleTimes) => Date.parse(h.startedAt ?? h.startsAt);
