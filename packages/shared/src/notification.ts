/** What a notification is about (PRODUCT.md: Notification). A closed list: preferences are per kind. */
export enum NotificationKind {
  MENTION = 'MENTION',
  HUDDLE_NUDGE = 'HUDDLE_NUDGE',
  /** A facilitator reminded you to post or to give the reviews you owe (on demand, not automatic). */
  NUDGE = 'NUDGE',
  HUDDLE_RESCHEDULED = 'HUDDLE_RESCHEDULED',
  HUDDLE_CANCELLED = 'HUDDLE_CANCELLED',
  FEEDBACK_RECEIVED = 'FEEDBACK_RECEIVED',
  MARKED_HELPFUL = 'MARKED_HELPFUL',
  /** A comment on your contribution, or a reply to your comment or feedback. */
  REPLY = 'REPLY',
  /** The author revised a contribution you gave feedback on. */
  REVISION_ANSWERS_FEEDBACK = 'REVISION_ANSWERS_FEEDBACK',
  REVIEW_ASSIGNED = 'REVIEW_ASSIGNED',
  /** Reviews you owe are due soon. */
  REVIEW_DUE = 'REVIEW_DUE',
  ACTION_ITEM_ASSIGNED = 'ACTION_ITEM_ASSIGNED',
  ACTION_ITEM_DUE = 'ACTION_ITEM_DUE',
  PROMPT_OPENED = 'PROMPT_OPENED',
  BRIEF_READY = 'BRIEF_READY',
  REPORT_RESOLVED = 'REPORT_RESOLVED',
  /** A pulse survey round opened for you to answer (anonymously). */
  PULSE_OPENED = 'PULSE_OPENED',
  /** Your learning goal moved: submitted to you, changes requested, approved, a comment, a check-in or a response. */
  LEARNING_GOAL_UPDATED = 'LEARNING_GOAL_UPDATED',
  /** A coaching conversation's follow-up is overdue (to the member and the coach). */
  COACHING_FOLLOW_UP_OVERDUE = 'COACHING_FOLLOW_UP_OVERDUE',
}

/** What a notification points at, so it can be checked again when it is read. */
export enum NotificationSubjectType {
  CONTRIBUTION = 'CONTRIBUTION',
  FEEDBACK = 'FEEDBACK',
  COMMENT = 'COMMENT',
  PROMPT = 'PROMPT',
  HUDDLE = 'HUDDLE',
  PULSE_ROUND = 'PULSE_ROUND',
  ACTION_ITEM = 'ACTION_ITEM',
  REPORT = 'REPORT',
  /** Only its member and coach may read it (re-checked at every read). */
  LEARNING_GOAL = 'LEARNING_GOAL',
}

/** How email reaches a person for one kind. */
export enum EmailCadence {
  IMMEDIATELY = 'IMMEDIATELY',
  DAILY_DIGEST = 'DAILY_DIGEST',
  WEEKLY_DIGEST = 'WEEKLY_DIGEST',
  OFF = 'OFF',
}

const IMMEDIATE_KINDS: ReadonlySet<NotificationKind> = new Set([
  NotificationKind.REVIEW_ASSIGNED,
  NotificationKind.REVIEW_DUE,
  NotificationKind.FEEDBACK_RECEIVED,
  NotificationKind.REPLY,
  NotificationKind.MENTION,
  NotificationKind.BRIEF_READY,
  NotificationKind.PROMPT_OPENED,
  NotificationKind.PULSE_OPENED,
  NotificationKind.HUDDLE_NUDGE,
  NotificationKind.NUDGE,
  NotificationKind.HUDDLE_RESCHEDULED,
  NotificationKind.HUDDLE_CANCELLED,
  NotificationKind.COACHING_FOLLOW_UP_OVERDUE,
]);

/** Email by default: at once for what asks for action or is time-bound, the daily digest for the rest. */
export function defaultEmailCadence(kind: NotificationKind): EmailCadence {
  return IMMEDIATE_KINDS.has(kind) ? EmailCadence.IMMEDIATELY : EmailCadence.DAILY_DIGEST;
}

export const NOTIFICATION_LIMITS = {
  textMax: 300,
  linkMax: 300,
  pageSizeMax: 50,
} as const;
