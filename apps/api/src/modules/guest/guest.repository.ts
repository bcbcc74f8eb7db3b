import { Injectable } from '@nestjs/common';
import type { CohortRole } from '@openhuddle/shared';
import { DataSource, type EntityManager } from 'typeorm';

export interface GuestRow {
  id: string;
  cohort_id: string;
  cohort_name: string;
  role: CohortRole;
  user_id: string;
  display_name: string;
  avatar_url: string | null;
  time_zone: string;
  email: string;
  joined_at: Date;
}

export interface GuestCohortRow {
  cohort_id: string;
  cohort_name: string;
  organization_id: string;
  organization_name: string;
  role: CohortRole;
}

export interface GuestInvitationRow {
  id: string;
  organization_id: string;
  cohort_id: string | null;
  cohort_role: CohortRole | null;
  email: string;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
}

/**
 * The guest module's only access to the database. A Guest is a `cohort_member` row with `guest`
 * set and no membership of the cohort's organization; a Guest invitation is an `invitation` row
 * naming the cohort (and the role in it).
 */
@Injectable()
export class GuestRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async cohortNames(cohortId: string): Promise<{ cohort_name: string; organization_name: string } | null> {
    const rows: Array<{ cohort_name: string; organization_name: string }> = await this.dataSource.query(
      `SELECT c.name AS cohort_name, o.name AS organization_name
         FROM cohort c JOIN organization o ON o.id = c.organization_id WHERE c.id = $1`,
      [cohortId],
    );
    return rows[0] ?? null;
  }

  async isMemberByEmail(organizationId: string, email: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM membership m JOIN "user" u ON u.id = m.user_id WHERE m.organization_id = $1 AND u.email = $2`,
      [organizationId, email],
    );
    return rows.length > 0;
  }

  /** Inviting again replaces the earlier pending guest invitation to the same cohort. */
  async insertInvitation(
    em: EntityManager,
    values: {
      organizationId: string;
      cohortId: string;
      cohortRole: CohortRole;
      email: string;
      tokenHash: string;
      invitedById: string;
      expiresAt: Date;
    },
  ): Promise<{ id: string; expires_at: Date }> {
    await em.query(
      `UPDATE invitation SET revoked_at = now()
        WHERE cohort_id = $1 AND email = $2 AND accepted_at IS NULL AND revoked_at IS NULL`,
      [values.cohortId, values.email],
    );
    const rows: Array<{ id: string; expires_at: Date }> = await em.query(
      `INSERT INTO invitation (organization_id, cohort_id, cohort_role, email, role, token_hash, invited_by_id, expires_at)
       VALUES ($1, $2, $3, $4, 'MEMBER', $5, $6, $7) RETURNING id, expires_at`,
      [
        values.organizationId,
        values.cohortId,
        values.cohortRole,
        values.email,
        values.tokenHash,
        values.invitedById,
        values.expiresAt,
      ],
    );
    return rows[0]!;
  }

  async lockInvitation(em: EntityManager, tokenHash: string): Promise<GuestInvitationRow | null> {
    const rows: GuestInvitationRow[] = await em.query(
      `SELECT id, organization_id, cohort_id, cohort_role, email, expires_at, accepted_at, revoked_at
         FROM invitation WHERE token_hash = $1 FOR UPDATE`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  async markAccepted(em: EntityManager, invitationId: string): Promise<void> {
    await em.query('UPDATE invitation SET accepted_at = now() WHERE id = $1', [invitationId]);
  }

  /**
   * Gives the user their place in the cohort: a Guest place when they hold no membership of its
   * organization, an ordinary one when they do. A place already held keeps its role.
   */
  async placeInCohort(
    em: EntityManager,
    organizationId: string,
    cohortId: string,
    userId: string,
    role: CohortRole,
  ): Promise<void> {
    await em.query(
      `INSERT INTO cohort_member (organization_id, cohort_id, user_id, role, guest)
       SELECT $1, $2, $3, $4::cohort_role,
              NOT EXISTS (SELECT 1 FROM membership m WHERE m.organization_id = $1 AND m.user_id = $3)
       ON CONFLICT (cohort_id, user_id) DO NOTHING`,
      [organizationId, cohortId, userId, role],
    );
  }

  /** The organization's guests, by cohort then name. */
  guestsOf(organizationId: string): Promise<GuestRow[]> {
    return this.dataSource.query(
      `SELECT cm.id, cm.cohort_id, c.name AS cohort_name, cm.role, u.id AS user_id, u.display_name,
              u.avatar_url, u.time_zone, u.email, cm.joined_at
         FROM cohort_member cm JOIN cohort c ON c.id = cm.cohort_id JOIN "user" u ON u.id = cm.user_id
        WHERE cm.organization_id = $1 AND cm.guest
        ORDER BY lower(c.name), lower(u.display_name), cm.id`,
      [organizationId],
    );
  }

  /** Removes a guest's place; returns who it was, or null when it is no guest of this organization. */
  async removeGuest(
    organizationId: string,
    cohortMemberId: string,
  ): Promise<{ user_id: string; cohort_id: string } | null> {
    const [rows]: [Array<{ user_id: string; cohort_id: string }>] = await this.dataSource.query(
      `DELETE FROM cohort_member WHERE id = $1 AND organization_id = $2 AND guest RETURNING user_id, cohort_id`,
      [cohortMemberId, organizationId],
    );
    return rows[0] ?? null;
  }

  /** The cohorts the user is a Guest in (no membership of their organization), by organization then cohort. */
  guestCohortsOf(userId: string): Promise<GuestCohortRow[]> {
    return this.dataSource.query(
      `SELECT c.id AS cohort_id, c.name AS cohort_name, o.id AS organization_id, o.name AS organization_name, cm.role
         FROM cohort_member cm JOIN cohort c ON c.id = cm.cohort_id JOIN organization o ON o.id = c.organization_id
        WHERE cm.user_id = $1 AND cm.guest
          AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.organization_id = c.organization_id AND m.user_id = $1)
        ORDER BY lower(o.name), lower(c.name), c.id`,
      [userId],
    );
  }

  /** Guest user ids of each cohort, in one statement (for "Guest" marks on members and authors). */
  guestUserIds(cohortIds: readonly string[]): Promise<Array<{ cohort_id: string; user_id: string }>> {
    return this.dataSource.query(
      `SELECT cm.cohort_id, cm.user_id FROM cohort_member cm
        WHERE cm.cohort_id = ANY($1::uuid[]) AND cm.guest
          AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.organization_id = cm.organization_id AND m.user_id = cm.user_id)`,
      [cohortIds],
    );
  }
}
