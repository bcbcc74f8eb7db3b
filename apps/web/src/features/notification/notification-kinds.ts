import type { EmailCadence, NotificationKind } from '../../generated/graphql';

/** How each kind is named on the preferences page, in the order it is listed. */
export const KIND_LABELS: Record<NotificationKind, string> = {
  REVIEW_ASSIGNED: 'A review is assigned to you',
  REVIEW_DUE: 'Reviews you owe are due soon',
  FEEDBACK_RECEIVED: 'Feedback on your contribution',
  REPLY: 'Comments and replies to you',
  MENTION: 'Someone mentions you',
  MARKED_HELPFUL: 'Your feedback was marked helpful',
  REVISION_ANSWERS_FEEDBACK: 'A revision answers your feedback',
  PROMPT_OPENED: 'A prompt opens',
  BRIEF_READY: 'A huddle’s brief is ready',
  HUDDLE_NUDGE: 'Reminders before a huddle',
  NUDGE: 'A facilitator reminds you',
  HUDDLE_RESCHEDULED: 'A huddle moves',
  HUDDLE_CANCELLED: 'A huddle is cancelled',
  ACTION_ITEM_ASSIGNED: 'An action item is given to you',
  ACTION_ITEM_DUE: 'An action item is due',
  REPORT_RESOLVED: 'A facilitator hid or restored your content',
  PULSE_OPENED: 'A pulse survey opens',
  LEARNING_GOAL_UPDATED: 'News on a learning goal you have or coach',
  COACHING_FOLLOW_UP_OVERDUE: 'A coaching follow-up is overdue',
};

export const KIND_ORDER = Object.keys(KIND_LABELS) as NotificationKind[];

export const EMAIL_OPTIONS: ReadonlyArray<{ value: EmailCadence; label: string }> = [
  { value: 'IMMEDIATELY', label: 'Immediately' },
  { value: 'DAILY_DIGEST', label: 'Daily digest' },
  { value: 'WEEKLY_DIGEST', label: 'Weekly digest' },
  { value: 'OFF', label: 'Off' },
];
