import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor';
import { CohortGate, type CohortNeed } from '../../common/auth/cohort-gate';
import { AppError } from '../../common/errors/app-error';
import { type CohortAccess, canManageCohort, canPost, canViewCohort } from './cohort.policy';

export type { CohortNeed } from '../../common/auth/cohort-gate';

/**
 * The one gate for everything inside a cohort (prompts, contributions, feedback, comments):
 * NOT_FOUND when the actor cannot see the cohort at all (other tenants learn nothing),
 * FORBIDDEN when they can see it but lack the role for the action.
 */
export async function requireCohortAccess(actor: Actor, cohortId: string, need: CohortNeed): Promise<CohortAccess> {
  const access = await actor.loaders.cohortAccess.load(cohortId);
  if (!access || !canViewCohort(access)) throw AppError.notFound('Cohort');
  if (need === 'facilitate' && !canManageCohort(access))
    throw AppError.forbidden('Only facilitators of this cohort can do this.');
  if (need === 'post' && !canPost(access)) throw AppError.forbidden('Observers can read but not post in this cohort.');
  return access;
}

/** The gate as AccessGuard sees it (`@CohortScoped`). */
@Injectable()
export class CohortAccessGate extends CohortGate {
  require(actor: Actor, cohortId: string, need: CohortNeed): Promise<CohortAccess> {
    return requireCohortAccess(actor, cohortId, need);
  }
}
