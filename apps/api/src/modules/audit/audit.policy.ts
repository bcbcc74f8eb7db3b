import { CohortRole, OrgRole, orgRoleAtLeast } from '@openhuddle/shared';
import type { CohortAccess } from '../cohort/cohort.policy';
import { AuditAction } from './audit-action';

/** The audit log is the organization's admins' and owners' (PRODUCT.md: org admin … audit). */
export function canViewAuditLog(orgRole: OrgRole | null): boolean {
  return !!orgRole && orgRoleAtLeast(orgRole, OrgRole.ADMIN);
}

/**
 * Which action adding people to a cohort with `role` is: an org admin or owner who does not
 * facilitate the cohort handing out FACILITATOR (often to themselves, to see everything inside
 * it) is recorded as such (PRODUCT.md rule 2); any other addition is a plain COHORT_MEMBER_ADDED.
 */
export function cohortAdditionAction(access: CohortAccess, role: CohortRole): AuditAction {
  const adminOutside = canViewAuditLog(access.orgRole) && access.cohortRole !== CohortRole.FACILITATOR;
  return role === CohortRole.FACILITATOR && adminOutside
    ? AuditAction.COHORT_FACILITATOR_ADDED_BY_ADMIN
    : AuditAction.COHORT_MEMBER_ADDED;
}
