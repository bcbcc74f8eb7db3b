import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuditAction, AuditSubjectType } from './audit-action';
import type { AuditCursor } from './audit-cursor';
import type { AuditDetails } from './audit-event.entity';

/** One event to write; the names are looked up (and copied in) by the insert itself. */
export interface AuditRow {
  organizationId: string;
  actorId: string;
  action: AuditAction;
  subjectType: AuditSubjectType;
  subjectId: string | null;
  details: AuditDetails;
  /** A person the event is about: their current name is copied into details.subjectName. */
  subjectUserId: string | null;
  /** A cohort the event happened in: its current name is copied into details.cohortName. */
  cohortId: string | null;
}

/** An event as the log reads it: the actor's profile only while they still belong to the organization. */
export interface AuditEventRow {
  id: string;
  action: AuditAction;
  subjectType: AuditSubjectType;
  subjectId: string | null;
  details: AuditDetails;
  createdAt: Date;
  cursorAt: string;
  actorId: string | null;
  actorName: string;
  actorIsMember: boolean;
  actorDisplayName: string | null;
  actorAvatarUrl: string | null;
  actorTimeZone: string | null;
}

export interface AuditFilter {
  organizationId: string;
  action: AuditAction | null;
  actorId: string | null;
  after: AuditCursor | null;
  limit: number;
}

/** The audit log's only SQL. */
@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Writes the events in one statement, inside the caller's transaction when given. */
  async insert(rows: AuditRow[], em?: EntityManager): Promise<void> {
    if (!rows.length) return;
    const payload = rows.map((r) => ({
      organization_id: r.organizationId,
      actor_id: r.actorId,
      action: r.action,
      subject_type: r.subjectType,
      subject_id: r.subjectId,
      details: r.details,
      subject_user_id: r.subjectUserId,
      cohort_id: r.cohortId,
    }));
    await (em ?? this.dataSource.manager).query(
      `INSERT INTO audit_event (organization_id, actor_id, actor_name, action, subject_type, subject_id, details)
       SELECT r.organization_id, a.id, COALESCE(a.display_name, ''), r.action::audit_action,
              r.subject_type::audit_subject_type, r.subject_id,
              r.details
                || CASE WHEN s.id IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('subjectName', s.display_name) END
                || CASE WHEN c.id IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('cohortName', c.name) END
         FROM jsonb_to_recordset($1::jsonb) AS r(organization_id uuid, actor_id uuid, action text, subject_type text,
                                                 subject_id uuid, details jsonb, subject_user_id uuid, cohort_id uuid)
         LEFT JOIN "user" a ON a.id = r.actor_id
         LEFT JOIN "user" s ON s.id = r.subject_user_id
         LEFT JOIN cohort c ON c.id = r.cohort_id AND c.organization_id = r.organization_id`,
      [JSON.stringify(payload)],
    );
  }

  /** Events matching the filter (the cursor aside): the total the log shows on every page, off the same indexes. */
  async count(filter: Omit<AuditFilter, 'after' | 'limit'>): Promise<number> {
    const params: unknown[] = [filter.organizationId];
    const where = ['e.organization_id = $1'];
    if (filter.action) where.push(`e.action = $${params.push(filter.action)}`);
    if (filter.actorId) where.push(`e.actor_id = $${params.push(filter.actorId)}`);
    const [row]: Array<{ n: string }> = await this.dataSource.query(
      `SELECT count(*) AS n FROM audit_event e WHERE ${where.join(' AND ')}`,
      params,
    );
    return Number(row?.n ?? 0);
  }

  /** Newest first, after the cursor: one statement whatever the page size. */
  async list(filter: AuditFilter): Promise<AuditEventRow[]> {
    const params: unknown[] = [filter.organizationId, filter.limit];
    const where = ['e.organization_id = $1'];
    if (filter.action) where.push(`e.action = $${params.push(filter.action)}`);
    if (filter.actorId) where.push(`e.actor_id = $${params.push(filter.actorId)}`);
    if (filter.after) {
      const at = params.push(filter.after.createdAt);
      const id = params.push(filter.after.id);
      where.push(`(e.created_at, e.id) < ($${at}::timestamptz, $${id}::uuid)`);
    }
    return this.dataSource.query(
      `SELECT e.id, e.action, e.subject_type AS "subjectType", e.subject_id AS "subjectId", e.details,
              e.created_at AS "createdAt",
              to_char(e.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt",
              e.actor_id AS "actorId", e.actor_name AS "actorName", m.id IS NOT NULL AS "actorIsMember",
              u.display_name AS "actorDisplayName",               u.avatar_url AS "actorAvatarUrl", u.time_zone AS "actorTimeZone"
         FROM audit_event e
         LEFT JOIN "user" u ON u.id = e.actor_id
         LEFT JOIN membership m ON m.user_id = e.actor_id AND m.organization_id = e.organization_id
        WHERE ${where.join(' AND ')}
        ORDER BY e.created_at DESC, e.id DESC
        LIMIT $2`,
      params,
    );
  }
}
