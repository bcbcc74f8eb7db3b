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
  CONTENT_HIDDEN = 'CONTENT_HIDDEN',
  CONTENT_RESTORED = 'CONTENT_RESTORED',
  REPORT_DISMISSED = 'REPORT_DISMISSED',
  MEMBER_MUTED = 'MEMBER_MUTED',
  MEMBER_UNMUTED = 'MEMBER_UNMUTED',
  /** The person deleted their own account; their published work stays as "Former member". */
  ACCOUNT_DELETED = 'ACCOUNT_DELETED',
  /** An owner or admin downloaded the organisation export (everything of the organisation). */
  ORGANIZATION_EXPORTED = 'ORGANIZATION_EXPORTED',
  /** Access to the organisation ended, work kept; reversible (reactivation). */
  MEMBER_DEACTIVATED = 'MEMBER_DEACTIVATED',
  MEMBER_REACTIVATED = 'MEMBER_REACTIVATED',
}

/** What an event is about. */
export enum AuditSubjectType {
  USER = 'USER',
  INVITATION = 'INVITATION',
  COHORT = 'COHORT',
  CONTRIBUTION = 'CONTRIBUTION',
  ORGANIZATION = 'ORGANIZATION',
  FEEDBACK = 'FEEDBACK',
  COMMENT = 'COMMENT',
}
