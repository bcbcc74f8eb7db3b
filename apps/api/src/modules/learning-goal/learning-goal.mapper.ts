import type {
  CheckIn,
  CoachingConversation,
  LearningGoal,
  LearningGoalEvent,
  OverdueFollowUp,
} from './dto/learning-goal.types';
import { goalViewerCan, isCoach, nextCheckInDue } from './learning-goal.policy';
import type {
  CheckInEvidenceRow,
  CheckInRow,
  ConversationRow,
  GoalEventRow,
  GoalRow,
  OverdueFollowUpRow,
} from './learning-goal.rows';

export function toGoal(row: GoalRow, viewerId: string): LearningGoal {
  const approvedAt = row.approvedAt ? new Date(row.approvedAt) : null;
  const lastCheckInAt = row.lastCheckInAt ? new Date(row.lastCheckInAt) : null;
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    status: row.status,
    member: { id: row.memberId, displayName: row.memberName },
    coach: row.coachId ? { id: row.coachId, displayName: row.coachName ?? '' } : null,
    alignedTo: row.planItemId ? { id: row.planItemId, title: row.planItemTitle ?? '' } : null,
    cadenceDays: row.cadenceDays,
    approvedAt,
    lastCheckInAt,
    nextCheckInDue: approvedAt ? nextCheckInDue(row.cadenceDays, lastCheckInAt ?? approvedAt) : null,
    overdueFollowUps: row.overdueFollowUps,
    viewerIsCoach: isCoach(viewerId, row),
    viewerCan: goalViewerCan(viewerId, row),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export const toEvent = (row: GoalEventRow): LearningGoalEvent => ({
  id: row.id,
  kind: row.kind,
  body: row.body,
  actor: row.actorId ? { id: row.actorId, displayName: row.actorName ?? '' } : null,
  createdAt: row.createdAt,
});

export function toCheckIn(row: CheckInRow, evidence: readonly CheckInEvidenceRow[]): CheckIn {
  return {
    ...row,
    contributions: evidence
      .filter((e) => e.checkInId === row.id)
      .map((e) => ({ id: e.contributionId, promptId: e.promptId, promptTitle: e.promptTitle, excerpt: e.excerpt })),
  };
}

export const toConversation = (row: ConversationRow, now: Date): CoachingConversation => ({
  id: row.id,
  goalId: row.goalId,
  startsAt: row.startsAt,
  link: row.link,
  notes: row.notes,
  nextSteps: row.nextSteps,
  followUpDueAt: row.followUpDueAt,
  followUpDoneAt: row.followUpDoneAt,
  followUpOverdue: !row.followUpDoneAt && new Date(row.followUpDueAt) < now,
});

export const toOverdue = (row: OverdueFollowUpRow, now: Date): OverdueFollowUp => ({
  conversation: toConversation(row, now),
  goalId: row.goalId,
  goalTitle: row.goalTitle,
  memberName: row.memberName,
});
