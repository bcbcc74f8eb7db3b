import type { OrgRole } from '@openhuddle/shared';
import { UserProfile } from '../user/dto/user.types';
import type { AuditDetails } from './audit-event.entity';
import type { AuditEventRow } from './audit.repository';
import { AuditEvent, AuditEventDetails } from './dto/audit.types';

const text = (details: AuditDetails, key: string): string | null =>
  typeof details[key] === 'string' ? (details[key] as string) : null;

/** An event for an admin of its organization: the actor's profile only while they are still a member. */
export function toAuditEvent(row: AuditEventRow): AuditEvent {
  const actor =
    row.actorId && row.actorIsMember
      ? Object.assign(new UserProfile(), {
          id: row.actorId,
          displayName: row.actorDisplayName ?? row.actorName,
          avatarUrl: row.actorAvatarUrl,
          timeZone: row.actorTimeZone ?? 'UTC',
        })
      : null;
  return Object.assign(new AuditEvent(), {
    id: row.id,
    createdAt: row.createdAt,
    action: row.action,
    actorId: row.actorId,
    actorName: row.actorName,
    actor,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    details: Object.assign(new AuditEventDetails(), {
      subjectName: text(row.details, 'subjectName'),
      previousRole: text(row.details, 'previousRole') as OrgRole | null,
      role: text(row.details, 'role'),
      email: text(row.details, 'email'),
      cohortName: text(row.details, 'cohortName'),
      name: text(row.details, 'name'),
    }),
  });
}
