export enum HuddleStatus {
  SCHEDULED = 'SCHEDULED',
  LIVE = 'LIVE',
  ENDED = 'ENDED',
  /** Called off before it started: kept (with everything linked to it), never started. */
  CANCELLED = 'CANCELLED',
}

/** Which meetings of a series an edit or cancellation changes. */
export enum HuddleScope {
  /** Only this meeting. */
  THIS = 'THIS',
  /** This meeting and the later scheduled meetings of its series. */
  FOLLOWING = 'FOLLOWING',
}

export enum Recurrence {
  NONE = 'NONE',
  WEEKLY = 'WEEKLY',
  BIWEEKLY = 'BIWEEKLY',
}

/** Where an agenda item came from: suggested from the brief, or the facilitator's own. */
export enum AgendaItemKind {
  THEME = 'THEME',
  NEEDS_DISCUSSION = 'NEEDS_DISCUSSION',
  SPOTLIGHT = 'SPOTLIGHT',
  OPEN_QUESTION = 'OPEN_QUESTION',
  CUSTOM = 'CUSTOM',
}

export const HUDDLE_LIMITS = {
  titleMax: 160,
  durationMinutesMax: 480,
  occurrencesMax: 26,
  /** Prompts one huddle discusses (the brief reads each member's participation as a bitmask of them). */
  promptsMax: 10,
  agendaTitleMax: 200,
  notesMax: 20000,
  decisionMax: 2000,
  actionItemMax: 500,
  /** Reminders before a huddle, in whole hours before its start (at most two weeks). */
  nudgeHoursMin: 1,
  nudgeHoursMax: 336,
  /** Different reminder times one huddle can have. */
  nudgesMax: 4,
} as const;

/** Hours before a huddle when members who have not posted are nudged, unless its facilitator chose others. */
export const DEFAULT_NUDGE_HOURS = [48, 2] as const;
