import { HUDDLE_LIMITS } from '@openhuddle/shared';
import { shiftByLocalDifference } from './zoned-time';

/** What a facilitator edits on a huddle. */
export interface HuddleDetails {
  title: string;
  startsAt: Date;
  durationMinutes: number;
  joinUrl: string | null;
  /** Hours before the start when members who have not posted are reminded, most distant first. */
  nudgeHours: number[];
}

export interface PlannedChange<T extends HuddleDetails> {
  huddle: T;
  after: HuddleDetails;
  /** The time or length changed: people who planned around it should hear about it. */
  rescheduled: boolean;
  /** What a calendar shows changed (not only the reminders): its event must be re-sent. */
  calendarChanged: boolean;
}

const sameHours = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((h, i) => h === b[i]);

/** A series numbers its meetings: "Weekly PLC (2/6)". */
export const NUMBERING = /\s\(\d+\/\d+\)$/;

/**
 * Plans an edit of one meeting and, for scope FOLLOWING, of the later meetings of its series.
 * The edited meeting takes the edit as given; a later one takes only what changed in it: a new
 * time moves it by the same local (wall-clock) difference in `timeZone`, so a weekly Thursday
 * 4 pm meeting moved to Friday 5 pm stays on Fridays at 5 pm across daylight-saving changes;
 * a new title keeps each meeting's own "(n/N)"; new reminder times replace theirs. Meetings that would not change are left out.
 */
export function planSeriesEdit<T extends HuddleDetails>(
  edited: T,
  later: readonly T[],
  edit: HuddleDetails,
  timeZone: string,
): Array<PlannedChange<T>> {
  const moved = edit.startsAt.getTime() !== edited.startsAt.getTime();
  const retitled = edit.title !== edited.title;
  const resized = edit.durationMinutes !== edited.durationMinutes;
  const relinked = edit.joinUrl !== edited.joinUrl;
  const reminded = !sameHours(edit.nudgeHours, edited.nudgeHours);
  const base = edit.title.replace(NUMBERING, '');
  const plans = [
    { huddle: edited, after: { ...edit } },
    ...later.map((h) => {
      const numbering = NUMBERING.exec(h.title)?.[0] ?? '';
      return {
        huddle: h,
        after: {
          title: retitled ? base.slice(0, HUDDLE_LIMITS.titleMax - numbering.length).trimEnd() + numbering : h.title,
          startsAt: moved ? shiftByLocalDifference(h.startsAt, edited.startsAt, edit.startsAt, timeZone) : h.startsAt,
          durationMinutes: resized ? edit.durationMinutes : h.durationMinutes,
          joinUrl: relinked ? edit.joinUrl : h.joinUrl,
          nudgeHours: reminded ? [...edit.nudgeHours] : h.nudgeHours,
        },
      };
    }),
  ];
  return plans
    .map(({ huddle, after }) => {
      const rescheduled =
        after.startsAt.getTime() !== huddle.startsAt.getTime() || after.durationMinutes !== huddle.durationMinutes;
      const calendarChanged = rescheduled || after.title !== huddle.title || after.joinUrl !== huddle.joinUrl;
      return { huddle, after, rescheduled, calendarChanged };
    })
    .filter((p) => p.calendarChanged || !sameHours(p.after.nudgeHours, p.huddle.nudgeHours));
}
