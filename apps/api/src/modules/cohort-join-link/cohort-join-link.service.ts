import { Injectable } from '@nestjs/common';
import { CohortRole, routes } from '@openhuddle/shared';
import type { Actor } from '../../common/auth/actor';
import { hashToken, newToken } from '../../common/auth/tokens';
import { AppError } from '../../common/errors/app-error';
import { DomainEvents } from '../../common/events/domain-events';
import { AppConfig } from '../../config/app-config';
import { AuditAction, AuditSubjectType } from '../audit/audit-action';
import { AuditService } from '../audit/audit.service';
import type { CohortAccess } from '../cohort/cohort.policy';
import { JOIN_LINK_LIST_MAX, JOIN_LINK_USES_SHOWN, JoinLinkStatus } from './dto/cohort-join-link.types';
import {
  CohortJoinLinkRepository,
  type JoinLinkPreviewRow,
  type JoinLinkRow,
  type JoinLinkUseRow,
} from './cohort-join-link.repository';

export interface JoinLinkWithUses extends JoinLinkRow {
  status: JoinLinkStatus;
  uses: JoinLinkUseRow[];
}

/** Whether the link can still be used; a revoked link says so even once it has also expired. */
export function joinLinkStatus(link: JoinLinkRow, now = new Date()): JoinLinkStatus {
  if (link.revoked_at) return JoinLinkStatus.REVOKED;
  if (link.expires_at <= now) return JoinLinkStatus.EXPIRED;
  if (link.use_count >= link.max_uses) return JoinLinkStatus.USED_UP;
  return JoinLinkStatus.ACTIVE;
}

const REFUSALS: Record<Exclude<JoinLinkStatus, JoinLinkStatus.ACTIVE>, string> = {
  [JoinLinkStatus.REVOKED]: 'This join link was turned off. Ask the cohort’s facilitator for a new one.',
  [JoinLinkStatus.EXPIRED]: 'This join link has expired. Ask the cohort’s facilitator for a new one.',
  [JoinLinkStatus.USED_UP]: 'This join link has been used by as many people as it allows. Ask for a new one.',
};

/**
 * Cohort join links (issue 11's rosters). A facilitator creates a link with an expiry and a use cap;
 * a member of the organization who opens it takes a MEMBER place. Someone with no membership of the
 * organization (another organization's person, or a new sign-up) joins only through a link made to
 * admit guests, and then as a Guest of this cohort alone (PRODUCT.md rule 1); any other link refuses
 * them. The cap holds under concurrency: joins lock the link's row and count in one transaction.
 */
@Injectable()
export class CohortJoinLinkService {
  constructor(
    private readonly store: CohortJoinLinkRepository,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
  ) {}

  async create(
    actor: Actor,
    cohort: CohortAccess,
    input: { expiresInDays: number; maxUses: number; admitsGuests: boolean },
  ): Promise<{ link: JoinLinkWithUses; url: string }> {
    const token = newToken();
    const row = await this.store.insert({
      organizationId: cohort.organizationId,
      cohortId: cohort.cohortId,
      tokenHash: hashToken(token),
      createdById: actor.user.id,
      expiresAt: new Date(Date.now() + input.expiresInDays * 86400_000),
      maxUses: input.maxUses,
      admitsGuests: input.admitsGuests,
    });
    return { link: { ...row, status: joinLinkStatus(row), uses: [] }, url: this.url(token) };
  }

  url(token: string): string {
    return `${this.config.publicUrl}${routes.joinCohort(token)}`;
  }

  /** The cohort's links, newest first, each with its newest uses: two statements for the whole list. */
  async list(cohort: CohortAccess): Promise<JoinLinkWithUses[]> {
    const links = await this.store.list(cohort.cohortId, JOIN_LINK_LIST_MAX);
    const uses = await this.store.uses(
      links.map((l) => l.id),
      JOIN_LINK_USES_SHOWN,
    );
    return links.map((l) => ({ ...l, status: joinLinkStatus(l), uses: uses.filter((u) => u.link_id === l.id) }));
  }

  async revoke(cohort: CohortAccess, linkId: string): Promise<JoinLinkWithUses> {
    const row = await this.store.revoke(cohort.cohortId, linkId);
    if (!row) throw AppError.notFound('Join link');
    const uses = await this.store.uses([row.id], JOIN_LINK_USES_SHOWN);
    return { ...row, status: joinLinkStatus(row), uses };
  }

  async preview(token: string): Promise<JoinLinkPreviewRow & { status: JoinLinkStatus }> {
    const row = await this.store.preview(hashToken(token));
    if (!row) throw AppError.notFound('Join link');
    return { ...row, status: joinLinkStatus(row) };
  }

  /** Takes the place the link offers. Opening it again once in the cohort is harmless and uses nothing. */
  async join(actor: Actor, token: string) {
    const userId = actor.user.id;
    const joined = await this.store.transaction(async (em) => {
      const link = await this.store.lockByToken(em, hashToken(token));
      if (!link) throw AppError.notFound('Join link');
      const status = joinLinkStatus(link);
      if (status === JoinLinkStatus.REVOKED || status === JoinLinkStatus.EXPIRED) {
        throw AppError.conflict(REFUSALS[status], { token: REFUSALS[status] });
      }
      const member = await this.store.isMember(em, link.organization_id, userId);
      if (!member && !link.admits_guests) {
        throw AppError.forbidden(
          `This join link is for members of ${link.organization_name}. Ask its facilitator for an invitation.`,
        );
      }
      const place = await this.store.cohortPlace(em, link.cohort_id, userId);
      if (place) return { link, role: place.role as CohortRole, guest: place.guest, added: false };
      if (status === JoinLinkStatus.USED_UP) throw AppError.conflict(REFUSALS[status], { token: REFUSALS[status] });
      await this.store.join(em, link, userId, !member);
      await this.audit.record(
        AuditAction.COHORT_MEMBER_ADDED,
        { organizationId: link.organization_id, userId },
        {
          type: AuditSubjectType.USER,
          id: userId,
          userId,
          cohortId: link.cohort_id,
          details: { role: CohortRole.MEMBER, joinLinkId: link.id, guest: !member },
        },
        em,
      );
      return { link, role: CohortRole.MEMBER, guest: !member, added: true };
    });
    if (joined.added) {
      actor.loaders.cohortAccess.clear(joined.link.cohort_id);
      await this.events.emit({
        type: 'CohortMembersAdded',
        cohortId: joined.link.cohort_id,
        organizationId: joined.link.organization_id,
        userIds: [userId],
      });
    }
    return {
      cohortId: joined.link.cohort_id,
      cohortName: joined.link.cohort_name,
      organizationId: joined.link.organization_id,
      role: joined.role,
      guest: joined.guest,
    };
  }
}
