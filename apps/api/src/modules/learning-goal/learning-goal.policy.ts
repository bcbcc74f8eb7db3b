import { LearningGoalStatus } from '@openhuddle/shared';

/** Who a learning goal is between: only these two ever read it. */
export interface GoalParties {
  memberId: string;
  coachId: string | null;
  status: LearningGoalStatus;
}

const EDITABLE: ReadonlySet<LearningGoalStatus> = new Set([
  LearningGoalStatus.DRAFT,
  LearningGoalStatus.CHANGES_REQUESTED,
]);

export const isMember = (userId: string, goal: GoalParties): boolean => goal.memberId === userId;
export const isCoach = (userId: string, goal: GoalParties): boolean => goal.coachId === userId;

/** Private between member and coach: not an admin, not a facilitator, nobody else. */
export function canReadGoal(userId: string, goal: GoalParties): boolean {
  return isMember(userId, goal) || isCoach(userId, goal);
}

/** The member shapes the goal until it is submitted, and again when the coach asks for changes. */
export function canEditGoal(userId: string, goal: GoalParties): boolean {
  return isMember(userId, goal) && EDITABLE.has(goal.status);
}

export function canSubmitGoal(userId: string, goal: GoalParties): boolean {
  return canEditGoal(userId, goal) && goal.coachId !== null;
}

/** The coach answers a submitted goal: approve it, or ask for changes. */
export function canReviewGoal(userId: string, goal: GoalParties): boolean {
  return isCoach(userId, goal) && goal.status === LearningGoalStatus.SUBMITTED;
}

export function canCommentOnGoal(userId: string, goal: GoalParties): boolean {
  return canReadGoal(userId, goal);
}

/** Check-ins and conversations follow an approved goal. */
export function canCheckIn(userId: string, goal: GoalParties): boolean {
  return isMember(userId, goal) && goal.status === LearningGoalStatus.APPROVED;
}

export function canRespondToCheckIn(userId: string, goal: GoalParties): boolean {
  return isCoach(userId, goal) && goal.status === LearningGoalStatus.APPROVED;
}

/** Either of the pair schedules a conversation, writes its notes and closes its follow-up. */
export function canCoach(userId: string, goal: GoalParties): boolean {
  return canReadGoal(userId, goal) && goal.coachId !== null && goal.status === LearningGoalStatus.APPROVED;
}

export interface LearningGoalViewerCan {
  edit: boolean;
  submit: boolean;
  review: boolean;
  comment: boolean;
  checkIn: boolean;
  respond: boolean;
  scheduleConversation: boolean;
}

/** What the UI may offer (the service refuses the rest anyway). */
export function goalViewerCan(userId: string, goal: GoalParties): LearningGoalViewerCan {
  return {
    edit: canEditGoal(userId, goal),
    submit: canSubmitGoal(userId, goal),
    review: canReviewGoal(userId, goal),
    comment: canCommentOnGoal(userId, goal),
    checkIn: canCheckIn(userId, goal),
    respond: canRespondToCheckIn(userId, goal),
    scheduleConversation: canCoach(userId, goal),
  };
}

/** When the next check-in is due: the cadence after the last check-in, or after approval. */
export function nextCheckInDue(cadenceDays: number, since: Date | null): Date | null {
  return since ? new Date(since.getTime() + cadenceDays * 86_400_000) : null;
}
