import { Injectable } from '@nestjs/common';
import type { CohortRole, OrgRole } from '@openhuddle/shared';
import { DataSource, type EntityManager } from 'typeorm';

export interface RosterSnapshot {
  /** email → user id, for people already members. */
  members: Map<string, string>;
  /** Emails with a pending (unexpired, unaccepted, unrevoked) invitation. */
  invited: Set<string>;
  /** lower-cased cohort name → cohort id, in the organisation. */
  cohorts: Map<string, { id: string; name: string }>;
  /** `${cohortId}:${userId}` for existing cohort memberships. */
  cohortMembers: Set<string>;
}

export interface NewInvitation {
  email: string;
  role: OrgRole;
  tokenHash: string;
  expiresAt: Date;
}

/** The roster module's reads and writes; every read is one statement for the whole file. */
@Injectable()
export class RosterRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** What the organisation already holds for the file's emails and cohort names. */
  async snapshot(
    organizationId: string,
    emails: string[],
    cohortNames: string[],
    em: EntityManager = this.dataSource.manager,
  ): Promise<RosterSnapshot> {
    // membership_org_user_key + users' unique email index.
    const members: { email: string; user_id: string }[] = await em.query(
      `SELECT u.email, m.user_id FROM membership m JOIN "user" u ON u.id = m.user_id
        WHERE m.organization_id = $1 AND u.email = ANY($2::text[])`,
      [organizationId, emails],
    );
    // invitation_org_email_idx.
    const invited: { email: string }[] = await em.query(
      `SELECT DISTINCT email FROM invitation
        WHERE organization_id = $1 AND email = ANY($2::text[])
          AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()`,
      [organizationId, emails],
    );
    const cohorts: { id: string; name: string }[] = await em.query(
      `SELECT id, name FROM cohort WHERE organization_id = $1 AND lower(name) = ANY($2::text[])`,
      [organizationId, cohortNames.map((n) => n.toLowerCase())],
    );
    const userIds = members.map((m) => m.user_id);
    // cohort_member_org_user_idx.
    const cohortMembers: { cohort_id: string; user_id: string }[] = userIds.length
      ? await em.query(
          `SELECT cohort_id, user_id FROM cohort_member WHERE organization_id = $1 AND user_id = ANY($2::uuid[])`,
          [organizationId, userIds],
        )
      : [];
    return {
      members: new Map(members.map((m) => [m.email, m.user_id])),
      invited: new Set(invited.map((i) => i.email)),
      cohorts: new Map(cohorts.map((c) => [c.name.toLowerCase(), c])),
      cohortMembers: new Set(cohortMembers.map((c) => `${c.cohort_id}:${c.user_id}`)),
    };
  }

  /** Serialises imports into one organisation, so two concurrent runs cannot both invite a person. */
  async lockOrganization(em: EntityManager, organizationId: string): Promise<void> {
    await em.query(`SELECT id FROM organization WHERE id = $1 FOR UPDATE`, [organizationId]);
  }

  async insertInvitations(
    em: EntityManager,
    organizationId: string,
    invitedById: string,
    invitations: NewInvitation[],
  ): Promise<{ id: string; email: string }[]> {
    if (!invitations.length) return [];
    return em.query(
      `INSERT INTO invitation (organization_id, email, role, token_hash, invited_by_id, expires_at)
       SELECT $1, x.email, x.role::org_role, x.token_hash, $2, x.expires_at
         FROM unnest($3::text[], $4::text[], $5::text[], $6::timestamptz[]) AS x(email, role, token_hash, expires_at)
       RETURNING id, email`,
      [
        organizationId,
        invitedById,
        invitations.map((i) => i.email),
        invitations.map((i) => i.role),
        invitations.map((i) => i.tokenHash),
        invitations.map((i) => i.expiresAt),
      ],
    );
  }

  async insertCohortMembers(
    em: EntityManager,
    organizationId: string,
    additions: { cohortId: string; userId: string; role: CohortRole }[],
  ): Promise<void> {
    if (!additions.length) return;
    await em.query(
      `INSERT INTO cohort_member (organization_id, cohort_id, user_id, role)
       SELECT $1, x.cohort_id, x.user_id, x.role::cohort_role
         FROM unnest($2::uuid[], $3::uuid[], $4::text[]) AS x(cohort_id, user_id, role)
       ON CONFLICT (cohort_id, user_id) DO NOTHING`,
      [organizationId, additions.map((a) => a.cohortId), additions.map((a) => a.userId), additions.map((a) => a.role)],
    );
  }

  /** User ids of the organisation's members, optionally of one role (membership_org_user_key). */
  async memberUserIds(organizationId: string, role: OrgRole | null): Promise<string[]> {
    const rows: { user_id: string }[] = await this.dataSource.query(
      `SELECT user_id FROM membership WHERE organization_id = $1 AND ($2::org_role IS NULL OR role = $2::org_role)`,
      [organizationId, role],
    );
    return rows.map((r) => r.user_id);
  }

  async organizationName(organizationId: string): Promise<string> {
    const [row] = await this.dataSource.query(`SELECT name FROM organization WHERE id = $1`, [organizationId]);
    return row.name;
  }
}
