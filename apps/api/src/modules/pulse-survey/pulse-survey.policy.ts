import type { CohortAccess } from '../cohort/cohort.policy';
import { canManageCohort, canPost, canViewCohort } from '../cohort/cohort.policy';

/** Where a round stands for one viewer. */
export interface RoundState {
  open: boolean;
  viewerHasAnswered: boolean;
}

/**
 * Who may do what with a pulse survey. Everyone who can see the cohort reads the results — which
 * are aggregates above the threshold, the same for every viewer, facilitators and owners included
 * (rule 8: nobody sees who answered what). Members and facilitators answer; observers watch.
 */
export const pulsePolicy = {
  readResults: (access: CohortAccess): boolean => canViewCohort(access),
  manage: (access: CohortAccess): boolean => canManageCohort(access),
  answer: (access: CohortAccess, round: RoundState | null, stopped: boolean): boolean =>
    canPost(access) && !stopped && !!round?.open && !round.viewerHasAnswered,
};

/** Why an answer is refused, in the words the member reads; null when it may be recorded. */
export function answerBlocker(access: CohortAccess, round: RoundState, stopped: boolean): string | null {
  if (!canPost(access)) return 'Observers do not answer this cohort’s pulse.';
  if (round.viewerHasAnswered) return 'You have already answered this pulse round.';
  if (stopped || !round.open) return 'This pulse round has closed.';
  return null;
}
