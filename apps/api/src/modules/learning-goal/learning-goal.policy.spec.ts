import { LearningGoalStatus } from '@openhuddle/shared';
import {
  canCheckIn,
  canCoach,
  canEditGoal,
  canReadGoal,
  canReviewGoal,
  canSubmitGoal,
  goalViewerCan,
  nextCheckInDue,
} from './learning-goal.policy';

const goal = (status: LearningGoalStatus, coachId: string | null = 'coach') => ({
  memberId: 'member',
  coachId,
  status,
});

describe('learning goal policy', () => {
  it('is read by its member and its coach only', () => {
    const g = goal(LearningGoalStatus.APPROVED);
    expect(canReadGoal('member', g)).toBe(true);
    expect(canReadGoal('coach', g)).toBe(true);
    expect(canReadGoal('admin', g)).toBe(false);
    expect(goalViewerCan('admin', g)).toEqual({
      edit: false,
      submit: false,
      review: false,
      comment: false,
      checkIn: false,
      respond: false,
      scheduleConversation: false,
    });
  });

  it('lets the member edit and submit while drafting or after changes were requested, and only with a coach', () => {
    for (const status of [LearningGoalStatus.DRAFT, LearningGoalStatus.CHANGES_REQUESTED]) {
      expect(canEditGoal('member', goal(status))).toBe(true);
      expect(canSubmitGoal('member', goal(status))).toBe(true);
      expect(canEditGoal('coach', goal(status))).toBe(false);
    }
    expect(canSubmitGoal('member', goal(LearningGoalStatus.DRAFT, null))).toBe(false);
    expect(canEditGoal('member', goal(LearningGoalStatus.SUBMITTED))).toBe(false);
    expect(canEditGoal('member', goal(LearningGoalStatus.APPROVED))).toBe(false);
  });

  it('lets the coach review a submitted goal only, never their own', () => {
    expect(canReviewGoal('coach', goal(LearningGoalStatus.SUBMITTED))).toBe(true);
    expect(canReviewGoal('coach', goal(LearningGoalStatus.DRAFT))).toBe(false);
    expect(canReviewGoal('member', goal(LearningGoalStatus.SUBMITTED))).toBe(false);
  });

  it('opens check-ins and conversations once approved', () => {
    expect(canCheckIn('member', goal(LearningGoalStatus.SUBMITTED))).toBe(false);
    expect(canCheckIn('member', goal(LearningGoalStatus.APPROVED))).toBe(true);
    expect(canCheckIn('coach', goal(LearningGoalStatus.APPROVED))).toBe(false);
    expect(canCoach('coach', goal(LearningGoalStatus.APPROVED))).toBe(true);
    expect(canCoach('member', goal(LearningGoalStatus.APPROVED, null))).toBe(false);
  });

  it('puts the next check-in one cadence after the last', () => {
    expect(nextCheckInDue(14, new Date('2026-01-01T00:00:00Z'))?.toISOString()).toBe('2026-01-15T00:00:00.000Z');
    expect(nextCheckInDue(14, null)).toBeNull();
  });
});
