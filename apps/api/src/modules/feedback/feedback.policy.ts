import { ContributionStatus } from '@openhuddle/shared';
import { AppError } from '../../common/errors/app-error';
import { type CohortAccess, canManageCohort, canPost } from '../cohort/cohort.policy';
import { checkComment } from '../contribution/contribution.policy';

/** What the feedback rules need to know of the contribution it is given on. */
export interface FeedbackTarget {
  authorId: string;
  status: ContributionStatus;
}

/**
 * Who may do what with feedback. Each check returns the error a service throws, or null when
 * allowed; `viewerCan` fields read the same checks, so the UI offers exactly what the API accepts.
 */
export function checkGiveFeedback(access: CohortAccess, contribution: FeedbackTarget): AppError | null {
  // An unpublished contribution is nobody's to review: it looks unknown, like one the viewer cannot see.
  if (contribution.status !== ContributionStatus.PUBLISHED) return AppError.notFound('Contribution');
  if (contribution.authorId === access.userId)
    return AppError.forbidden('You cannot give feedback on your own contribution.');
  if (!canPost(access) && !canManageCohort(access))
    return AppError.forbidden('Observers can read but not give feedback.');
  return null;
}

/** Only the contribution's author says whether feedback helped. */
export function checkMarkHelpful(viewerId: string, contribution: Pick<FeedbackTarget, 'authorId'>): AppError | null {
  return contribution.authorId === viewerId
    ? null
    : AppError.forbidden('Only the author of the contribution can do this.');
}

/** Replying to feedback is commenting on its contribution, under the same rule. */
export function checkReply(access: CohortAccess, contribution: FeedbackTarget): AppError | null {
  return checkComment(access, contribution);
}

/** Facilitators move reviews; to anyone else an assignment does not exist (NOT_FOUND, rule: learn nothing). */
export function checkReassignReview(access: CohortAccess | null): AppError | null {
  return access && canManageCohort(access) ? null : AppError.notFound('Review');
}

/** What the viewer may do with one feedback, for the UI (`Feedback.viewerCan`). */
export function feedbackViewerCan(access: CohortAccess, contribution: FeedbackTarget) {
  return {
    markHelpful: !checkMarkHelpful(access.userId, contribution),
    reply: !checkReply(access, contribution),
  };
}
