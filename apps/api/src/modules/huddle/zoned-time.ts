/** Offset of `timeZone` from UTC at instant `utcMs`, in ms (e.g. Chicago in winter: -6 h). */
export function zoneOffsetMs(utcMs: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(new Date(utcMs))
      .map((p) => [p.type, p.value]),
  );
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts[type] ?? 0);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/** The wall-clock reading in `timeZone` at an instant, as if that reading were UTC (ms). */
export function toWallMs(instant: Date, timeZone: string): number {
  return instant.getTime() + zoneOffsetMs(instant.getTime(), timeZone);
}

/**
 * The instant at which the clocks in `timeZone` read `wallMs` (a wall time written as if UTC).
 * The offset is checked twice for DST edges; a wall time skipped by a change moves on by the gap.
 */
export function fromWallMs(wallMs: number, timeZone: string): Date {
  let utc = wallMs - zoneOffsetMs(wallMs, timeZone);
  utc = wallMs - zoneOffsetMs(utc, timeZone);
  return new Date(utc);
}

/**
 * The instants of a series that keeps the same local wall time in `timeZone` every `stepDays`
 * days — so a weekly 4 pm meeting stays at 4 pm across a daylight-saving change.
 */
export function repeatAtLocalTime(first: Date, timeZone: string, stepDays: number, count: number): Date[] {
  const localWall = toWallMs(first, timeZone);
  return Array.from({ length: count }, (_, i) => fromWallMs(localWall + i * stepDays * 86_400_000, timeZone));
}

/**
 * Moves `instant` by the local (wall-clock) difference between `from` and `to` in `timeZone`:
 * when one meeting of a weekly series moves from Thursday 4 pm to Friday 5 pm, a later meeting
 * moves to its Friday 5 pm too, whatever daylight-saving change lies in between.
 */
export function shiftByLocalDifference(instant: Date, from: Date, to: Date, timeZone: string): Date {
  const delta = toWallMs(to, timeZone) - toWallMs(from, timeZone);
  return fromWallMs(toWallMs(instant, timeZone) + delta, timeZone);
}

/** "Tue 24 Nov 2026, 16:00" in `timeZone` (24-hour clock, English month names). */
export function formatWallTime(instant: Date, timeZone: string): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((x) => [x.type, x.value]),
  );
  return `${p.weekday} ${p.day} ${p.month} ${p.year}, ${p.hour}:${p.minute}`;
}

/** "16:45" in `timeZone`. */
export function formatWallClock(instant: Date, timeZone: string): string {
  return formatWallTime(instant, timeZone).slice(-5);
}

/** Whether two instants fall on the same calendar day in `timeZone`. */
export function sameLocalDay(a: Date, b: Date, timeZone: string): boolean {
  const day = (d: Date) => new Date(toWallMs(d, timeZone)).toISOString().slice(0, 10);
  return day(a) === day(b);
}
