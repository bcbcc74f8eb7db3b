import { Injectable } from '@nestjs/common';
import { INVITATION_TTL_DAYS, type Language, OrgRole, routes } from '@openhuddle/shared';
import type { Actor } from '../../common/auth/actor';
import type { ActorMembership } from '../../common/auth/request-context';
import { hashToken, newToken } from '../../common/auth/tokens';
import { isUniqueViolation } from '../../common/database/postgres-errors';
import { AppError, ErrorCode } from '../../common/errors/app-error';
import { createElement } from 'react';
import { renderEmail } from '../../common/mail/email-layout';
import { MailCategory, Mailer } from '../../common/mail/mailer';
import { InvitationEmail } from './emails/invitation-email';
import { AuditAction, AuditSubjectType } from '../audit/audit-action';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../../config/app-config';
import { InvitationStatus } from './dto/organization.types';
import type { InvitationEntity } from './invitation.entity';
import type { MembershipEntity } from './membership.entity';
import type { OrganizationEntity } from './organization.entity';
import { checkInvite, checkRemoval, checkRoleChange, type Refusal } from './organization.policy';
import { RATE_LIMITS } from '../../common/rate-limit/rate-limit.rules';
import { RateLimiter } from '../../common/rate-limit/rate-limiter';
import { OrganizationRepository, type OrganizationStore } from './organization.repository';

export function invitationStatus(invitation: InvitationEntity, now = new Date()): InvitationStatus {
  if (invitation.acceptedAt) return InvitationStatus.ACCEPTED;
  if (invitation.revokedAt) return InvitationStatus.REVOKED;
  if (invitation.expiresAt <= now) return InvitationStatus.EXPIRED;
  return InvitationStatus.PENDING;
}

function refuse(refusal: Refusal): void {
  if (refusal)
    throw new AppError(refusal.code === 'CONFLICT' ? ErrorCode.CONFLICT : ErrorCode.FORBIDDEN, refusal.message);
}

@Injectable()
export class OrganizationService {
  constructor(
    private readonly store: OrganizationRepository,
    private readonly config: AppConfig,
    private readonly mailer: Mailer,
    private readonly limiter: RateLimiter,
    private readonly audit: AuditService,
  ) {}

  /** Creates an organization; the actor becomes its first OWNER. */
  async create(
    actor: Actor,
    name: string,
  ): Promise<{ organization: OrganizationEntity; membership: MembershipEntity }> {
    await this.refuseUnlessMayCreate(actor);
    const slug = await this.freeSlug(name);
    return this.store.transaction(async (tx) => {
      const organization = await tx.createOrganization(name, slug);
      const membership = await tx.saveMembership({
        organizationId: organization.id,
        userId: actor.user.id,
        role: OrgRole.OWNER,
      });
      return { organization, membership };
    });
  }

  /** The instance's ORGANIZATION_CREATION setting (a self-hoster's choice). */
  private async refuseUnlessMayCreate(actor: Actor): Promise<void> {
    const who = this.config.organizationCreation;
    if (who === 'anyone') return;
    if (who === 'admins' && (await this.store.administersAnyOrganization(actor.user.id))) return;
    throw AppError.forbidden(
      who === 'none'
        ? 'New organisations cannot be created on this OpenHuddle. Ask its administrators.'
        : 'On this OpenHuddle, only admins and owners of an organisation can create new ones.',
    );
  }

  findById(organizationId: string): Promise<OrganizationEntity> {
    return this.store.findOrganizationOrFail(organizationId);
  }

  async update(
    organizationId: string,
    changes: { name: string; language?: Language },
    by: ActorMembership,
  ): Promise<OrganizationEntity> {
    const { name, language } = changes;
    await this.store.updateOrganization(organizationId, language ? { name, language } : { name });
    await this.audit.record(AuditAction.ORGANIZATION_UPDATED, by, {
      type: AuditSubjectType.ORGANIZATION,
      id: organizationId,
      details: language ? { name, language } : { name },
    });
    return this.store.findOrganizationOrFail(organizationId);
  }

  /** The actor's memberships with their organizations, oldest first. */
  listMembershipsOf(userId: string): Promise<MembershipEntity[]> {
    return this.store.membershipsOfUser(userId);
  }

  /** Invites by email into the membership's organization; inviting again replaces the earlier link. */
  async invite(
    actor: Actor,
    membership: ActorMembership,
    email: string,
    role: OrgRole,
  ): Promise<{ invitation: InvitationEntity; acceptUrl: string }> {
    refuse(checkInvite(membership.role, role));
    const organizationId = membership.organizationId;
    // After the permission check, so someone who may not invite cannot use up the organization's budget.
    await this.limiter.consume(
      { rule: RATE_LIMITS.invitationsPerInviter, subject: actor.user.id },
      { rule: RATE_LIMITS.invitationsPerOrganization, subject: organizationId },
    );
    if (await this.store.hasMemberWithEmail(organizationId, email)) {
      throw AppError.conflict('This person is already a member.', { email: 'Already a member of this organization.' });
    }
    const token = newToken();
    const invitation = await this.store.transaction(async (tx) => {
      // Inviting again replaces the earlier pending invitation, so only the newest link works.
      await tx.revokePendingInvitations(organizationId, email, new Date());
      const saved = await tx.saveInvitation({
        organizationId,
        email,
        role,
        tokenHash: hashToken(token),
        invitedById: actor.user.id,
        expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 86400_000),
      });
      await this.audit.record(
        AuditAction.INVITATION_SENT,
        membership,
        { type: AuditSubjectType.INVITATION, id: saved.id, details: { email, role } },
        tx.manager,
      );
      return saved;
    });
    const acceptUrl = `${this.config.publicUrl}${routes.invitation(token)}`;
    const organization = await this.store.findOrganizationOrFail(organizationId);
    const props = {
      inviterName: actor.user.displayName,
      organizationName: organization.name,
      role: role.toLowerCase(),
      acceptUrl,
      days: INVITATION_TTL_DAYS,
    };
    await this.mailer.send({
      to: email,
      subject: `${actor.user.displayName} invited you to ${organization.name} on OpenHuddle`,
      ...(await renderEmail(createElement(InvitationEmail, props))),
      category: MailCategory.INVITATION,
      organizationId,
    });
    return { invitation, acceptUrl };
  }

  listInvitations(organizationId: string): Promise<InvitationEntity[]> {
    return this.store.pendingInvitations(organizationId);
  }

  async revokeInvitation(organizationId: string, invitationId: string, by: ActorMembership): Promise<InvitationEntity> {
    const invitation = await this.store.findInvitationWithInviter(organizationId, invitationId);
    if (!invitation) throw AppError.notFound('Invitation');
    if (invitationStatus(invitation) !== InvitationStatus.PENDING) {
      throw AppError.conflict('This invitation is no longer pending.');
    }
    invitation.revokedAt = new Date();
    await this.store.setInvitation(invitation.id, { revokedAt: invitation.revokedAt });
    await this.audit.record(AuditAction.INVITATION_REVOKED, by, {
      type: AuditSubjectType.INVITATION,
      id: invitation.id,
      details: { email: invitation.email, role: invitation.role },
    });
    return invitation;
  }

  async previewInvitation(token: string): Promise<InvitationEntity> {
    const invitation = await this.store.findInvitationByTokenHash(hashToken(token));
    if (!invitation) throw AppError.notFound('Invitation');
    return invitation;
  }

  /** Joins the organization of an invitation sent to the actor's email. Accepting twice is harmless. */
  async acceptInvitation(actor: Actor, token: string): Promise<MembershipEntity> {
    return this.store.transaction(async (tx) => {
      const invitation = await tx.lockInvitationByTokenHash(hashToken(token));
      if (!invitation) throw AppError.notFound('Invitation');
      const status = invitationStatus(invitation);
      if (status === InvitationStatus.EXPIRED) {
        throw AppError.conflict('This invitation has expired. Ask for a new one.');
      }
      if (status === InvitationStatus.REVOKED) throw AppError.conflict('This invitation was withdrawn.');
      if (invitation.cohortId)
        throw AppError.conflict('This is a guest invitation to one cohort; accept it as a guest.');
      if (invitation.email !== actor.user.email) {
        throw AppError.forbidden(
          `This invitation was sent to ${invitation.email}. Sign in with that email to accept it.`,
        );
      }
      const existing = await tx.findMembership(invitation.organizationId, actor.user.id);
      if (status === InvitationStatus.ACCEPTED) {
        if (existing) return existing;
        throw AppError.conflict('This invitation was already used.');
      }
      await tx.setInvitation(invitation.id, { acceptedAt: new Date() });
      if (existing) return existing;
      try {
        return await tx.saveMembership({
          organizationId: invitation.organizationId,
          userId: actor.user.id,
          role: invitation.role,
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw AppError.conflict('You are already a member.');
        throw error;
      }
    });
  }

  /** Changes a member's role in the membership's organization (the guard resolved `membership` for the actor). */
  async changeRole(membership: ActorMembership, membershipId: string, role: OrgRole): Promise<MembershipEntity> {
    return this.store.transaction(async (tx) => {
      const target = await this.lockMember(tx, membership.organizationId, membershipId);
      const owners = await tx.countOwners(membership.organizationId);
      refuse(checkRoleChange(membership.role, target.role, role, owners));
      await tx.setMembershipRole(target.id, role);
      await this.audit.record(
        AuditAction.MEMBER_ROLE_CHANGED,
        membership,
        {
          type: AuditSubjectType.USER,
          id: target.userId,
          userId: target.userId,
          details: { previousRole: target.role, role },
        },
        tx.manager,
      );
      return tx.findMembershipWithUserOrFail(target.id);
    });
  }

  async removeMember(membership: ActorMembership, membershipId: string): Promise<void> {
    await this.store.transaction(async (tx) => {
      const target = await this.lockMember(tx, membership.organizationId, membershipId);
      const owners = await tx.countOwners(membership.organizationId);
      refuse(checkRemoval(membership.role, target.role, target.userId === membership.userId, owners));
      await this.audit.record(
        AuditAction.MEMBER_REMOVED,
        membership,
        { type: AuditSubjectType.USER, id: target.userId, userId: target.userId, details: { role: target.role } },
        tx.manager,
      );
      // Losing the organization ends every cohort role in it (their content stays, attributed
      // as a former member); open sockets and feeds re-check access and stop at once.
      await tx.deleteMembershipAndCohortRoles(target);
    });
  }

  private async lockMember(tx: OrganizationStore, organizationId: string, membershipId: string) {
    const rows = await tx.lockMembershipAndOwners(organizationId, membershipId);
    const target = rows.find((m) => m.id === membershipId);
    if (!target) throw AppError.notFound('Member');
    return target;
  }

  private async freeSlug(name: string): Promise<string> {
    const base =
      name
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 60) || 'organization';
    const taken = new Set(await this.store.slugsLike(base));
    if (!taken.has(base)) return base;
    for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
  }
}
