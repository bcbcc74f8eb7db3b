import type { AuditAction, AuditEventsQuery, OrgRole } from '../../generated/graphql';
import { ROLE_LABELS } from '../../app/roles';

export type AuditEventRow = AuditEventsQuery['auditEvents']['nodes'][number];

/** The filter's choices, in the order an admin thinks of them. */
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  MEMBER_ROLE_CHANGED: 'Role changed',
  MEMBER_REMOVED: 'Member removed',
  INVITATION_SENT: 'Invitation sent',
  INVITATION_REVOKED: 'Invitation withdrawn',
  COHORT_MEMBER_ADDED: 'Added to a cohort',
  COHORT_FACILITATOR_ADDED_BY_ADMIN: 'Facilitator added by an admin',
  CONTRIBUTION_DELETED_BY_OTHER: 'Contribution deleted by someone else',
  ORGANIZATION_UPDATED: 'Organisation updated',
  CONTENT_HIDDEN: 'Content hidden',
  CONTENT_RESTORED: 'Content restored',
  REPORT_DISMISSED: 'Reports dismissed',
  MEMBER_MUTED: 'Member muted',
  MEMBER_UNMUTED: 'Member unmuted',
  ACCOUNT_DELETED: 'Account deleted',
  ORGANIZATION_EXPORTED: 'Organisation exported',
  MEMBER_DEACTIVATED: 'Member deactivated',
  MEMBER_REACTIVATED: 'Member reactivated',
};

const orgRole = (role: string | null | undefined) =>
  role && role in ROLE_LABELS ? ROLE_LABELS[role as OrgRole].toLowerCase() : (role ?? '').toLowerCase();

/** What happened, as a sentence that follows the actor's name ("Olivia Owner · changed …"). */
export function auditSentence(event: AuditEventRow): string {
  const d = event.details;
  const who = d.subjectName ?? 'a former member';
  const cohort = d.cohortName ?? 'a cohort';
  const self = !!event.actorId && event.actorId === event.subjectId;
  switch (event.action) {
    case 'MEMBER_ROLE_CHANGED':
      return `Changed ${who}’s role from ${orgRole(d.previousRole)} to ${orgRole(d.role)}`;
    case 'MEMBER_REMOVED':
      return self ? 'Left the organisation' : `Removed ${who} (${orgRole(d.role)}) from the organisation`;
    case 'INVITATION_SENT':
      return `Invited ${d.email ?? 'someone'} as ${orgRole(d.role)}`;
    case 'INVITATION_REVOKED':
      return `Withdrew the invitation to ${d.email ?? 'someone'}`;
    case 'COHORT_MEMBER_ADDED':
      return `Added ${self ? 'themselves' : who} to ${cohort} as ${orgRole(d.role)}`;
    case 'COHORT_FACILITATOR_ADDED_BY_ADMIN':
      return `Made ${self ? 'themselves' : who} a facilitator of ${cohort}, as an admin outside it`;
    case 'CONTRIBUTION_DELETED_BY_OTHER':
      return `Deleted someone else’s contribution in ${cohort}`;
    case 'ORGANIZATION_UPDATED':
      return d.name ? `Renamed the organisation to ${d.name}` : 'Updated the organisation';
    case 'CONTENT_HIDDEN':
      return `Hid content in ${cohort}`;
    case 'CONTENT_RESTORED':
      return `Restored hidden content in ${cohort}`;
    case 'REPORT_DISMISSED':
      return `Dismissed reports in ${cohort}`;
    case 'MEMBER_DEACTIVATED':
      return `Deactivated ${who} (${orgRole(d.role)}): their work stays, their access ended`;
    case 'MEMBER_REACTIVATED':
      return `Reactivated ${who} as ${orgRole(d.role)}`;
    case 'MEMBER_MUTED':
      return `Muted ${who} in ${cohort}`;
    case 'MEMBER_UNMUTED':
      return `Lifted the mute of ${who} in ${cohort}`;
    case 'ACCOUNT_DELETED':
      return 'Deleted their account (their published work stays as “Former member”)';
    case 'ORGANIZATION_EXPORTED':
      return 'Downloaded the organisation export';
  }
}
