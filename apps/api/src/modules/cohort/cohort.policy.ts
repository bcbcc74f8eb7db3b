import { CohortRole, OrgRole, orgRoleAtLeast } from '@openhuddle/shared';

/** The viewer's standing in one cohort; computed once per request per cohort (cohort.loader.ts). */
export interface CohortAccess {
  cohortId: string;
  organizationId: string;
  userId: string;
  /** Null when the viewer is not in the cohort (or no longer in its organization). */
  cohortRole: CohortRole | null;
  /** Null when the viewer has no membership of the cohort's organization (removed, or a stranger). */
  orgRole: OrgRole | null;
  /**
   * A Guest of the cohort (PRODUCT.md): a place in it without a membership of its organization.
   * The cohort role counts here; nothing of the organization does (orgRole stays null).
   */
  guest?: boolean;
}

/** The cohort role that counts: none without a membership of the organization or a Guest place (rule 1). */
function cohortRole(access: CohortAccess): CohortRole | null {
  return access.orgRole || access.guest ? access.cohortRole : null;
}

function isOrgAdmin(access: CohortAccess): boolean {
  return !!access.orgRole && orgRoleAtLeast(access.orgRole, OrgRole.ADMIN);
}

/**
 * Runs the cohort (prompts, huddles, members, spotlights, nudges): its facilitators, and the
 * organization's admins and owners (PRODUCT.md rule 2: they manage cohorts they are not in).
 */
export function canManageCohort(access: CohortAccess): boolean {
  return cohortRole(access) === CohortRole.FACILITATOR || isOrgAdmin(access);
}

/**
 * Sees everything inside the cohort — every published contribution whatever its reveal rule,
 * the authors of anonymous ones, who has posted: the cohort's own facilitators only. An admin
 * outside the cohort reads as an observer until they add themselves as facilitator (rule 2–3).
 */
export function seesAsFacilitator(access: CohortAccess): boolean {
  return cohortRole(access) === CohortRole.FACILITATOR;
}

/**
 * The role the viewer reads the cohort's content with: their cohort role, or OBSERVER for an
 * organization admin outside the cohort; null when they may not read it at all.
 */
export function readingRole(access: CohortAccess): CohortRole | null {
  return cohortRole(access) ?? (isOrgAdmin(access) ? CohortRole.OBSERVER : null);
}

/** Anyone in the cohort, or an admin of its organization, may open it. */
export function canViewCohort(access: CohortAccess): boolean {
  return readingRole(access) !== null;
}

/** Members and facilitators post; observers (and admins outside the cohort) watch. */
export function canPost(access: CohortAccess): boolean {
  const role = cohortRole(access);
  return role === CohortRole.MEMBER || role === CohortRole.FACILITATOR;
}

/** Org facilitators and above may start cohorts. */
export function canCreateCohort(orgRole: OrgRole): boolean {
  return orgRoleAtLeast(orgRole, OrgRole.FACILITATOR);
}

/** What the viewer may do in the cohort, for the UI (`viewerCan`). */
export function cohortViewerCan(access: CohortAccess) {
  return { facilitate: canManageCohort(access), post: canPost(access), seeEverything: seesAsFacilitator(access) };
}
