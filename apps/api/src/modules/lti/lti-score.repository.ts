import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { LtiPlatformEntity } from './lti-platform.entity';

/** A score ready to send: where, for whom (the platform's user id), and with which registration. */
export interface ScoreToSend {
  id: string;
  sentAt: Date | null;
  lineItemUrl: string;
  subject: string;
  platform: LtiPlatformEntity;
}

export interface ScoreCounts {
  sent: number;
  pending: number;
}

/** SQL of completion scores (AGS) owed to course gradebooks. */
@Injectable()
export class LtiScoreRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** People the course knows in a placement with a gradebook column (they launched it, or its roster lists them). */
  async enrol(
    link: { id: string; organizationId: string },
    userIds: string[],
    em: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    if (!userIds.length) return;
    await em.query(
      `INSERT INTO lti_score (organization_id, resource_link_id, user_id)
       SELECT $1, $2, unnest($3::uuid[])
       ON CONFLICT (resource_link_id, user_id) DO NOTHING`,
      [link.organizationId, link.id, userIds],
    );
  }

  /**
   * The scores a published contribution earns: its author's, in each placement of its prompt with
   * a gradebook column that knows them. Once per placement and person.
   */
  async complete(contributionId: string): Promise<string[]> {
    const [rows] = (await this.dataSource.query(
      `UPDATE lti_score s SET completed_at = now()
         FROM contribution c, lti_resource_link l
        WHERE c.id = $1 AND l.prompt_id = c.prompt_id AND l.organization_id = c.organization_id
          AND l.line_item_url IS NOT NULL AND s.resource_link_id = l.id AND s.user_id = c.author_id
          AND s.completed_at IS NULL
       RETURNING s.id`,
      [contributionId],
    )) as [Array<{ id: string }>, number];
    return rows.map((r) => r.id);
  }

  async toSend(id: string): Promise<ScoreToSend | null> {
    const [row] = (await this.dataSource.query(
      `SELECT s.id, s.sent_at, l.line_item_url, i.subject, l.platform_id
         FROM lti_score s
         JOIN lti_resource_link l ON l.id = s.resource_link_id
         JOIN lti_identity i ON i.platform_id = l.platform_id AND i.user_id = s.user_id
        WHERE s.id = $1 AND s.completed_at IS NOT NULL AND l.line_item_url IS NOT NULL`,
      [id],
    )) as Array<{ id: string; sent_at: Date | null; line_item_url: string; subject: string; platform_id: string }>;
    if (!row) return null;
    const platform = await this.dataSource.manager.findOneBy(LtiPlatformEntity, { id: row.platform_id });
    if (!platform) return null;
    return { id: row.id, sentAt: row.sent_at, lineItemUrl: row.line_item_url, subject: row.subject, platform };
  }

  async markSent(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE lti_score SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1`,
      [id],
    );
  }

  async markFailed(id: string, error: string): Promise<void> {
    await this.dataSource.query(`UPDATE lti_score SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [
      id,
      error.slice(0, 500),
    ]);
  }

  /**
   * Scores owed for more than ten minutes, oldest first: what a process without jobs left, or
   * what outlived its job's retries (a platform down for a day).
   */
  async pending(limit: number): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `SELECT id FROM lti_score
        WHERE sent_at IS NULL AND completed_at IS NOT NULL AND completed_at < now() - interval '10 minutes'
        ORDER BY completed_at LIMIT $1`,
      [limit],
    )) as Array<{ id: string }>;
    return rows.map((r) => r.id);
  }

  /** What the cohort's placements have sent and still owe, for the course panel. */
  async countsOfCohort(organizationId: string, cohortId: string): Promise<ScoreCounts> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE s.sent_at IS NOT NULL)::int AS sent,
              count(*) FILTER (WHERE s.sent_at IS NULL AND s.completed_at IS NOT NULL)::int AS pending
         FROM lti_score s JOIN lti_resource_link l ON l.id = s.resource_link_id
        WHERE l.organization_id = $1 AND l.cohort_id = $2`,
      [organizationId, cohortId],
    )) as Array<ScoreCounts>;
    return row ?? { sent: 0, pending: 0 };
  }
}
