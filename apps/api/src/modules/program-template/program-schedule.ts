import { fromWallMs } from '../huddle/zoned-time';
import type { TemplateBody, TemplateTime } from './template-body';

/** A template's prompt or huddle on the calendar: when, and whether a skipped date moved it. */
export interface ScheduledPrompt {
  position: number;
  title: string;
  opensAt: Date;
  dueAt: Date | null;
  closesAt: Date | null;
  revealAt: Date | null;
  moved: boolean;
}

export interface ScheduledHuddle {
  position: number;
  title: string;
  startsAt: Date;
  durationMinutes: number;
  moved: boolean;
}

export interface ProgramSchedule {
  prompts: ScheduledPrompt[];
  huddles: ScheduledHuddle[];
  /** The last calendar date anything falls on (the cohort's end date). */
  lastDate: string;
}

export interface ScheduleOptions {
  /** "YYYY-MM-DD": day 0. */
  startDate: string;
  /** IANA zone the local times are read in. */
  timeZone: string;
  /** "YYYY-MM-DD" dates nothing may fall on (holidays). */
  skipDates: string[];
}

const DAY_MS = 86_400_000;

/** "YYYY-MM-DD" → ms at UTC midnight, or NaN when it is not a real calendar date. */
export function parseCalendarDate(value: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return NaN;
  const ms = Date.UTC(+value.slice(0, 4), +value.slice(5, 7) - 1, +value.slice(8, 10));
  return new Date(ms).toISOString().slice(0, 10) === value ? ms : NaN;
}

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Puts a template on the calendar. The rule (README, "Program templates"):
 * - a day offset counts calendar days from the start date (day 0 is the start date);
 * - a date that falls on a skipped date moves to the next date that is not skipped (each date of a
 *   prompt on its own, so a skipped Monday moves Monday's opening, not Friday's due date);
 * - the local time is read in the launch's time zone on that date, so 16:00 stays 16:00 on both
 *   sides of a daylight-saving change (a time the clocks skip moves on by the gap);
 * - a prompt's due, close and reveal never come before its opening (moving the opening past its
 *   due date moves the due date along).
 */
export function scheduleProgram(
  body: Pick<TemplateBody, 'prompts' | 'huddles'>,
  options: ScheduleOptions,
): ProgramSchedule {
  const start = parseCalendarDate(options.startDate);
  if (Number.isNaN(start)) throw new Error(`not a calendar date: ${options.startDate}`);
  const skipped = new Set(options.skipDates);
  let last = start;
  const place = (at: TemplateTime) => {
    let day = start + at.day * DAY_MS;
    let moved = false;
    while (skipped.has(isoDate(day))) {
      day += DAY_MS;
      moved = true;
    }
    last = Math.max(last, day);
    const [hours, minutes] = at.time.split(':').map(Number) as [number, number];
    return { at: fromWallMs(day + (hours * 60 + minutes) * 60_000, options.timeZone), moved };
  };
  const notBefore = (date: Date | null, floor: Date) => (date && date < floor ? floor : date);
  const prompts = body.prompts.map((p, position): ScheduledPrompt => {
    const opens = place(p.opens);
    const due = p.due ? place(p.due) : null;
    const closes = p.closes ? place(p.closes) : null;
    const reveal = p.reveal ? place(p.reveal) : null;
    const dueAt = notBefore(due?.at ?? null, opens.at);
    return {
      position,
      title: p.title,
      opensAt: opens.at,
      dueAt,
      closesAt: notBefore(closes?.at ?? null, dueAt ?? opens.at),
      revealAt: notBefore(reveal?.at ?? null, opens.at),
      moved: opens.moved || !!due?.moved || !!closes?.moved || !!reveal?.moved,
    };
  });
  const huddles = body.huddles.map((h, position): ScheduledHuddle => {
    const { at, moved } = place(h.at);
    return { position, title: h.title, startsAt: at, durationMinutes: h.durationMinutes, moved };
  });
  return { prompts, huddles, lastDate: isoDate(last) };
}
