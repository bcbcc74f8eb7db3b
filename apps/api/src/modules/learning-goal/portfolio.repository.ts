import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface PortfolioContributionRow {
  id: string;
  promptTitle: string;
  cohortName: string;
  kind: string;
  body: string;
  publishedAt: Date;
  revisions: number;
  feedbackReceived: number;
  attachments: string[] | null;
}

/** The person's own work for their portfolio: reads only what they authored in this organization. */
@Injectable()
export class PortfolioRepository {
  constructor(private readonly dataSource: DataSource) {}

  async organizationName(organizationId: string): Promise<string> {
    const [row] = await this.dataSource.query(`SELECT name FROM organization WHERE id = $1`, [organizationId]);
    return (row as { name: string } | undefined)?.name ?? '';
  }

  /**
   * Their published contributions (not deleted or hidden), with revision and feedback counts and
   * the names of their attachments. Feedback is counted, never attributed: its givers may be anonymous.
   */
  contributions(organizationId: string, userId: string): Promise<PortfolioContributionRow[]> {
    return this.dataSource.query(
      `SELECT c.id, p.title AS "promptTitle", co.name AS "cohortName", c.kind, c.body, c.published_at AS "publishedAt",
              (SELECT count(*)::int FROM contribution_revision r WHERE r.contribution_id = c.id) AS revisions,
              (SELECT count(*)::int FROM feedback f WHERE f.contribution_id = c.id AND f.hidden_at IS NULL) AS "feedbackReceived",
              (SELECT array_agg(a.file_name ORDER BY a.created_at) FROM attachment a WHERE a.contribution_id = c.id) AS attachments
         FROM contribution c JOIN prompt p ON p.id = c.prompt_id JOIN cohort co ON co.id = c.cohort_id
        WHERE c.organization_id = $1 AND c.author_id = $2 AND c.status = 'PUBLISHED'
          AND c.deleted_at IS NULL AND c.hidden_at IS NULL
        ORDER BY c.published_at DESC LIMIT 200`,
      [organizationId, userId],
    );
  }
}
