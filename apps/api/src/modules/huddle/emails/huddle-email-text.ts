import { NUMBERING } from '../series-edit';
import { formatWallTime, toWallMs } from '../zoned-time';

export { slot } from '../huddle-notices';

/** "Weekly PLC" for "Weekly PLC (1/6)": a series is named once, not by its first meeting. */
export const seriesTitle = (title: string) => title.replace(NUMBERING, '');

/** "Thu 25 Mar 2027" in `timeZone`. */
export const localDate = (instant: Date, timeZone: string) => formatWallTime(instant, timeZone).slice(0, -7);

/** "Tue 1 Dec 2026" for a due date (a calendar day, the same in every zone). */
export const dueDate = (dueOn: string) => localDate(new Date(`${dueOn}T12:00:00Z`), 'UTC');

/** "every week until Thu 25 Mar 2027" for the meetings of a series (earliest first), in the reader's zone. */
export function recurrence(meetings: ReadonlyArray<{ startsAt: Date }>, timeZone: string): string | null {
  const [first, second] = meetings;
  const last = meetings[meetings.length - 1];
  if (!first || !second || !last) return null;
  const days = Math.round((toWallMs(second.startsAt, timeZone) - toWallMs(first.startsAt, timeZone)) / 86_400_000);
  const every = days === 7 ? 'every week' : days === 14 ? 'every two weeks' : `every ${days} days`;
  return `${every} until ${localDate(last.startsAt, timeZone)} (${meetings.length} meetings)`;
}
