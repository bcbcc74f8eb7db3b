import { type Anonymity, ContributionStatus } from '@openhuddle/shared';
import { AppError } from '../../common/errors/app-error';
import { type CohortAccess, canManageCohort, canPost } from '../cohort/cohort.policy';
import { moderationViewerCan } from '../moderation/moderation.policy';
import { hidesAuthor } from './contribution.visibility';

/** What the rules need to know of a contribution (an entity or its GraphQL type both fit). */
export interface ContributionSubject {
  authorId: string;
  status: ContributionStatus;
}

/*
 * Who may do what with a contribution the viewer can already see (seeing is contribution.visibility.ts).
 * Each check returns the error a service throws, or null when allowed; `viewerCan` reads the same
 * checks, so the UI offers exactly what the API accepts.
 */

const isAuthor = (access: CohortAccess, c: ContributionSubject) => c.authorId === access.userId;

export function checkPublish(access: CohortAccess, c: ContributionSubject): AppError | null {
  return isAuthor(access, c) ? null : AppError.forbidden('Only the author can publish this.');
}

/** The author revises a published contribution (drafts are saved, not edited). */
export function checkEdit(access: CohortAccess, c: ContributionSubject): AppError | null {
  if (!isAuthor(access, c)) return AppError.forbidden('Only the author can edit this.');
  if (!canPost(access)) return AppError.forbidden('Observers can read but not post in this cohort.');
  if (c.status !== ContributionStatus.PUBLISHED) return AppError.conflict('Drafts are saved, not edited.');
  return null;
}

/** The author, or whoever manages the cohort (its facilitators, the organization's admins). */
export function checkDelete(access: CohortAccess, c: ContributionSubject): AppError | null {
  return isAuthor(access, c) || canManageCohort(access)
    ? null
    : AppError.forbidden('Only the author or a facilitator can delete this.');
}

export function checkSpotlight(access: CohortAccess): AppError | null {
  return canManageCohort(access) ? null : AppError.forbidden('Only facilitators can spotlight.');
}

/** Anyone who sees a published contribution may react (observers too: a reaction names nobody). */
export function checkReact(_access: CohortAccess, c: ContributionSubject): AppError | null {
  return c.status === ContributionStatus.PUBLISHED ? null : AppError.notFound('Contribution');
}

export function checkComment(access: CohortAccess, c: ContributionSubject): AppError | null {
  if (c.status !== ContributionStatus.PUBLISHED) return AppError.conflict('Publish before discussing.');
  if (!canPost(access) && !canManageCohort(access)) return AppError.forbidden('Observers can read but not comment.');
  return null;
}

/** Whether the viewer learns who wrote it (rule 3: anonymous to peers, not to the cohort's facilitators). */
export function canSeeAuthor(access: CohortAccess, c: Pick<ContributionSubject, 'authorId'>, anonymity: Anonymity) {
  return !hidesAuthor(access, anonymity, c.authorId);
}

/** What the viewer may do with a contribution, for the UI (`Contribution.viewerCan`; giveFeedback is the feedback module's). */
export function contributionViewerCan(access: CohortAccess, c: ContributionSubject) {
  return {
    edit: !checkEdit(access, c),
    delete: !checkDelete(access, c),
    spotlight: !checkSpotlight(access),
    react: !checkReact(access, c),
    comment: !checkComment(access, c),
    // A contribution the viewer can see is not hidden (hidden ones leave every read).
    ...moderationViewerCan(access, { authorId: c.authorId, hiddenAt: null }),
  };
}

/** Throws the refusal a check returned, if any. */
export function enforce(refusal: AppError | null): void {
  if (refusal) throw refusal;
}
