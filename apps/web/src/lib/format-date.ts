import { validZone } from './time-zone';

/** Dates and times as people read them, in the viewer's profile zone (`me.timeZone`). */

export function formatDateTime(iso: string, timeZone?: string | null): string {
  return new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: validZone(timeZone),
  }).format(new Date(iso));
}

export function formatDate(iso: string, timeZone?: string | null): string {
  return new Intl.DateTimeFormat(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: validZone(timeZone),
  }).format(new Date(iso));
}

/** "Thu, 26 Nov, 15:30–16:15" in the viewer's zone. */
export function formatHuddleTime(startsAt: string, durationMinutes: number, timeZone?: string | null): string {
  const zone = validZone(timeZone);
  const start = new Date(startsAt);
  const end = new Date(start.getTime() + durationMinutes * 60_000);
  const day = new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: zone,
  }).format(start);
  const time = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit', timeZone: zone });
  return `${day}, ${time.format(start)}–${time.format(end)}`;
}

/** A plain YYYY-MM-DD (cohort dates) shown as a date, without shifting it across time zones. */
export function formatDay(day: string): string {
  return new Intl.DateTimeFormat(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

/** A YYYY-MM-DD due date as a short date, without shifting it across time zones. */
export function formatDueOn(day: string): string {
  return new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}
