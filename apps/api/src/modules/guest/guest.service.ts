import { Injectable } from '@nestjs/common';
import { type CohortRole, INVITATION_TTL_DAYS, routes } from '@openhuddle/shared';
import { createElement } from 'react';
import type { Actor } from '../../common/auth/actor';
import type { ActorMembership } from '../../common/auth/request-context';
import { hashToken, newToken } from '../../common/auth/tokens';
import { AppError } from '../../common/errors/app-error';
import { renderEmail } from '../../common/mail/email-layout';
import { MailCategory, Mailer } from '../../common/mail/mailer';
import { RATE_LIMITS } from '../../common/rate-limit/rate-limit.rules';
import { RateLimiter } from '../../common/rate-limit/rate-limiter';
import { AppConfig } from '../../config/app-config';
import { AuditAction, AuditSubjectType } from '../audit/audit-action';
import { AuditService } from '../audit/audit.service';
import type { CohortAccess } from '../cohort/cohort.policy';
import { InvitationEmail } from '../organization/emails/invitation-email';
import { type GuestCohortRow, GuestRepository, type GuestRow } from './guest.repository';

/**
 * Guests (PRODUCT.md): a cohort's facilitator invites someone of another organization into that one
 * cohort; the host's admins list and remove them. What a guest may read is decided where every
 * cohort access is (cohort.policy / the cohort access loader), so no resolver repeats it.
 */
@Injectable()
export class GuestService {
  constructor(
    private readonly store: GuestRepository,
    private readonly config: AppConfig,
    private readonly mailer: Mailer,
    private readonly limiter: RateLimiter,
    private readonly audit: AuditService,
  ) {}

  async invite(actor: Actor, cohort: CohortAccess, email: string, role: CohortRole) {
    const organizationId = cohort.organizationId;
    await this.limiter.consume(
      { rule: RATE_LIMITS.invitationsPerInviter, subject: actor.user.id },
      { rule: RATE_LIMITS.invitationsPerOrganization, subject: organizationId },
    );
    if (await this.store.isMemberByEmail(organizationId, email)) {
      throw AppError.conflict('This person is a member of the organization: add them to the cohort instead.', {
        email: 'Already a member of this organization.',
      });
    }
    const names = await this.store.cohortNames(cohort.cohortId);
    if (!names) throw AppError.notFound('Cohort');
    const token = newToken();
    const invitation = await this.store.transaction(async (em) => {
      const saved = await this.store.insertInvitation(em, {
        organizationId,
        cohortId: cohort.cohortId,
        cohortRole: role,
        email,
        tokenHash: hashToken(token),
        invitedById: actor.user.id,
        expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 86400_000),
      });
      await this.audit.record(
        AuditAction.INVITATION_SENT,
        { organizationId, userId: actor.user.id },
        {
          type: AuditSubjectType.INVITATION,
          id: saved.id,
          cohortId: cohort.cohortId,
          details: { email, role, guest: true },
        },
        em,
      );
      return saved;
    });
    const acceptUrl = `${this.config.publicUrl}${routes.invitation(token)}`;
    const props = {
      inviterName: actor.user.displayName,
      organizationName: names.organization_name,
      role: `a guest ${role.toLowerCase()} of the cohort “${names.cohort_name}” (you will see that cohort only)`,
      acceptUrl,
      days: INVITATION_TTL_DAYS,
    };
    await this.mailer.send({
      to: email,
      subject: `${actor.user.displayName} invited you to ${names.cohort_name} (${names.organization_name}) on OpenHuddle`,
      ...(await renderEmail(createElement(InvitationEmail, props))),
      category: MailCategory.INVITATION,
      organizationId,
    });
    return {
      id: invitation.id,
      email,
      cohortId: cohort.cohortId,
      cohortRole: role,
      expiresAt: invitation.expires_at,
      acceptUrl,
    };
  }

  /** Takes the cohort place a guest invitation sent to the actor's email offers. Accepting twice is harmless. */
  async accept(actor: Actor, token: string): Promise<GuestCohortRow> {
    const cohortId = await this.store.transaction(async (em) => {
      const invitation = await this.store.lockInvitation(em, hashToken(token));
      if (!invitation || !invitation.cohort_id || !invitation.cohort_role) throw AppError.notFound('Invitation');
      if (invitation.revoked_at) throw AppError.conflict('This invitation was withdrawn.');
      if (invitation.email !== actor.user.email) {
        throw AppError.forbidden(
          `This invitation was sent to ${invitation.email}. Sign in with that email to accept it.`,
        );
      }
      if (!invitation.accepted_at) {
        if (invitation.expires_at <= new Date())
          throw AppError.conflict('This invitation has expired. Ask for a new one.');
        await this.store.markAccepted(em, invitation.id);
        await this.store.placeInCohort(
          em,
          invitation.organization_id,
          invitation.cohort_id,
          actor.user.id,
          invitation.cohort_role,
        );
      }
      return invitation.cohort_id;
    });
    const mine = await this.store.guestCohortsOf(actor.user.id);
    const place = mine.find((c) => c.cohort_id === cohortId);
    // Already a member of the organization: the place is an ordinary one, not a Guest's.
    if (!place) throw AppError.conflict('You are a member of this organization; the cohort is in your list already.');
    return place;
  }

  listGuests(organizationId: string): Promise<GuestRow[]> {
    return this.store.guestsOf(organizationId);
  }

  guestCohortsOf(userId: string): Promise<GuestCohortRow[]> {
    return this.store.guestCohortsOf(userId);
  }

  /** Ends a guest's place in the cohort (their published work stays, attributed). */
  async remove(by: ActorMembership, guestId: string): Promise<void> {
    const removed = await this.store.removeGuest(by.organizationId, guestId);
    if (!removed) throw AppError.notFound('Guest');
    await this.audit.record(AuditAction.MEMBER_REMOVED, by, {
      type: AuditSubjectType.USER,
      id: removed.user_id,
      userId: removed.user_id,
      cohortId: removed.cohort_id,
      details: { guest: true },
    });
  }
}
