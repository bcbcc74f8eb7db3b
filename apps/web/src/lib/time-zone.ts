/**
 * Times (prompts, huddles) are stored in UTC and always entered and shown in the viewer's own time zone (`me.timeZone`),
 * which may differ from the browser's. These helpers convert between the two without a library.
 */

/** The zone if the browser knows it, otherwise undefined (the browser's own zone). */
export function validZone(timeZone?: string | null): string | undefined {
  if (!timeZone) return undefined;
  try {
    new Intl.DateTimeFormat(undefined, { timeZone });
    return timeZone;
  } catch {
    return undefined;
  }
}

/** Milliseconds the zone is ahead of UTC at that instant. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - (instant - (((instant % 1000) + 1000) % 1000));
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * A wall-clock time in `timeZone` (the `YYYY-MM-DDTHH:mm` of a datetime-local input) as a UTC ISO
 * instant, or null when the value is not a time. A time that does not exist (skipped by a DST
 * change) moves forward by the gap, as clocks do.
 */
export function zonedInputToUtc(value: string, timeZone?: string | null): string | null {
  const match = LOCAL_INPUT.exec(value);
  if (!match) return null;
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0] = match.slice(1).map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const zone = validZone(timeZone);
  if (!zone) {
    const local = new Date(y, mo - 1, d, h, mi);
    return Number.isNaN(local.getTime()) ? null : local.toISOString();
  }
  const first = wall - offsetAt(wall, zone);
  const second = wall - offsetAt(first, zone);
  return new Date(second).toISOString();
}

/** A UTC instant as the `YYYY-MM-DDTHH:mm` wall-clock time in `timeZone`. */
export function utcToZonedInput(iso: string, timeZone?: string | null): string {
  const instant = new Date(iso).getTime();
  if (Number.isNaN(instant)) return '';
  const zone = validZone(timeZone);
  const wall = zone ? instant + offsetAt(instant, zone) : instant - new Date(instant).getTimezoneOffset() * 60_000;
  return new Date(wall).toISOString().slice(0, 16);
}

/** A short name of the zone, e.g. "CET" or "GMT+1", for labels next to times. */
export function zoneName(timeZone?: string | null, at: Date = new Date()): string {
  const zone = validZone(timeZone);
  const part = new Intl.DateTimeFormat(undefined, { timeZone: zone, timeZoneName: 'short' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  return zone ? `${zone.replace(/_/g, ' ')}${part ? ` (${part.value})` : ''}` : (part?.value ?? 'your time zone');
}

/** Today as YYYY-MM-DD in the zone (for date inputs). */
export function todayIn(timeZone?: string | null): string {
  return utcToZonedInput(new Date().toISOString(), timeZone).slice(0, 10);
}
