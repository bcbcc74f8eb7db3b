import type { OrgRole } from '../../generated/graphql';

/** Mirrors the API's audit policy (auditEvents is @OrgScoped(ADMIN)), so the link shows only where the page works. */
export function canViewAuditLog(role: OrgRole): boolean {
  return role === 'OWNER' || role === 'ADMIN';
}
