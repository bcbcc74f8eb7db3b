import { AppError } from '../../common/errors/app-error';
import type { RequestContext } from '../../common/auth/request-context';
import { type CohortAccess, canPost, canViewCohort, isFacilitator } from './cohort.policy';

export type CohortNeed = 'view' | 'post' | 'facilitate';

/**
 * The one gate for everything inside a cohort (prompts, contributions, feedback, comments):
 * NOT_FOUND when the viewer cannot see the cohort at all (other tenants learn nothing),
 * FORBIDDEN when they can see it but lack the role for the action.
 */
export async function requireCohortAccess(
  ctx: RequestContext,
  cohortId: string,
  need: CohortNeed,
): Promise<CohortAccess> {
  const access = await ctx.loaders.cohortAccess.load(cohortId);
  if (!access || !canViewCohort(access)) throw AppError.notFound('Cohort');
  if (need === 'facilitate' && !isFacilitator(access))
    throw AppError.forbidden('Only facilitators of this cohort can do this.');
  if (need === 'post' && !canPost(access)) throw AppError.forbidden('Observers can read but not post in this cohort.');
  return access;
}
