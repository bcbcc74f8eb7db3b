import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export interface JoinLinkRow {
  id: string;
  organization_id: string;
  cohort_id: string;
  created_at: Date;
  created_by_name: string | null;
  expires_at: Date;
  max_uses: number;
  use_count: number;
  admits_guests: boolean;
  revoked_at: Date | null;
}

export interface JoinLinkUseRow {
  link_id: string;
  user_id: string;
  display_name: string;
  avatar_url: string | null;
  time_zone: string;
  guest: boolean;
  used_at: Date;
}

export interface JoinLinkPreviewRow extends JoinLinkRow {
  cohort_name: string;
  organization_name: string;
}

const LINK_COLUMNS = `l.id, l.organization_id, l.cohort_id, l.created_at, u.display_name AS created_by_name,
  l.expires_at, l.max_uses, l.use_count, l.admits_guests, l.revoked_at`;

/** The join-link module's only access to the database. */
@Injectable()
export class CohortJoinLinkRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async insert(values: {
    organizationId: string;
    cohortId: string;
    tokenHash: string;
    createdById: string;
    expiresAt: Date;
    maxUses: number;
    admitsGuests: boolean;
  }): Promise<JoinLinkRow> {
    const [row]: JoinLinkRow[] = await this.dataSource.query(
      `WITH l AS (
         INSERT INTO cohort_join_link (organization_id, cohort_id, token_hash, created_by_id, expires_at, max_uses, admits_guests)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *)
       SELECT ${LINK_COLUMNS} FROM l LEFT JOIN "user" u ON u.id = l.created_by_id`,
      [
        values.organizationId,
        values.cohortId,
        values.tokenHash,
        values.createdById,
        values.expiresAt,
        values.maxUses,
        values.admitsGuests,
      ],
    );
    return row!;
  }

  /** The cohort's links, newest first (cohort_join_link_cohort_created_idx). */
  list(cohortId: string, limit: number): Promise<JoinLinkRow[]> {
    return this.dataSource.query(
      `SELECT ${LINK_COLUMNS} FROM cohort_join_link l LEFT JOIN "user" u ON u.id = l.created_by_id
        WHERE l.cohort_id = $1 ORDER BY l.created_at DESC, l.id DESC LIMIT $2`,
      [cohortId, limit],
    );
  }

  /** The newest uses of each link, in one statement (cohort_join_link_use_link_user_key). */
  uses(linkIds: readonly string[], perLink: number): Promise<JoinLinkUseRow[]> {
    if (!linkIds.length) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT x.* FROM unnest($1::uuid[]) AS ids(link_id)
         CROSS JOIN LATERAL (
           SELECT lu.link_id, lu.user_id, u.display_name, u.avatar_url, u.time_zone, lu.guest, lu.used_at
             FROM cohort_join_link_use lu JOIN "user" u ON u.id = lu.user_id
            WHERE lu.link_id = ids.link_id ORDER BY lu.used_at DESC, lu.id DESC LIMIT $2) x`,
      [linkIds, perLink],
    );
  }

  async revoke(cohortId: string, linkId: string): Promise<JoinLinkRow | null> {
    const rows: JoinLinkRow[] = await this.dataSource.query(
      `WITH l AS (
         UPDATE cohort_join_link SET revoked_at = coalesce(revoked_at, now())
          WHERE id = $1 AND cohort_id = $2 RETURNING *)
       SELECT ${LINK_COLUMNS} FROM l LEFT JOIN "user" u ON u.id = l.created_by_id`,
      [linkId, cohortId],
    );
    return rows[0] ?? null;
  }

  async preview(tokenHash: string): Promise<JoinLinkPreviewRow | null> {
    const rows: JoinLinkPreviewRow[] = await this.dataSource.query(
      `SELECT ${LINK_COLUMNS}, c.name AS cohort_name, o.name AS organization_name
         FROM cohort_join_link l JOIN cohort c ON c.id = l.cohort_id JOIN organization o ON o.id = l.organization_id
         LEFT JOIN "user" u ON u.id = l.created_by_id
        WHERE l.token_hash = $1`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  /** Locks the link so concurrent joins count against its cap one at a time. */
  async lockByToken(em: EntityManager, tokenHash: string): Promise<JoinLinkPreviewRow | null> {
    const rows: JoinLinkPreviewRow[] = await em.query(
      `SELECT l.id, l.organization_id, l.cohort_id, l.created_at, NULL AS created_by_name, l.expires_at, l.max_uses,
              l.use_count, l.admits_guests, l.revoked_at, c.name AS cohort_name, o.name AS organization_name
         FROM cohort_join_link l JOIN cohort c ON c.id = l.cohort_id JOIN organization o ON o.id = l.organization_id
        WHERE l.token_hash = $1 FOR UPDATE OF l`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  async isMember(em: EntityManager, organizationId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await em.query(`SELECT 1 FROM membership WHERE organization_id = $1 AND user_id = $2`, [
      organizationId,
      userId,
    ]);
    return rows.length > 0;
  }

  async cohortPlace(
    em: EntityManager,
    cohortId: string,
    userId: string,
  ): Promise<{ role: string; guest: boolean } | null> {
    const rows: Array<{ role: string; guest: boolean }> = await em.query(
      `SELECT role, guest FROM cohort_member WHERE cohort_id = $1 AND user_id = $2`,
      [cohortId, userId],
    );
    return rows[0] ?? null;
  }

  /** Takes a MEMBER place, records the use and counts it, in the caller's transaction. */
  async join(
    em: EntityManager,
    link: { id: string; organization_id: string; cohort_id: string },
    userId: string,
    guest: boolean,
  ): Promise<void> {
    await em.query(
      `INSERT INTO cohort_member (organization_id, cohort_id, user_id, role, guest) VALUES ($1, $2, $3, 'MEMBER', $4)`,
      [link.organization_id, link.cohort_id, userId, guest],
    );
    await em.query(
      `INSERT INTO cohort_join_link_use (organization_id, link_id, user_id, guest) VALUES ($1, $2, $3, $4)
       ON CONFLICT (link_id, user_id) DO NOTHING`,
      [link.organization_id, link.id, userId, guest],
    );
    await em.query(`UPDATE cohort_join_link SET use_count = use_count + 1 WHERE id = $1`, [link.id]);
  }
}
