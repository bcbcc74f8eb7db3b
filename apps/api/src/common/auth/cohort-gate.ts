import type { Actor } from './actor';

export type CohortNeed = 'view' | 'post' | 'facilitate';

/**
 * The one gate inside a cohort, implemented by the cohort module: NOT_FOUND when the actor
 * cannot see the cohort (other tenants learn nothing), FORBIDDEN when they lack the role.
 */
export abstract class CohortGate {
  abstract require(actor: Actor, cohortId: string, need: CohortNeed): Promise<unknown>;
}
