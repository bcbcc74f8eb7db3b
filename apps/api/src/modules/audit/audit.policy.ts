import { CohortRole, OrgRole, orgRoleAtLeast } from '@openhuddle/shared';
import { AuditAction } from './audit-action';

/**
 * Who added people to a cohort, as the audit log needs it. The cohort module's CohortAccess satisfies it;
 * audit declares its own shape so it does not import the cohort module back (that was a module cycle).
 */
export interface CohortActor {
  cohortId: string;
  organizationId: string;
  userId: string;
  cohortRole: CohortRole | null;
  orgRole: OrgRole | null;
}

/** The audit log is the organization's admins' and owners' (PRODUCT.md: org admin … audit). */
export function canViewAuditLog(orgRole: OrgRole | null): boolean {
  return !!orgRole && orgRoleAtLeast(orgRole, OrgRole.ADMIN);
}

/**
 * Which action adding people to a cohort with `role` is: an org admin or owner who does not
 * facilitate the cohort handing out FACILITATOR (often to themselves, to see everything inside
 * it) is recorded as such (PRODUCT.md rule 2); any other addition is a plain COHORT_MEMBER_ADDED.
 */
export function cohortAdditionAction(access: CohortActor, role: CohortRole): AuditAction {
  const adminOutside = canViewAuditLog(access.orgRole) && access.cohortRole !== CohortRole.FACILITATOR;
  return role === CohortRole.FACILITATOR && adminOutside
    ? AuditAction.COHORT_FACILITATOR_ADDED_BY_ADMIN
    : AuditAction.COHORT_MEMBER_ADDED;
}
