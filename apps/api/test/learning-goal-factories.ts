import type { GqlClient } from './gql-client';

export const GOAL_FIELDS = `id title description status cadenceDays overdueFollowUps viewerIsCoach nextCheckInDue
  member { id displayName } coach { id displayName } alignedTo { id title }
  viewerCan { edit submit review comment checkIn respond scheduleConversation }`;
export const DETAIL_FIELDS = `goal { ${GOAL_FIELDS} } history { kind body actor { id } }
  checkIns { id reflection measureName measureValue url response responderName contributions { id promptTitle excerpt } }
  conversations { id startsAt link notes nextSteps followUpDueAt followUpDoneAt followUpOverdue }`;

export const LEARNING_GOALS = `query ($org: ID!) { learningGoals(organizationId: $org) {
  mine { ${GOAL_FIELDS} } coaching { ${GOAL_FIELDS} }
  overdueFollowUps { goalId goalTitle memberName conversation { id followUpOverdue } } } }`;
export const LEARNING_GOAL = `query ($input: LearningGoalRefInput!) { learningGoal(input: $input) { ${DETAIL_FIELDS} } }`;
export const CHOICES = `query ($org: ID!) { learningGoalChoices(organizationId: $org) {
  coaches { id displayName facilitator } planGoals { id title } evidence { contributionId promptTitle } } }`;
export const DRAFT_GOAL = `mutation ($input: DraftLearningGoalInput!) { draftLearningGoal(input: $input) { ${DETAIL_FIELDS} } }`;
export const UPDATE_GOAL = `mutation ($input: UpdateLearningGoalInput!) { updateLearningGoal(input: $input) { ${DETAIL_FIELDS} } }`;
export const SUBMIT_GOAL = `mutation ($input: SubmitLearningGoalInput!) { submitLearningGoal(input: $input) { ${DETAIL_FIELDS} } }`;
export const REVIEW_GOAL = `mutation ($input: ReviewLearningGoalInput!) { reviewLearningGoal(input: $input) { ${DETAIL_FIELDS} } }`;
export const COMMENT_GOAL = `mutation ($input: CommentOnLearningGoalInput!) { commentOnLearningGoal(input: $input) { ${DETAIL_FIELDS} } }`;
export const ADD_CHECK_IN = `mutation ($input: AddCheckInInput!) { addCheckIn(input: $input) { ${DETAIL_FIELDS} } }`;
export const RESPOND = `mutation ($input: RespondToCheckInInput!) { respondToCheckIn(input: $input) { ${DETAIL_FIELDS} } }`;
export const SCHEDULE = `mutation ($input: ScheduleCoachingConversationInput!) { scheduleCoachingConversation(input: $input) { ${DETAIL_FIELDS} } }`;
export const RECORD = `mutation ($input: RecordCoachingConversationInput!) { recordCoachingConversation(input: $input) { ${DETAIL_FIELDS} } }`;

/** Drafts a goal with a coach, submits it and has the coach approve it; returns the goal's id. */
export async function approvedGoal(
  member: GqlClient,
  coach: GqlClient,
  organizationId: string,
  coachId: string,
  title = 'Use hinge questions in every lesson',
): Promise<string> {
  const { draftLearningGoal } = await member.ok(DRAFT_GOAL, {
    input: { organizationId, title, coachId, cadenceDays: 14 },
  });
  const goalId = draftLearningGoal.goal.id as string;
  await member.ok(SUBMIT_GOAL, { input: { organizationId, goalId } });
  await coach.ok(REVIEW_GOAL, { input: { organizationId, goalId, decision: 'APPROVE', comment: 'Go for it.' } });
  return goalId;
}
