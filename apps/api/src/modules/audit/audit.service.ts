import { Injectable } from '@nestjs/common';
import type { CohortRole } from '@openhuddle/shared';
import type { EntityManager } from 'typeorm';
import type { ActorMembership } from '../../common/auth/request-context';
import { AppError } from '../../common/errors/app-error';
import { AuditAction, AuditSubjectType } from './audit-action';
import { decodeAuditCursor, encodeAuditCursor } from './audit-cursor';
import type { AuditDetails } from './audit-event.entity';
import { canViewAuditLog, cohortAdditionAction, type CohortActor } from './audit.policy';
import { type AuditEventRow, AuditRepository } from './audit.repository';

/** Who acted, in which organization (a MembershipEntity or a CohortAccess satisfies it). */
export interface AuditBy {
  organizationId: string;
  userId: string;
}

/** What an event is about. */
export interface AuditSubject {
  type: AuditSubjectType;
  id: string | null;
  /** The person concerned, whose name the event keeps. */
  userId?: string;
  /** The cohort concerned, whose name the event keeps. */
  cohortId?: string;
  details?: AuditDetails;
}

export const AUDIT_PAGE_MAX = 100;

export interface AuditPageRequest {
  action?: AuditAction | null;
  actorId?: string | null;
  first: number;
  after?: string | null;
}

export interface AuditPage {
  rows: AuditEventRow[];
  hasNextPage: boolean;
  endCursor: string | null;
  /** Events matching the filter, on every page. */
  totalCount: number;
}

/**
 * The audit log: services that perform administrative actions record them here, in their own
 * transaction when they pass its EntityManager, so an action and its record commit together.
 */
@Injectable()
export class AuditService {
  constructor(private readonly repository: AuditRepository) {}

  record(action: AuditAction, by: AuditBy, subject: AuditSubject, em?: EntityManager): Promise<void> {
    return this.repository.insert([toRow(action, by, subject)], em);
  }

  /** addCohortMembers: one event per person, FACILITATOR given by an admin outside the cohort told apart. */
  recordCohortMembersAdded(access: CohortActor, userIds: string[], role: CohortRole, em?: EntityManager) {
    const action = cohortAdditionAction(access, role);
    const subjects = userIds.map((userId) => ({
      type: AuditSubjectType.USER,
      id: userId,
      userId,
      cohortId: access.cohortId,
      details: { role },
    }));
    return this.repository.insert(
      subjects.map((s) => toRow(action, access, s)),
      em,
    );
  }

  /**
   * For the contribution module: call when someone other than its author deletes a contribution.
   * The author is deliberately not named: the contribution may be anonymous, and admins outside
   * the cohort must not learn its author from the log (PRODUCT.md rule 3).
   */
  recordContributionDeletedByOther(
    by: AuditBy,
    contribution: { id: string; cohortId: string },
    em?: EntityManager,
  ): Promise<void> {
    return this.record(
      AuditAction.CONTRIBUTION_DELETED_BY_OTHER,
      by,
      { type: AuditSubjectType.CONTRIBUTION, id: contribution.id, cohortId: contribution.cohortId },
      em,
    );
  }

  /** A page of the organization's log, newest first. */
  async list(viewer: ActorMembership, request: AuditPageRequest): Promise<AuditPage> {
    if (!canViewAuditLog(viewer.role)) throw AppError.forbidden('Only admins and owners see the audit log.');
    if (!Number.isInteger(request.first) || request.first < 1 || request.first > AUDIT_PAGE_MAX) {
      throw AppError.badInput({ first: `Ask for 1 to ${AUDIT_PAGE_MAX} events at a time.` });
    }
    const filter = {
      organizationId: viewer.organizationId,
      action: request.action ?? null,
      actorId: request.actorId ?? null,
    };
    const after = request.after ? decodeAuditCursor(request.after) : null;
    const [rows, totalCount] = await Promise.all([
      this.repository.list({ ...filter, after, limit: request.first + 1 }),
      this.repository.count(filter),
    ]);
    const page = rows.slice(0, request.first);
    const last = page[page.length - 1];
    return {
      rows: page,
      hasNextPage: rows.length > request.first,
      endCursor: last ? encodeAuditCursor({ createdAt: last.cursorAt, id: last.id }) : null,
      totalCount,
    };
  }
}

function toRow(action: AuditAction, by: AuditBy, subject: AuditSubject) {
  return {
    organizationId: by.organizationId,
    actorId: by.userId,
    action,
    subjectType: subject.type,
    subjectId: subject.id,
    details: subject.details ?? {},
    subjectUserId: subject.userId ?? null,
    cohortId: subject.cohortId ?? null,
  };
}
