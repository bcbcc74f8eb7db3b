/** The administrative actions the audit log records (PRODUCT.md: AuditEvent). */
export enum AuditAction {
  MEMBER_ROLE_CHANGED = 'MEMBER_ROLE_CHANGED',
  MEMBER_REMOVED = 'MEMBER_REMOVED',
  INVITATION_SENT = 'INVITATION_SENT',
  INVITATION_REVOKED = 'INVITATION_REVOKED',
  COHORT_MEMBER_ADDED = 'COHORT_MEMBER_ADDED',
  /** An org admin or owner who does not facilitate the cohort made someone (often themselves) its facilitator. */
  COHORT_FACILITATOR_ADDED_BY_ADMIN = 'COHORT_FACILITATOR_ADDED_BY_ADMIN',
  CONTRIBUTION_DELETED_BY_OTHER = 'CONTRIBUTION_DELETED_BY_OTHER',
  ORGANIZATION_UPDATED = 'ORGANIZATION_UPDATED',
}

/** What an event is about. */
export enum AuditSubjectType {
  USER = 'USER',
  INVITATION = 'INVITATION',
  COHORT = 'COHORT',
  CONTRIBUTION = 'CONTRIBUTION',
  ORGANIZATION = 'ORGANIZATION',
}
