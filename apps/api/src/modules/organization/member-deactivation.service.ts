import { Injectable } from '@nestjs/common';
import type { ActorMembership } from '../../common/auth/request-context';
import { AppError, ErrorCode } from '../../common/errors/app-error';
import { AuditAction, AuditSubjectType } from '../audit/audit-action';
import { AuditService } from '../audit/audit.service';
import type { MemberDeactivationEntity } from './member-deactivation.entity';
import type { MembershipEntity } from './membership.entity';
import { checkRemoval } from './organization.policy';
import { OrganizationRepository } from './organization.repository';

/**
 * Deactivating a member ends their access to everything of the organisation at once — exactly as
 * removing them does (membership and cohort places go; sessions' sockets, subscriptions and calendar
 * feeds re-check access and stop) — while their work stays, attributed. What they held is kept
 * aside, so reactivating gives back their role and the cohort places of cohorts that still exist.
 */
@Injectable()
export class MemberDeactivationService {
  constructor(
    private readonly store: OrganizationRepository,
    private readonly audit: AuditService,
  ) {}

  async deactivate(by: ActorMembership, membershipId: string): Promise<void> {
    await this.store.transaction(async (tx) => {
      const rows = await tx.lockMembershipAndOwners(by.organizationId, membershipId);
      const target = rows.find((m) => m.id === membershipId);
      if (!target) throw AppError.notFound('Member');
      if (target.userId === by.userId) throw AppError.conflict('You cannot deactivate yourself.');
      const refusal = checkRemoval(by.role, target.role, false, await tx.countOwners(by.organizationId));
      if (refusal)
        throw new AppError(refusal.code === 'CONFLICT' ? ErrorCode.CONFLICT : ErrorCode.FORBIDDEN, refusal.message);
      const cohortPlaces = await tx.cohortPlacesOf(by.organizationId, target.userId);
      await tx.saveDeactivation({
        organizationId: by.organizationId,
        userId: target.userId,
        role: target.role,
        cohortPlaces,
        deactivatedById: by.userId,
      });
      await this.audit.record(
        AuditAction.MEMBER_DEACTIVATED,
        by,
        { type: AuditSubjectType.USER, id: target.userId, userId: target.userId, details: { role: target.role } },
        tx.manager,
      );
      await tx.deleteMembershipAndCohortRoles(target);
    });
  }

  async reactivate(by: ActorMembership, deactivationId: string): Promise<MembershipEntity> {
    return this.store.transaction(async (tx) => {
      const row = await tx.lockDeactivation(by.organizationId, deactivationId);
      if (!row) throw AppError.notFound('Deactivated member');
      const existing = await tx.findMembership(by.organizationId, row.userId);
      const membership =
        existing ??
        (await tx.saveMembership({ organizationId: by.organizationId, userId: row.userId, role: row.role }));
      await tx.restoreCohortPlaces(by.organizationId, row.userId, row.cohortPlaces);
      await tx.deleteDeactivation(row.id);
      await this.audit.record(
        AuditAction.MEMBER_REACTIVATED,
        by,
        { type: AuditSubjectType.USER, id: row.userId, userId: row.userId, details: { role: membership.role } },
        tx.manager,
      );
      return tx.findMembershipWithUserOrFail(membership.id);
    });
  }

  list(organizationId: string): Promise<MemberDeactivationEntity[]> {
    return this.store.deactivatedMembers(organizationId);
  }
}
