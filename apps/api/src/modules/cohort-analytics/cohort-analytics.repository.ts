import { Injectable } from '@nestjs/common';
import type { Anonymity, RevealRule } from '@openhuddle/shared';
import { DataSource } from 'typeorm';
import { VISIBLE_CONTRIBUTION_SQL, VISIBLE_FEEDBACK_SQL } from '../contribution/contribution.visibility';

/** The one reveal rule, for the viewer `$2`, over `c` joined with its prompt `p`. */
const VISIBLE = VISIBLE_CONTRIBUTION_SQL.replaceAll(':viewerId', '$2');
/** Published contributions of the cohort `$1` this viewer may see. */
const VISIBLE_PUBLISHED = `c.cohort_id = $1 AND c.status = 'PUBLISHED' AND ${VISIBLE}`;

export interface AnalyticsPromptRow {
  id: string;
  title: string;
  opens_at: Date;
  due_at: Date | null;
  closes_at: Date | null;
  reveal_rule: RevealRule;
  anonymity: Anonymity;
}

export interface AnalyticsMemberRow {
  user_id: string;
  display_name: string;
  team_id: string | null;
  team_name: string | null;
  /** Feedback given on contributions of the cohort this viewer may see. */
  reviews_given: number;
}

export interface AnalyticsCellRow {
  author_id: string;
  prompt_id: string;
  first_published_at: Date | null;
}

export interface AnalyticsContributionRow {
  id: string;
  prompt_id: string;
  author_id: string;
  anonymity: Anonymity;
  feedback_count: number;
  helpful: boolean;
  revised: boolean;
}

export interface AnalyticsEdgeRow {
  giver_id: string;
  receiver_id: string;
  /** The receiver wrote on an anonymous prompt. */
  anonymous: boolean;
  n: number;
}

export interface AnalyticsWeekRow {
  week: string;
  contributions: number;
  feedback: number;
  active: number;
}

/**
 * The cohort analytics module's only access to the database: six statements for a cohort of any
 * size, each reading contributions through VISIBLE_CONTRIBUTION_SQL for the viewer (an admin outside
 * the cohort reads as an observer), side by side.
 */
@Injectable()
export class CohortAnalyticsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async cohortName(cohortId: string): Promise<string> {
    const [row] = await this.dataSource.query(`SELECT name FROM cohort WHERE id = $1`, [cohortId]);
    return (row as { name: string } | undefined)?.name ?? '';
  }

  /** Published prompts that have opened, in the order they opened. */
  prompts(cohortId: string, now: Date): Promise<AnalyticsPromptRow[]> {
    return this.dataSource.query(
      `SELECT p.id, p.title, p.opens_at, p.due_at, p.closes_at, p.reveal_rule, p.anonymity
         FROM prompt p
        WHERE p.cohort_id = $1 AND p.published_at IS NOT NULL AND p.opens_at <= $2
        ORDER BY p.opens_at, p.id`,
      [cohortId, now],
    );
  }

  /** The cohort's members (not observers or facilitators), by name, with their team and reviews given. */
  members(cohortId: string, viewerId: string): Promise<AnalyticsMemberRow[]> {
    return this.dataSource.query(
      `SELECT cm.user_id, u.display_name, cm.team_id, t.name AS team_name, coalesce(g.n, 0)::int AS reviews_given
         FROM cohort_member cm
         JOIN "user" u ON u.id = cm.user_id
         LEFT JOIN team t ON t.id = cm.team_id
         LEFT JOIN (SELECT f.author_id, count(*) AS n
                      FROM feedback f
                      JOIN contribution c ON c.id = f.contribution_id
                      JOIN prompt p ON p.id = c.prompt_id
                     WHERE ${VISIBLE_PUBLISHED} AND ${VISIBLE_FEEDBACK_SQL}
                     GROUP BY f.author_id) g ON g.author_id = cm.user_id
        WHERE cm.cohort_id = $1 AND cm.role = 'MEMBER'
        ORDER BY lower(u.display_name), u.id`,
      [cohortId, viewerId],
    );
  }

  /**
   * Per author and prompt: when they first published (among what the viewer may see). Drafts are
   * left out: they are their author's alone (PRODUCT.md rule 5), so a draft reads as missing.
   */
  cells(cohortId: string, viewerId: string): Promise<AnalyticsCellRow[]> {
    return this.dataSource.query(
      `SELECT c.author_id, c.prompt_id,
              min(c.published_at) FILTER (WHERE ${VISIBLE}) AS first_published_at
         FROM contribution c
         JOIN prompt p ON p.id = c.prompt_id
        WHERE c.cohort_id = $1 AND c.status = 'PUBLISHED' AND c.deleted_at IS NULL AND c.hidden_at IS NULL
        GROUP BY c.author_id, c.prompt_id`,
      [cohortId, viewerId],
    );
  }

  /** Each visible contribution with its feedback so far: how much, any marked helpful, revised after the first. */
  contributions(cohortId: string, viewerId: string): Promise<AnalyticsContributionRow[]> {
    return this.dataSource.query(
      `SELECT c.id, c.prompt_id, c.author_id, p.anonymity, coalesce(fb.n, 0)::int AS feedback_count,
              coalesce(fb.helpful, false) AS helpful,
              (fb.first_at IS NOT NULL AND EXISTS (
                 SELECT 1 FROM contribution_revision r WHERE r.contribution_id = c.id AND r.created_at > fb.first_at)) AS revised
         FROM contribution c
         JOIN prompt p ON p.id = c.prompt_id
         LEFT JOIN (SELECT f.contribution_id, count(*) AS n, bool_or(f.helpful_at IS NOT NULL) AS helpful,
                           min(f.created_at) AS first_at
                      FROM feedback f
                     WHERE f.organization_id = (SELECT organization_id FROM cohort WHERE id = $1) AND ${VISIBLE_FEEDBACK_SQL}
                       AND f.prompt_id IN (SELECT id FROM prompt WHERE cohort_id = $1)
                     GROUP BY f.contribution_id) fb ON fb.contribution_id = c.id
        WHERE ${VISIBLE_PUBLISHED}
        ORDER BY c.published_at, c.id`,
      [cohortId, viewerId],
    );
  }

  /** Feedback between the cohort's members, per giver and receiver, on contributions the viewer may see. */
  edges(cohortId: string, viewerId: string): Promise<AnalyticsEdgeRow[]> {
    return this.dataSource.query(
      `SELECT f.author_id AS giver_id, c.author_id AS receiver_id, p.anonymity = 'TO_PEERS' AS anonymous,
              count(*)::int AS n
         FROM feedback f
         JOIN contribution c ON c.id = f.contribution_id
         JOIN prompt p ON p.id = c.prompt_id
         JOIN cohort_member giver ON giver.cohort_id = $1 AND giver.user_id = f.author_id AND giver.role = 'MEMBER'
         JOIN cohort_member receiver ON receiver.cohort_id = $1 AND receiver.user_id = c.author_id AND receiver.role = 'MEMBER'
        WHERE ${VISIBLE_PUBLISHED} AND ${VISIBLE_FEEDBACK_SQL}
        GROUP BY 1, 2, 3`,
      [cohortId, viewerId],
    );
  }

  /** Contributions, feedback and active people per week (Monday) in the viewer's time zone. */
  weeks(cohortId: string, viewerId: string, timeZone: string): Promise<AnalyticsWeekRow[]> {
    return this.dataSource.query(
      `WITH acts AS (
         SELECT c.author_id AS user_id, c.published_at AS at, true AS is_contribution
           FROM contribution c JOIN prompt p ON p.id = c.prompt_id
          WHERE ${VISIBLE_PUBLISHED}
         UNION ALL
         SELECT f.author_id, f.created_at, false
           FROM feedback f
           JOIN contribution c ON c.id = f.contribution_id
           JOIN prompt p ON p.id = c.prompt_id
          WHERE ${VISIBLE_PUBLISHED} AND ${VISIBLE_FEEDBACK_SQL})
       SELECT date_trunc('week', at AT TIME ZONE $3)::date::text AS week,
              count(*) FILTER (WHERE is_contribution)::int AS contributions,
              count(*) FILTER (WHERE NOT is_contribution)::int AS feedback,
              count(DISTINCT user_id)::int AS active
         FROM acts GROUP BY 1 ORDER BY 1`,
      [cohortId, viewerId, timeZone],
    );
  }
}
