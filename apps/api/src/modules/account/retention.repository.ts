import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export interface RetentionSettings {
  draftDays: number | null;
  auditMonths: number | null;
  formerMemberDays: number | null;
}

/** A person's own rows in one organisation that are theirs alone (their published work is not here). */
const PERSONAL_TABLES = [
  'notification',
  'notification_preference',
  'notification_settings',
  'notification_digest',
  'notification_cohort_mute',
  'prompt_read',
  'cohort_feed_read',
  'unsubscribe_token',
  'sso_identity',
] as const;

/** The retention job's reads and deletes; each organisation is handled in its own transaction. */
@Injectable()
export class RetentionRepository {
  constructor(private readonly db: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async settingsOf(organizationId: string): Promise<RetentionSettings> {
    const rows: RetentionSettings[] = await this.db.query(
      `SELECT draft_retention_days AS "draftDays", audit_retention_months AS "auditMonths",
              former_member_retention_days AS "formerMemberDays"
         FROM organization_data_policy WHERE organization_id = $1`,
      [organizationId],
    );
    return rows[0] ?? { draftDays: null, auditMonths: null, formerMemberDays: null };
  }

  async setSettings(organizationId: string, settings: RetentionSettings, em: EntityManager): Promise<void> {
    await em.query(
      `INSERT INTO organization_data_policy
              (organization_id, draft_retention_days, audit_retention_months, former_member_retention_days)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (organization_id) DO UPDATE SET draft_retention_days = $2, audit_retention_months = $3,
              former_member_retention_days = $4, updated_at = now()`,
      [organizationId, settings.draftDays, settings.auditMonths, settings.formerMemberDays],
    );
  }

  /** Organisations with at least one retention rule. */
  async organizationsWithRules(): Promise<({ organizationId: string } & RetentionSettings)[]> {
    return this.db.query(
      `SELECT organization_id AS "organizationId", draft_retention_days AS "draftDays",
              audit_retention_months AS "auditMonths", former_member_retention_days AS "formerMemberDays"
         FROM organization_data_policy
        WHERE draft_retention_days IS NOT NULL OR audit_retention_months IS NOT NULL
           OR former_member_retention_days IS NOT NULL
        ORDER BY organization_id`,
    );
  }

  /**
   * People who left the organisation before `leftBefore` and still have rows of their own here:
   * no membership and no cohort place (a Guest has one), removed longer ago than that (a removal
   * no longer in the audit log counts as long ago).
   */
  async formerMembers(organizationId: string, leftBefore: Date, em: EntityManager): Promise<string[]> {
    const personal = [...PERSONAL_TABLES.map((t) => `SELECT user_id FROM ${t} WHERE organization_id = $1`)];
    personal.push(`SELECT author_id FROM contribution WHERE organization_id = $1 AND status = 'DRAFT'`);
    const rows: { user_id: string }[] = await em.query(
      `SELECT p.user_id FROM (${personal.join(' UNION ')}) p
        WHERE NOT EXISTS (SELECT 1 FROM membership m WHERE m.organization_id = $1 AND m.user_id = p.user_id)
          AND NOT EXISTS (SELECT 1 FROM cohort_member cm WHERE cm.organization_id = $1 AND cm.user_id = p.user_id)
          AND COALESCE((SELECT max(a.created_at) FROM audit_event a
                         WHERE a.organization_id = $1 AND a.action = 'MEMBER_REMOVED' AND a.subject_id = p.user_id),
                       '-infinity') < $2
        ORDER BY 1`,
      [organizationId, leftBefore],
    );
    return rows.map((r) => r.user_id);
  }

  async deletePersonalData(organizationId: string, userIds: string[], em: EntityManager): Promise<void> {
    if (!userIds.length) return;
    for (const table of PERSONAL_TABLES)
      await em.query(`DELETE FROM ${table} WHERE organization_id = $1 AND user_id = ANY($2::uuid[])`, [
        organizationId,
        userIds,
      ]);
  }

  /**
   * Deletes drafts untouched since `untouchedSince` (null: none by age) and every draft of
   * `authors`; returns the storage keys of their attachments, to delete once committed.
   */
  async deleteDrafts(
    organizationId: string,
    untouchedSince: Date | null,
    authors: string[],
    em: EntityManager,
  ): Promise<{ drafts: number; storageKeys: string[] }> {
    const drafts: { id: string }[] = await em.query(
      `SELECT id FROM contribution
        WHERE organization_id = $1 AND status = 'DRAFT' AND (updated_at < $2 OR author_id = ANY($3::uuid[]))
        FOR UPDATE`,
      [organizationId, untouchedSince, authors],
    );
    if (!drafts.length) return { drafts: 0, storageKeys: [] };
    const ids = drafts.map((d) => d.id);
    const files: { storage_key: string }[] = await em.query(
      `SELECT storage_key FROM attachment WHERE contribution_id = ANY($1::uuid[])`,
      [ids],
    );
    // Revisions and attachment rows go with them (ON DELETE CASCADE).
    await em.query(`DELETE FROM contribution WHERE id = ANY($1::uuid[])`, [ids]);
    return { drafts: ids.length, storageKeys: files.map((f) => f.storage_key) };
  }

  async purgeAuditEvents(organizationId: string, before: Date, em: EntityManager): Promise<number> {
    const [, count] = (await em.query(`DELETE FROM audit_event WHERE organization_id = $1 AND created_at < $2`, [
      organizationId,
      before,
    ])) as [unknown, number];
    return count;
  }
}
