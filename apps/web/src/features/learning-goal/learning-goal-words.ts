import type { LearningGoalEventKind, LearningGoalStatus } from '../../generated/graphql';
import type { BadgeTone } from '../../ui';

export const STATUS_WORDS: Record<LearningGoalStatus, { label: string; tone: BadgeTone }> = {
  DRAFT: { label: 'Draft', tone: 'neutral' },
  SUBMITTED: { label: 'With the coach', tone: 'info' },
  CHANGES_REQUESTED: { label: 'Changes requested', tone: 'warning' },
  APPROVED: { label: 'Approved', tone: 'success' },
};

/** How each line of a goal's history reads, after the person's name. */
export const EVENT_WORDS: Record<LearningGoalEventKind, string> = {
  DRAFTED: 'drafted the goal',
  EDITED: 'edited the goal',
  SUBMITTED: 'submitted it to the coach',
  CHANGES_REQUESTED: 'asked for changes',
  APPROVED: 'approved the goal',
  COMMENTED: 'commented',
  CHECKED_IN: 'checked in',
  RESPONDED: 'responded to a check-in',
  CONVERSATION_SCHEDULED: 'scheduled a coaching conversation',
  CONVERSATION_NOTED: 'wrote notes on a conversation',
  FOLLOW_UP_DONE: 'marked a follow-up done',
};
