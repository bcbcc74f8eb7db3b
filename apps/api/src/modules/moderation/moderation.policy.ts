import { MuteDuration } from '@openhuddle/shared';
import { AppError } from '../../common/errors/app-error';
import { type CohortAccess, canManageCohort, canViewCohort } from '../cohort/cohort.policy';

/** What the moderation rules need to know of a contribution, a feedback or a comment. */
export interface ModeratedSubject {
  authorId: string;
  hiddenAt: Date | null;
}

/**
 * Who may report, hide, restore, dismiss and mute. Each check returns the error a service throws, or
 * null when allowed; `viewerCan` fields read the same checks, so the UI offers what the API accepts.
 */
export function checkReport(access: CohortAccess, subject: ModeratedSubject): AppError | null {
  if (!canViewCohort(access)) return AppError.notFound('Content');
  if (subject.authorId === access.userId) return AppError.forbidden('You cannot report your own content.');
  if (subject.hiddenAt) return AppError.notFound('Content');
  return null;
}

/** Hide, restore, dismiss, mute and the report queue: whoever manages the cohort (facilitators, org admins). */
export function checkModerate(access: CohortAccess | null): AppError | null {
  return access && canManageCohort(access) ? null : AppError.forbidden('Only facilitators can moderate this cohort.');
}

export function checkHide(access: CohortAccess, subject: ModeratedSubject): AppError | null {
  return checkModerate(access) ?? (subject.hiddenAt ? AppError.conflict('This is already hidden.') : null);
}

export function checkRestore(access: CohortAccess, subject: ModeratedSubject): AppError | null {
  return checkModerate(access) ?? (subject.hiddenAt ? null : AppError.conflict('This is not hidden.'));
}

/** Facilitators do not mute themselves or each other: a mute is for a member of the cohort. */
export function checkMute(access: CohortAccess, targetUserId: string, targetIsFacilitator: boolean): AppError | null {
  const refusal = checkModerate(access);
  if (refusal) return refusal;
  if (targetUserId === access.userId) return AppError.badInput({ userId: 'You cannot mute yourself.' });
  if (targetIsFacilitator) return AppError.badInput({ userId: 'Facilitators cannot be muted.' });
  return null;
}

/** When a mute of this duration, starting now, ends (null: until a facilitator lifts it). */
export function muteEndsAt(duration: MuteDuration, now = new Date()): Date | null {
  const day = 24 * 60 * 60 * 1000;
  switch (duration) {
    case MuteDuration.ONE_DAY:
      return new Date(now.getTime() + day);
    case MuteDuration.ONE_WEEK:
      return new Date(now.getTime() + 7 * day);
    case MuteDuration.UNTIL_LIFTED:
      return null;
  }
}

/** Whether a mute is in force now. */
export function isMuteActive(mute: { until: Date | null; liftedAt: Date | null }, now = new Date()): boolean {
  return !mute.liftedAt && (!mute.until || mute.until > now);
}

/** The refusal a muted member gets when they try to publish, comment or give feedback. */
export function mutedRefusal(until: Date | null): AppError {
  return AppError.forbidden(
    until
      ? `A facilitator has muted you in this cohort until ${until.toISOString()}: you cannot publish, comment or give feedback until then. Drafts still save.`
      : 'A facilitator has muted you in this cohort until they lift it: you cannot publish, comment or give feedback. Drafts still save.',
  );
}

/** What the viewer may do with a contribution, a feedback or a comment, for the UI (`viewerCan`). */
export function moderationViewerCan(access: CohortAccess, subject: ModeratedSubject) {
  return { report: !checkReport(access, subject), hide: !checkHide(access, subject) };
}
