import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DeletedAccountContent } from './data-policy.entity';

/** A person's own rows across the product: what the personal export reads and account deletion ends. */
@Injectable()
export class AccountRepository {
  constructor(private readonly db: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async passwordHashOf(userId: string): Promise<string> {
    const rows: { password_hash: string }[] = await this.db.query(`SELECT password_hash FROM "user" WHERE id = $1`, [
      userId,
    ]);
    return rows[0]?.password_hash ?? '!';
  }

  /** Organisations where the person is the only owner: someone else must own them first. */
  async soleOwnerships(userId: string): Promise<{ id: string; name: string }[]> {
    return this.db.query(
      `SELECT o.id, o.name FROM membership m JOIN organization o ON o.id = m.organization_id
        WHERE m.user_id = $1 AND m.role = 'OWNER'
          AND NOT EXISTS (SELECT 1 FROM membership other WHERE other.organization_id = m.organization_id
                           AND other.role = 'OWNER' AND other.user_id <> $1)
        ORDER BY o.name`,
      [userId],
    );
  }

  /** The person's organisations, with what each does to a deleted account's published work. */
  async organizationsOf(
    userId: string,
    em: EntityManager,
  ): Promise<{ organizationId: string; deletedAccountContent: DeletedAccountContent }[]> {
    const rows: { organization_id: string; deleted_account_content: DeletedAccountContent | null }[] = await em.query(
      `SELECT m.organization_id, p.deleted_account_content FROM membership m
         LEFT JOIN organization_data_policy p ON p.organization_id = m.organization_id
        WHERE m.user_id = $1 FOR UPDATE OF m`,
      [userId],
    );
    return rows.map((r) => ({
      organizationId: r.organization_id,
      deletedAccountContent: r.deleted_account_content ?? DeletedAccountContent.KEEP_AS_FORMER_MEMBER,
    }));
  }

  async deletedAccountContentOf(organizationId: string): Promise<DeletedAccountContent> {
    const rows: { deleted_account_content: DeletedAccountContent }[] = await this.db.query(
      `SELECT deleted_account_content FROM organization_data_policy WHERE organization_id = $1`,
      [organizationId],
    );
    return rows[0]?.deleted_account_content ?? DeletedAccountContent.KEEP_AS_FORMER_MEMBER;
  }

  async setDeletedAccountContent(organizationId: string, value: DeletedAccountContent, em: EntityManager) {
    await em.query(
      `INSERT INTO organization_data_policy (organization_id, deleted_account_content) VALUES ($1, $2)
       ON CONFLICT (organization_id) DO UPDATE SET deleted_account_content = $2, updated_at = now()`,
      [organizationId, value],
    );
  }

  /**
   * Where the organisation asks for it, the person's published work goes with the account:
   * contributions and comments are deleted (tombstones, as when they delete one themselves),
   * feedback is hidden with the reason.
   */
  async deleteWorkIn(organizationId: string, userId: string, em: EntityManager): Promise<void> {
    await em.query(
      `UPDATE contribution SET deleted_at = now(), deleted_by_id = $2
        WHERE organization_id = $1 AND author_id = $2 AND deleted_at IS NULL`,
      [organizationId, userId],
    );
    await em.query(
      `UPDATE comment SET deleted_at = now() WHERE organization_id = $1 AND author_id = $2 AND deleted_at IS NULL`,
      [organizationId, userId],
    );
    await em.query(
      `UPDATE feedback SET hidden_at = now(), hidden_reason = 'Deleted with its author’s account.'
        WHERE organization_id = $1 AND author_id = $2 AND hidden_at IS NULL`,
      [organizationId, userId],
    );
  }

  /**
   * Ends everything that is the person's alone: memberships and cohort roles, drafts, sessions,
   * notifications and their settings, open review assignments, links and tokens, unsent email.
   * Published work stays (attributed to "Former member"), as after a removal.
   */
  async endPersonalRows(userId: string, email: string, em: EntityManager): Promise<void> {
    const statements = [
      `DELETE FROM attachment WHERE uploader_id = $1 AND (contribution_id IS NULL
         OR contribution_id IN (SELECT id FROM contribution WHERE author_id = $1 AND status = 'DRAFT'))`,
      `DELETE FROM contribution_revision WHERE contribution_id IN (SELECT id FROM contribution WHERE author_id = $1 AND status = 'DRAFT')`,
      `DELETE FROM contribution WHERE author_id = $1 AND status = 'DRAFT'`,
      `DELETE FROM review_assignment WHERE reviewer_id = $1 AND completed_at IS NULL`,
      `DELETE FROM cohort_member WHERE user_id = $1`,
      `DELETE FROM membership WHERE user_id = $1`,
      `DELETE FROM notification WHERE user_id = $1`,
      `DELETE FROM notification_digest WHERE user_id = $1`,
      `DELETE FROM notification_preference WHERE user_id = $1`,
      `DELETE FROM notification_settings WHERE user_id = $1`,
      `DELETE FROM notification_cohort_mute WHERE user_id = $1`,
      `DELETE FROM unsubscribe_token WHERE user_id = $1`,
      `DELETE FROM password_reset WHERE user_id = $1`,
      `DELETE FROM calendar_feed WHERE user_id = $1`,
      `DELETE FROM sso_identity WHERE user_id = $1`,
      `DELETE FROM prompt_read WHERE user_id = $1`,
      `DELETE FROM cohort_feed_read WHERE user_id = $1`,
      `DELETE FROM huddle_attendance WHERE user_id = $1`,
      `UPDATE session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
    ];
    for (const sql of statements) await em.query(sql, [userId]);
    // Mail not yet delivered to them stops; what was sent stays as the outbox's record.
    await em.query(`DELETE FROM mail_message WHERE lower(to_address) = lower($1) AND status IN ('QUEUED', 'OUTBOX')`, [
      email,
    ]);
  }

  /** The person becomes "Former member": no email, name, picture or password of theirs is kept. */
  async anonymizeUser(userId: string, em: EntityManager): Promise<void> {
    await em.query(
      `UPDATE "user" SET email = 'deleted-' || id || '@deleted.invalid', display_name = 'Former member',
              avatar_url = NULL, password_hash = '!deleted', deleted_at = now(), updated_at = now()
        WHERE id = $1`,
      [userId],
    );
  }

  /** Everything the person wrote and was given, as they see it in the product (hidden by others and deleted left out). */
  async exportOf(userId: string) {
    const [profile] = await this.db.query(
      `SELECT id, email, display_name AS "displayName", time_zone AS "timeZone", created_at AS "createdAt"
         FROM "user" WHERE id = $1`,
      [userId],
    );
    const memberships = await this.db.query(
      `SELECT o.name AS organization, m.role, m.created_at AS "joinedAt" FROM membership m
         JOIN organization o ON o.id = m.organization_id WHERE m.user_id = $1 ORDER BY o.name`,
      [userId],
    );
    const contributions = await this.db.query(
      `SELECT c.id, o.name AS organization, co.name AS cohort, p.title AS prompt, c.kind, c.status, c.body, c.links,
              c.published_at AS "publishedAt", c.created_at AS "createdAt", c.hidden_at IS NOT NULL AS "hiddenByFacilitator",
              COALESCE((SELECT json_agg(json_build_object('version', r.version, 'kind', r.kind, 'body', r.body,
                                         'createdAt', r.created_at) ORDER BY r.version)
                          FROM contribution_revision r WHERE r.contribution_id = c.id), '[]') AS revisions,
              COALESCE((SELECT json_agg(json_build_object('fileName', a.file_name, 'contentType', a.content_type,
                                         'size', a.size, 'url', '/api/attachments/' || a.id) ORDER BY a.created_at)
                          FROM attachment a WHERE a.contribution_id = c.id), '[]') AS attachments
         FROM contribution c JOIN prompt p ON p.id = c.prompt_id JOIN cohort co ON co.id = c.cohort_id
         JOIN organization o ON o.id = c.organization_id
        WHERE c.author_id = $1 AND c.deleted_at IS NULL ORDER BY c.created_at`,
      [userId],
    );
    const feedbackGiven = await this.db.query(
      `SELECT f.id, p.title AS prompt, f.contribution_id AS "contributionId", f.answers, f.rubric, f.created_at AS "createdAt"
         FROM feedback f JOIN prompt p ON p.id = f.prompt_id
        WHERE f.author_id = $1 ORDER BY f.created_at`,
      [userId],
    );
    const feedbackReceived = await this.db.query(
      `SELECT f.id, p.title AS prompt, f.contribution_id AS "contributionId", u.display_name AS "from",
              f.answers, f.rubric, f.helpful_at IS NOT NULL AS helpful, f.created_at AS "createdAt"
         FROM feedback f JOIN contribution c ON c.id = f.contribution_id JOIN prompt p ON p.id = f.prompt_id
         JOIN "user" u ON u.id = f.author_id
        WHERE c.author_id = $1 AND c.deleted_at IS NULL AND f.hidden_at IS NULL ORDER BY f.created_at`,
      [userId],
    );
    const comments = await this.db.query(
      `SELECT cm.id, p.title AS prompt, cm.contribution_id AS "contributionId", cm.body, cm.created_at AS "createdAt"
         FROM comment cm JOIN contribution c ON c.id = cm.contribution_id JOIN prompt p ON p.id = c.prompt_id
        WHERE cm.author_id = $1 AND cm.deleted_at IS NULL ORDER BY cm.created_at`,
      [userId],
    );
    const actionItems = await this.db.query(
      `SELECT a.id, h.title AS huddle, a.text, a.due_on AS "dueOn", a.done_at AS "doneAt", a.created_at AS "createdAt"
         FROM action_item a JOIN huddle h ON h.id = a.huddle_id WHERE a.owner_id = $1 ORDER BY a.created_at`,
      [userId],
    );
    // Their own learning goals, with the history and check-ins they and their coach wrote on them.
    const learningGoals = await this.db.query(
      `SELECT g.id, o.name AS organization, g.title, g.description, g.status, g.cadence_days AS "cadenceDays",
              cu.display_name AS coach, g.created_at AS "createdAt",
              COALESCE((SELECT json_agg(json_build_object('kind', ev.kind, 'body', ev.body, 'by', eu.display_name,
                                         'at', ev.created_at) ORDER BY ev.created_at)
                          FROM learning_goal_event ev LEFT JOIN "user" eu ON eu.id = ev.actor_id
                         WHERE ev.goal_id = g.id), '[]') AS history,
              COALESCE((SELECT json_agg(json_build_object('reflection', ci.reflection, 'measureName', ci.measure_name,
                                         'measureValue', ci.measure_value, 'url', ci.url, 'response', ci.response,
                                         'at', ci.created_at) ORDER BY ci.created_at)
                          FROM check_in ci WHERE ci.goal_id = g.id), '[]') AS "checkIns"
         FROM learning_goal g JOIN organization o ON o.id = g.organization_id LEFT JOIN "user" cu ON cu.id = g.coach_id
        WHERE g.member_id = $1 ORDER BY g.created_at`,
      [userId],
    );
    return {
      profile,
      memberships,
      contributions,
      feedbackGiven,
      feedbackReceived,
      comments,
      actionItems,
      learningGoals,
    };
  }
}
