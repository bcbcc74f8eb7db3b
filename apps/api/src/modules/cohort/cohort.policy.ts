import { CohortRole, OrgRole, orgRoleAtLeast } from '@openhuddle/shared';

/** The viewer's standing in one cohort; computed once per request per cohort (cohort.loader.ts). */
export interface CohortAccess {
  cohortId: string;
  organizationId: string;
  userId: string;
  cohortRole: CohortRole | null;
  orgRole: OrgRole | null;
}

/** Cohort facilitators and the organization's admins and owners run the cohort and see everything in it. */
export function isFacilitator(access: CohortAccess): boolean {
  return (
    access.cohortRole === CohortRole.FACILITATOR || (!!access.orgRole && orgRoleAtLeast(access.orgRole, OrgRole.ADMIN))
  );
}

/** Anyone in the cohort, or an admin of its organization, may open it. */
export function canViewCohort(access: CohortAccess): boolean {
  return access.cohortRole !== null || isFacilitator(access);
}

/** Members and facilitators post; observers watch. */
export function canPost(access: CohortAccess): boolean {
  return access.cohortRole === CohortRole.MEMBER || access.cohortRole === CohortRole.FACILITATOR;
}

/** Org facilitators and above may start cohorts. */
export function canCreateCohort(orgRole: OrgRole): boolean {
  return orgRoleAtLeast(orgRole, OrgRole.FACILITATOR);
}
