import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { INVITATION_TTL_DAYS, OrgRole, routes } from '@openhuddle/shared';
import { DataSource, IsNull, Repository } from 'typeorm';
import type { ActorMembership, Viewer } from '../../common/auth/request-context';
import { hashToken, newToken } from '../../common/auth/tokens';
import { isUniqueViolation } from '../../common/database/postgres-errors';
import { AppError, ErrorCode } from '../../common/errors/app-error';
import { Mailer } from '../../common/mail/mailer';
import { AuditAction, AuditSubjectType } from '../audit/audit-action';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../../config/app-config';
import { InvitationStatus } from './dto/organization.types';
import { InvitationEntity } from './invitation.entity';
import { MembershipEntity } from './membership.entity';
import { OrganizationEntity } from './organization.entity';
import { checkInvite, checkRemoval, checkRoleChange, type Refusal } from './organization.policy';
import { RATE_LIMITS } from '../../common/rate-limit/rate-limit.rules';
import { RateLimiter } from '../../common/rate-limit/rate-limiter';

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
    private readonly dataSource: DataSource,
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
    @InjectRepository(MembershipEntity) private readonly memberships: Repository<MembershipEntity>,
    @InjectRepository(InvitationEntity) private readonly invitations: Repository<InvitationEntity>,
    private readonly config: AppConfig,
    private readonly mailer: Mailer,
    private readonly limiter: RateLimiter,
    private readonly audit: AuditService,
  ) {}

  /** Creates an organization; its creator becomes its first OWNER. */
  async create(
    viewer: Viewer,
    name: string,
  ): Promise<{ organization: OrganizationEntity; membership: MembershipEntity }> {
    return this.dataSource.transaction(async (em) => {
      const organization = await em.save(OrganizationEntity, { name, slug: await this.freeSlug(name) });
      const membership = await em.save(MembershipEntity, {
        organizationId: organization.id,
        userId: viewer.user.id,
        role: OrgRole.OWNER,
      });
      return { organization, membership };
    });
  }

  findById(organizationId: string): Promise<OrganizationEntity> {
    return this.organizations.findOneByOrFail({ id: organizationId });
  }

  async rename(organizationId: string, name: string, by: ActorMembership): Promise<OrganizationEntity> {
    await this.organizations.update(organizationId, { name });
    await this.audit.record(AuditAction.ORGANIZATION_UPDATED, by, {
      type: AuditSubjectType.ORGANIZATION,
      id: organizationId,
      details: { name },
    });
    return this.organizations.findOneByOrFail({ id: organizationId });
  }

  /** The viewer's memberships with their organizations, oldest first. */
  listMembershipsOf(userId: string): Promise<MembershipEntity[]> {
    return this.memberships.find({
      where: { userId },
      relations: { organization: true },
      order: { createdAt: 'ASC' },
    });
  }

  async invite(
    actor: MembershipEntity,
    viewer: Viewer,
    email: string,
    role: OrgRole,
  ): Promise<{ invitation: InvitationEntity; acceptUrl: string }> {
    refuse(checkInvite(actor.role, role));
    // After the permission check, so someone who may not invite cannot use up the organization's budget.
    await this.limiter.consume(
      { rule: RATE_LIMITS.invitationsPerInviter, subject: viewer.user.id },
      { rule: RATE_LIMITS.invitationsPerOrganization, subject: actor.organizationId },
    );
    const alreadyMember = await this.memberships
      .createQueryBuilder('m')
      .innerJoin('m.user', 'u')
      .where('m.organization_id = :org AND u.email = :email', { org: actor.organizationId, email })
      .getExists();
    if (alreadyMember) {
      throw AppError.conflict('This person is already a member.', { email: 'Already a member of this organization.' });
    }
    const token = newToken();
    const invitation = await this.dataSource.transaction(async (em) => {
      // Inviting again replaces the earlier pending invitation, so only the newest link works.
      await em.update(
        InvitationEntity,
        { organizationId: actor.organizationId, email, acceptedAt: IsNull(), revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      const saved = await em.save(InvitationEntity, {
        organizationId: actor.organizationId,
        email,
        role,
        tokenHash: hashToken(token),
        invitedById: viewer.user.id,
        expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 86400_000),
      });
      await this.audit.record(
        AuditAction.INVITATION_SENT,
        actor,
        { type: AuditSubjectType.INVITATION, id: saved.id, details: { email, role } },
        em,
      );
      return saved;
    });
    const acceptUrl = `${this.config.publicUrl}${routes.invitation(token)}`;
    const organization = await this.organizations.findOneByOrFail({ id: actor.organizationId });
    await this.mailer.send({
      to: email,
      subject: `${viewer.user.displayName} invited you to ${organization.name} on OpenHuddle`,
      text: `Join ${organization.name} as ${role.toLowerCase()}: ${acceptUrl} (the link expires in ${INVITATION_TTL_DAYS} days).`,
      link: acceptUrl,
    });
    return { invitation, acceptUrl };
  }

  listInvitations(organizationId: string): Promise<InvitationEntity[]> {
    return this.invitations.find({
      where: { organizationId, acceptedAt: IsNull(), revokedAt: IsNull() },
      relations: { invitedBy: true },
      order: { createdAt: 'DESC' },
    });
  }

  async revokeInvitation(organizationId: string, invitationId: string, by: ActorMembership): Promise<InvitationEntity> {
    const invitation = await this.invitations.findOne({
      where: { id: invitationId, organizationId },
      relations: { invitedBy: true },
    });
    if (!invitation) throw AppError.notFound('Invitation');
    if (invitationStatus(invitation) !== InvitationStatus.PENDING) {
      throw AppError.conflict('This invitation is no longer pending.');
    }
    invitation.revokedAt = new Date();
    await this.invitations.update(invitation.id, { revokedAt: invitation.revokedAt });
    await this.audit.record(AuditAction.INVITATION_REVOKED, by, {
      type: AuditSubjectType.INVITATION,
      id: invitation.id,
      details: { email: invitation.email, role: invitation.role },
    });
    return invitation;
  }

  async previewInvitation(token: string): Promise<InvitationEntity> {
    const invitation = await this.invitations.findOne({
      where: { tokenHash: hashToken(token) },
      relations: { organization: true, invitedBy: true },
    });
    if (!invitation) throw AppError.notFound('Invitation');
    return invitation;
  }

  /** Joins the organization of an invitation sent to the viewer's email. Accepting twice is harmless. */
  async acceptInvitation(viewer: Viewer, token: string): Promise<MembershipEntity> {
    return this.dataSource.transaction(async (em) => {
      const invitation = await em.findOne(InvitationEntity, {
        where: { tokenHash: hashToken(token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation) throw AppError.notFound('Invitation');
      const status = invitationStatus(invitation);
      if (status === InvitationStatus.EXPIRED) {
        throw AppError.conflict('This invitation has expired. Ask for a new one.');
      }
      if (status === InvitationStatus.REVOKED) throw AppError.conflict('This invitation was withdrawn.');
      if (invitation.email !== viewer.user.email) {
        throw AppError.forbidden(
          `This invitation was sent to ${invitation.email}. Sign in with that email to accept it.`,
        );
      }
      const existing = await em.findOne(MembershipEntity, {
        where: { organizationId: invitation.organizationId, userId: viewer.user.id },
      });
      if (status === InvitationStatus.ACCEPTED) {
        if (existing) return existing;
        throw AppError.conflict('This invitation was already used.');
      }
      await em.update(InvitationEntity, invitation.id, { acceptedAt: new Date() });
      if (existing) return existing;
      try {
        return await em.save(MembershipEntity, {
          organizationId: invitation.organizationId,
          userId: viewer.user.id,
          role: invitation.role,
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw AppError.conflict('You are already a member.');
        throw error;
      }
    });
  }

  async changeRole(actor: MembershipEntity, membershipId: string, role: OrgRole): Promise<MembershipEntity> {
    return this.dataSource.transaction(async (em) => {
      const target = await this.lockMember(em.getRepository(MembershipEntity), actor.organizationId, membershipId);
      const owners = await this.countOwners(em.getRepository(MembershipEntity), actor.organizationId);
      refuse(checkRoleChange(actor.role, target.role, role, owners));
      await em.update(MembershipEntity, target.id, { role });
      await this.audit.record(
        AuditAction.MEMBER_ROLE_CHANGED,
        actor,
        {
          type: AuditSubjectType.USER,
          id: target.userId,
          userId: target.userId,
          details: { previousRole: target.role, role },
        },
        em,
      );
      return em.findOneOrFail(MembershipEntity, { where: { id: target.id }, relations: { user: true } });
    });
  }

  async removeMember(actor: MembershipEntity, membershipId: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const repo = em.getRepository(MembershipEntity);
      const target = await this.lockMember(repo, actor.organizationId, membershipId);
      const owners = await this.countOwners(repo, actor.organizationId);
      refuse(checkRemoval(actor.role, target.role, target.userId === actor.userId, owners));
      await repo.delete(target.id);
      await this.audit.record(
        AuditAction.MEMBER_REMOVED,
        actor,
        { type: AuditSubjectType.USER, id: target.userId, userId: target.userId, details: { role: target.role } },
        em,
      );
      // Losing the organization ends every cohort role in it (their content stays, attributed
      // as a former member); open sockets and feeds re-check access and stop at once.
      await em.query(
        `DELETE FROM cohort_member cm USING cohort c
          WHERE cm.cohort_id = c.id AND c.organization_id = $1 AND cm.user_id = $2`,
        [actor.organizationId, target.userId],
      );
    });
  }

  private async lockMember(repo: Repository<MembershipEntity>, organizationId: string, membershipId: string) {
    // Lock every owner row too, so two concurrent demotions cannot both pass the "last owner" check.
    const rows = await repo.find({
      where: [
        { organizationId, id: membershipId },
        { organizationId, role: OrgRole.OWNER },
      ],
      lock: { mode: 'pessimistic_write' },
    });
    const target = rows.find((m) => m.id === membershipId);
    if (!target) throw AppError.notFound('Member');
    return target;
  }

  private countOwners(repo: Repository<MembershipEntity>, organizationId: string): Promise<number> {
    return repo.count({ where: { organizationId, role: OrgRole.OWNER } });
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
    const taken = new Set(
      (
        await this.organizations
          .createQueryBuilder('o')
          .select('o.slug', 'slug')
          .where('o.slug = :base OR o.slug LIKE :prefix', { base, prefix: `${base}-%` })
          .getRawMany<{ slug: string }>()
      ).map((r) => r.slug),
    );
    if (!taken.has(base)) return base;
    for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
  }
}
