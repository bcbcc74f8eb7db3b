import { Injectable } from '@nestjs/common';
import { CohortRole, INVITATION_TTL_DAYS, OrgRole, routes } from '@openhuddle/shared';
import { createElement } from 'react';
import type { Actor } from '../../common/auth/actor';
import type { ActorMembership } from '../../common/auth/request-context';
import { hashToken, newToken } from '../../common/auth/tokens';
import { AppError } from '../../common/errors/app-error';
import { renderEmail } from '../../common/mail/email-layout';
import { MailCategory, Mailer, type OutgoingMessage } from '../../common/mail/mailer';
import { AppConfig } from '../../config/app-config';
import { AuditAction, AuditSubjectType } from '../audit/audit-action';
import { AuditService } from '../audit/audit.service';
import type { CohortAccess } from '../cohort/cohort.policy';
import { CohortService } from '../cohort/cohort.service';
import { InvitationEmail } from '../organization/emails/invitation-email';
import { checkInvite } from '../organization/organization.policy';
import { RosterAction, type RosterImport, type RosterImportRow } from './dto/roster.types';
import { parseRoster, RosterFileError } from './roster.csv';
import { type RosterSnapshot, RosterRepository } from './roster.repository';

const SPLIT_EMAILS = /[\s,;]+/;

@Injectable()
export class RosterService {
  constructor(
    private readonly store: RosterRepository,
    private readonly config: AppConfig,
    private readonly mailer: Mailer,
    private readonly audit: AuditService,
    private readonly cohorts: CohortService,
  ) {}

  /**
   * Reads a roster and says, row by row, what importing it would do. With `apply`, does it — all of
   * it in one transaction, or nothing when any row has an error. Importing the same file twice
   * changes nothing the second time: people already invited or members are not invited again,
   * cohort places already held are kept.
   */
  async importRoster(actor: Actor, membership: ActorMembership, csv: string, apply: boolean): Promise<RosterImport> {
    let parsed;
    try {
      parsed = parseRoster(csv);
    } catch (error) {
      if (error instanceof RosterFileError) throw AppError.badInput({ csv: error.message });
      throw error;
    }
    for (const row of parsed) {
      const refusal = checkInvite(membership.role, row.role);
      if (refusal) row.errors.push(refusal.message);
    }
    const organizationId = membership.organizationId;
    const emails = parsed.filter((r) => r.email).map((r) => r.email);
    const cohortNames = [...new Set(parsed.flatMap((r) => r.cohorts))];
    if (!apply) {
      const rows = plan(parsed, await this.store.snapshot(organizationId, emails, cohortNames));
      return { applied: false, rows, summary: summarize(rows) };
    }
    const tokens = new Map<string, string>();
    const result = await this.store.transaction(async (em) => {
      await this.store.lockOrganization(em, organizationId);
      const snapshot = await this.store.snapshot(organizationId, emails, cohortNames, em);
      const rows = plan(parsed, snapshot);
      const failing = rows.filter((r) => r.errors.length);
      if (failing.length) {
        throw AppError.badInput(
          { csv: failing.map((r) => `Line ${r.line}: ${r.errors.join(' ')}`).join('\n') },
          `${failing.length} row${failing.length === 1 ? ' has' : 's have'} errors; nothing was imported.`,
        );
      }
      const toInvite = rows.filter((r) => r.steps.some((s) => s.action === RosterAction.INVITE));
      const expiresAt = new Date(Date.now() + INVITATION_TTL_DAYS * 86400_000);
      const invitations = toInvite.map((r) => {
        const token = newToken();
        tokens.set(r.email, token);
        return { email: r.email, role: r.role, tokenHash: hashToken(token), expiresAt };
      });
      const saved = await this.store.insertInvitations(em, organizationId, actor.user.id, invitations);
      const additions = rows.flatMap((r) =>
        r.steps
          .filter((s) => s.action === RosterAction.ADD_TO_COHORT)
          .map((s) => ({
            cohortId: snapshot.cohorts.get(s.cohortName!.toLowerCase())!.id,
            userId: snapshot.members.get(r.email)!,
            role: r.cohortRole,
          })),
      );
      await this.store.insertCohortMembers(em, organizationId, additions);
      for (const invitation of saved) {
        const row = toInvite.find((r) => r.email === invitation.email)!;
        await this.audit.record(
          AuditAction.INVITATION_SENT,
          membership,
          { type: AuditSubjectType.INVITATION, id: invitation.id, details: { email: row.email, role: row.role } },
          em,
        );
      }
      await this.mailer.queueMany(em, await this.invitationEmails(actor, organizationId, toInvite, tokens));
      return { applied: true, rows, summary: summarize(rows) };
    });
    this.mailer.deliverSoon();
    return result;
  }

  /** Invites many emails at once, through the same import: existing members and pending invitations are skipped. */
  bulkInvite(actor: Actor, membership: ActorMembership, emails: string, role: OrgRole): Promise<RosterImport> {
    const list = emails
      .split(SPLIT_EMAILS)
      .map((e) => e.trim())
      .filter(Boolean);
    if (!list.length) throw AppError.badInput({ emails: 'Paste at least one email address.' });
    const csv = ['email,role', ...list.map((e) => `"${e.replace(/"/g, '""')}",${role}`)].join('\n');
    return this.importRoster(actor, membership, csv, true);
  }

  /** Adds every member of the cohort's organisation (or every member with one role) to the cohort. */
  async addAllMembers(access: CohortAccess, onlyRole: OrgRole | null): Promise<number> {
    const userIds = await this.store.memberUserIds(access.organizationId, onlyRole);
    if (!userIds.length) return 0;
    // Keeps the cohort roles people already hold: only those not yet in it are added.
    return this.cohorts.addMissingMembers(access, userIds, CohortRole.MEMBER);
  }

  private async invitationEmails(
    actor: Actor,
    organizationId: string,
    rows: RosterImportRow[],
    tokens: Map<string, string>,
  ): Promise<OutgoingMessage[]> {
    if (!rows.length) return [];
    const organizationName = await this.store.organizationName(organizationId);
    return Promise.all(
      rows.map(async (row) => {
        const acceptUrl = `${this.config.publicUrl}${routes.invitation(tokens.get(row.email)!)}`;
        const props = {
          inviterName: actor.user.displayName,
          organizationName,
          role: row.role.toLowerCase(),
          acceptUrl,
          days: INVITATION_TTL_DAYS,
        };
        return {
          to: row.email,
          subject: `${actor.user.displayName} invited you to ${organizationName} on OpenHuddle`,
          ...(await renderEmail(createElement(InvitationEmail, props))),
          category: MailCategory.INVITATION,
          organizationId,
        };
      }),
    );
  }
}

/** Each row's steps against what the organisation holds now. */
function plan(parsed: ReturnType<typeof parseRoster>, snapshot: RosterSnapshot): RosterImportRow[] {
  return parsed.map((row) => {
    const errors = [...row.errors];
    for (const name of row.cohorts) {
      if (!snapshot.cohorts.has(name.toLowerCase())) errors.push(`No cohort named "${name}" in this organisation.`);
    }
    const steps: RosterImportRow['steps'] = [];
    if (!errors.length) {
      const userId = snapshot.members.get(row.email);
      if (userId) steps.push({ action: RosterAction.ALREADY_MEMBER, cohortName: null });
      else if (snapshot.invited.has(row.email)) steps.push({ action: RosterAction.ALREADY_INVITED, cohortName: null });
      else steps.push({ action: RosterAction.INVITE, cohortName: null });
      for (const name of row.cohorts) {
        const cohort = snapshot.cohorts.get(name.toLowerCase())!;
        const action = !userId
          ? RosterAction.COHORT_AFTER_JOINING
          : snapshot.cohortMembers.has(`${cohort.id}:${userId}`)
            ? RosterAction.ALREADY_IN_COHORT
            : RosterAction.ADD_TO_COHORT;
        steps.push({ action, cohortName: cohort.name });
      }
    }
    return { ...row, errors, steps };
  });
}

function summarize(rows: RosterImportRow[]): RosterImport['summary'] {
  const count = (action: RosterAction) => rows.flatMap((r) => r.steps).filter((s) => s.action === action).length;
  return {
    rows: rows.length,
    invitations: count(RosterAction.INVITE),
    cohortAdditions: count(RosterAction.ADD_TO_COHORT),
    unchanged: rows.filter(
      (r) =>
        !r.errors.length && !r.steps.some((s) => [RosterAction.INVITE, RosterAction.ADD_TO_COHORT].includes(s.action)),
    ).length,
    rowsWithErrors: rows.filter((r) => r.errors.length).length,
  };
}
