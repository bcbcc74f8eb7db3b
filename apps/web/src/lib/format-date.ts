import { validZone } from './time-zone';

/** Dates and times as people read them, in the viewer's profile zone (`me.timeZone`). */

/** The year, only when it is not this year on the zone's calendar ("Dec 8" this year, "Dec 8, 2020" otherwise). */
function yearUnlessCurrent(date: Date, zone: string | undefined, now = new Date()): { year?: 'numeric' } {
  const year = (d: Date) => new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: zone }).format(d);
  return year(date) === year(now) ? {} : { year: 'numeric' };
}

export function formatDateTime(iso: string, timeZone?: string | null): string {
  const zone = validZone(timeZone);
  return new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...yearUnlessCurrent(new Date(iso), zone),
    hour: 'numeric',
    minute: '2-digit',
    timeZone: zone,
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
    ...yearUnlessCurrent(start, zone),
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
  const date = new Date(`${day}T00:00:00Z`);
  return new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...yearUnlessCurrent(date, 'UTC'),
    timeZone: 'UTC',
  }).format(date);
}
