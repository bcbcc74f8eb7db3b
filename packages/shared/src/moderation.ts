/** What a report (moderation) is about. */
export enum ReportSubjectType {
  CONTRIBUTION = 'CONTRIBUTION',
  FEEDBACK = 'FEEDBACK',
  COMMENT = 'COMMENT',
}

/** Why a member reports something: a closed list (an optional note adds detail). */
export enum ReportReason {
  HARASSMENT = 'HARASSMENT',
  HATEFUL = 'HATEFUL',
  PRIVATE_INFORMATION = 'PRIVATE_INFORMATION',
  SPAM = 'SPAM',
  OFF_TOPIC = 'OFF_TOPIC',
  OTHER = 'OTHER',
}

/** A report is open until a facilitator hides the content, restores it, or dismisses the report. */
export enum ReportStatus {
  OPEN = 'OPEN',
  HIDDEN = 'HIDDEN',
  RESTORED = 'RESTORED',
  DISMISSED = 'DISMISSED',
}

/** How long a mute lasts. */
export enum MuteDuration {
  ONE_DAY = 'ONE_DAY',
  ONE_WEEK = 'ONE_WEEK',
  UNTIL_LIFTED = 'UNTIL_LIFTED',
}

export const REPORT_NOTE_MAX = 1000;
export const HIDE_REASON_MAX = 500;
