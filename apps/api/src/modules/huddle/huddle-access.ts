import type { Actor } from '../../common/auth/actor';
import { AppError, notFoundAs } from '../../common/errors/app-error';
import { requireCohortAccess } from '../cohort/cohort-access';
import type { CohortAccess } from '../cohort/cohort.policy';
import type { HuddleEntity } from './huddle.entity';
import { huddleWithAccess } from './huddle.loader';
import { canOnHuddle, type HuddleAction } from './huddle.policy';

/** The words of the cohort gate, so a refusal reads the same whichever path decided it. */
export const ONLY_FACILITATORS = 'Only facilitators of this cohort can do this.';

/** FORBIDDEN unless the policy lets the viewer do `action`. */
export function assertCan(access: CohortAccess, action: HuddleAction): void {
  if (!canOnHuddle(access, action)) throw AppError.forbidden(ONLY_FACILITATORS);
}

/**
 * Loads a huddle with the viewer's access to its cohort: NOT_FOUND for outsiders (whether it
 * exists or not), FORBIDDEN when they see it but the policy refuses `action`.
 */
export async function requireHuddle(
  actor: Actor,
  huddleId: string,
  action: HuddleAction = 'view',
): Promise<{ huddle: HuddleEntity; access: CohortAccess }> {
  // The huddle and the viewer's roles in its cohort come in one statement (shared with the
  // guard's lookup); the primed access loader lets the cohort gate decide without asking again.
  const huddle = await huddleWithAccess(actor.loaders, actor.user.id, huddleId);
  if (!huddle) throw AppError.notFound('Huddle');
  const access = await requireCohortAccess(actor, huddle.cohortId, 'view').catch((error: unknown) => {
    throw notFoundAs(error, 'Huddle');
  });
  assertCan(access, action);
  return { huddle, access };
}
