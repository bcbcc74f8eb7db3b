import type { MuteDuration, ReportReason, ReportSubjectType } from '../../generated/graphql';

export const REASON_LABELS: Record<ReportReason, string> = {
  HARASSMENT: 'Harassment or bullying',
  HATEFUL: 'Hateful or discriminatory',
  PRIVATE_INFORMATION: 'Shares private information (e.g. about a student)',
  SPAM: 'Spam or advertising',
  OFF_TOPIC: 'Off topic',
  OTHER: 'Something else',
};

export const SUBJECT_LABELS: Record<ReportSubjectType, string> = {
  CONTRIBUTION: 'contribution',
  FEEDBACK: 'feedback',
  COMMENT: 'comment',
};

export const MUTE_LABELS: Record<MuteDuration, string> = {
  ONE_DAY: 'Mute for 1 day',
  ONE_WEEK: 'Mute for 1 week',
  UNTIL_LIFTED: 'Mute until lifted',
};
