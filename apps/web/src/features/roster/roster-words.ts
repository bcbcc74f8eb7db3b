import type { RosterAction } from '../../generated/graphql';

/** What a roster row will do (dry run) or did (applied), in words. */
export function stepLabel(action: RosterAction, cohortName: string | null | undefined): string {
  switch (action) {
    case 'INVITE':
      return 'Invite';
    case 'ALREADY_INVITED':
      return 'Already invited';
    case 'ALREADY_MEMBER':
      return 'Already a member';
    case 'ADD_TO_COHORT':
      return `Add to ${cohortName ?? 'cohort'}`;
    case 'ALREADY_IN_COHORT':
      return `Already in ${cohortName ?? 'cohort'}`;
    case 'COHORT_AFTER_JOINING':
      return `Joins ${cohortName ?? 'cohort'} on accepting`;
  }
}
