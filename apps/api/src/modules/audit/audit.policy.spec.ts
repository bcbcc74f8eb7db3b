import { CohortRole, OrgRole } from '@openhuddle/shared';
import { AuditAction } from './audit-action';
import { canViewAuditLog, cohortAdditionAction, type CohortActor } from './audit.policy';

const access = (orgRole: OrgRole | null, cohortRole: CohortRole | null): CohortActor => ({
  cohortId: 'c',
  organizationId: 'o',
  userId: 'u',
  orgRole,
  cohortRole,
});

describe('audit policy', () => {
  it('lets only admins and owners read the audit log', () => {
    expect(canViewAuditLog(OrgRole.OWNER)).toBe(true);
    expect(canViewAuditLog(OrgRole.ADMIN)).toBe(true);
    expect(canViewAuditLog(OrgRole.FACILITATOR)).toBe(false);
    expect(canViewAuditLog(OrgRole.MEMBER)).toBe(false);
    expect(canViewAuditLog(null)).toBe(false);
  });

  it('records FACILITATOR given by an admin outside the cohort as its own action', () => {
    expect(cohortAdditionAction(access(OrgRole.ADMIN, null), CohortRole.FACILITATOR)).toBe(
      AuditAction.COHORT_FACILITATOR_ADDED_BY_ADMIN,
    );
    expect(cohortAdditionAction(access(OrgRole.OWNER, CohortRole.OBSERVER), CohortRole.FACILITATOR)).toBe(
      AuditAction.COHORT_FACILITATOR_ADDED_BY_ADMIN,
    );
  });

  it('records every other addition as a plain cohort member added', () => {
    // An admin who already facilitates the cohort adds a co-facilitator as any facilitator would.
    expect(cohortAdditionAction(access(OrgRole.ADMIN, CohortRole.FACILITATOR), CohortRole.FACILITATOR)).toBe(
      AuditAction.COHORT_MEMBER_ADDED,
    );
    expect(cohortAdditionAction(access(OrgRole.FACILITATOR, CohortRole.FACILITATOR), CohortRole.FACILITATOR)).toBe(
      AuditAction.COHORT_MEMBER_ADDED,
    );
    expect(cohortAdditionAction(access(OrgRole.ADMIN, null), CohortRole.MEMBER)).toBe(AuditAction.COHORT_MEMBER_ADDED);
  });
});
