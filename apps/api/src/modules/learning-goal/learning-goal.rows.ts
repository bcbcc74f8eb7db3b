import type { LearningGoalEventKind, LearningGoalStatus } from '@openhuddle/shared';

/** A learning goal as its pages read it, with its people's names and what is due. */
export interface GoalRow {
  id: string;
  organizationId: string;
  memberId: string;
  memberName: string;
  coachId: string | null;
  coachName: string | null;
  planItemId: string | null;
  planItemTitle: string | null;
  title: string;
  description: string;
  status: LearningGoalStatus;
  cadenceDays: number;
  createdAt: Date;
  updatedAt: Date;
  approvedAt: Date | null;
  lastCheckInAt: Date | null;
  overdueFollowUps: number;
}

export interface GoalEventRow {
  id: string;
  kind: LearningGoalEventKind;
  body: string;
  createdAt: Date;
  actorId: string | null;
  actorName: string | null;
}

export interface CheckInRow {
  id: string;
  goalId: string;
  reflection: string;
  measureName: string | null;
  measureValue: number | null;
  url: string | null;
  response: string | null;
  respondedAt: Date | null;
  responderName: string | null;
  createdAt: Date;
}

/** A contribution linked from a check-in, already filtered to what the viewer may open. */
export interface CheckInEvidenceRow {
  checkInId: string;
  contributionId: string;
  promptId: string;
  promptTitle: string;
  excerpt: string;
}

export interface ConversationRow {
  id: string;
  goalId: string;
  startsAt: Date;
  link: string | null;
  notes: string;
  nextSteps: string;
  followUpDueAt: Date;
  followUpDoneAt: Date | null;
}

/** An open follow-up past its date, with its goal and member, for the coach's page. */
export interface OverdueFollowUpRow extends ConversationRow {
  goalTitle: string;
  memberName: string;
}

export interface CoachChoiceRow {
  userId: string;
  displayName: string;
  /** Facilitates a cohort the member belongs to. */
  facilitator: boolean;
}

export interface EvidenceChoiceRow {
  contributionId: string;
  promptTitle: string;
  excerpt: string;
  publishedAt: Date;
}

export interface PlanGoalRow {
  id: string;
  title: string;
}
