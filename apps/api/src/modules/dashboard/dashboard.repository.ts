import { Injectable } from '@nestjs/common';
import { DashboardFigure, DASHBOARD_LIMITS } from '@openhuddle/shared';
import { DataSource } from 'typeorm';
import {
  AT_RISK,
  BRIEF_READ,
  BRIEF_UNREAD,
  MEMBERS,
  NEXT_HUDDLE,
  NOT_POSTED_THIS_WEEK,
  OPEN_REPORTS,
  OVERDUE_REVIEWS,
  POSTED_THIS_WEEK,
  REVIEWS_NOBODY_GAVE,
  UNANSWERED_QUESTIONS,
} from './dashboard.queries';

export interface DashboardCohortRow {
  cohort_id: string;
  name: string;
  organization_id: string;
  organization_name: string;
  member_count: number;
  prompts_this_week: number;
  posted_this_week: number;
  overdue_reviews: number;
  at_risk: number;
  unanswered_questions: number;
  open_reports: number;
  next_huddle_id: string | null;
  next_huddle_title: string | null;
  next_huddle_starts_at: Date | null;
  brief_read: number;
  brief_people: number;
}

export interface DashboardPersonRow {
  user_id: string;
  display_name: string;
  avatar_url: string | null;
  n: number;
  contribution_id: string | null;
  prompt_id: string | null;
  text: string | null;
}

export interface QueueRow {
  kind: 'REPORT' | 'UNANSWERED_QUESTION' | 'REVIEW_NOBODY_GAVE';
  id: string;
  cohort_id: string;
  organization_id: string;
  cohort_name: string;
  at: Date | null;
  detail: string | null;
  prompt_id: string | null;
  contribution_id: string | null;
  author_name: string | null;
  total: number;
}

/** The figure's rows (one per person or question) for the drill-down. */
const PEOPLE_OF: Record<DashboardFigure, string> = {
  [DashboardFigure.POSTED_THIS_WEEK]: POSTED_THIS_WEEK,
  [DashboardFigure.NOT_POSTED_THIS_WEEK]: NOT_POSTED_THIS_WEEK,
  [DashboardFigure.OVERDUE_REVIEWS]: OVERDUE_REVIEWS,
  [DashboardFigure.AT_RISK]: AT_RISK,
  [DashboardFigure.BRIEF_READ]: BRIEF_READ,
  [DashboardFigure.BRIEF_UNREAD]: BRIEF_UNREAD,
  [DashboardFigure.UNANSWERED_QUESTIONS]: UNANSWERED_QUESTIONS,
};

/** Rows per cohort of a fragment, for the figures statement. */
const countOf = (fragment: string, alias: string, sum = false) =>
  `LEFT JOIN (SELECT cohort_id, ${sum ? 'sum(n)' : 'count(*)'}::int AS v FROM (${fragment}) f GROUP BY cohort_id) ${alias}
     ON ${alias}.cohort_id = c.id`;

/** The dashboard module's only access to the database. */
@Injectable()
export class DashboardRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The cohorts where the person holds the FACILITATOR cohort role (their organization access is checked after, by policy). */
  async facilitatedCohortIds(userId: string): Promise<string[]> {
    const rows: Array<{ cohort_id: string }> = await this.dataSource.query(
      `SELECT cohort_id FROM cohort_member WHERE user_id = $1 AND role = 'FACILITATOR'`,
      [userId],
    );
    return rows.map((r) => r.cohort_id);
  }

  async cohortName(cohortId: string): Promise<string> {
    const [row] = await this.dataSource.query(`SELECT name FROM cohort WHERE id = $1`, [cohortId]);
    return (row as { name: string } | undefined)?.name ?? '';
  }

  /** Every figure of every cohort in one statement, whatever the number of cohorts or members. */
  figures(cohortIds: string[], now: Date): Promise<DashboardCohortRow[]> {
    if (!cohortIds.length) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT c.id AS cohort_id, c.name, c.organization_id, o.name AS organization_name,
              coalesce(mc.v, 0) AS member_count, coalesce(pw.v, 0) AS prompts_this_week,
              coalesce(posted.v, 0) AS posted_this_week, coalesce(overdue.v, 0) AS overdue_reviews,
              coalesce(risk.v, 0) AS at_risk, coalesce(q.v, 0) AS unanswered_questions,
              coalesce(rep.v, 0) AS open_reports,
              nh.id AS next_huddle_id, nh.title AS next_huddle_title, nh.starts_at AS next_huddle_starts_at,
              coalesce(br.v, 0) AS brief_read, coalesce(br.v, 0) + coalesce(bu.v, 0) AS brief_people
         FROM cohort c
         JOIN organization o ON o.id = c.organization_id
         ${countOf(MEMBERS, 'mc')}
         LEFT JOIN (SELECT p.cohort_id, count(*)::int AS v FROM prompt p
                     WHERE p.cohort_id = ANY($1::uuid[]) AND p.published_at IS NOT NULL AND p.opens_at <= $2::timestamptz
                       AND coalesce(p.closes_at, 'infinity') > $2::timestamptz - interval '7 days'
                     GROUP BY p.cohort_id) pw ON pw.cohort_id = c.id
         ${countOf(POSTED_THIS_WEEK, 'posted')}
         ${countOf(OVERDUE_REVIEWS, 'overdue', true)}
         ${countOf(AT_RISK, 'risk')}
         ${countOf(UNANSWERED_QUESTIONS, 'q')}
         ${countOf(OPEN_REPORTS, 'rep')}
         LEFT JOIN (${NEXT_HUDDLE}) nh ON nh.cohort_id = c.id
         ${countOf(BRIEF_READ, 'br')}
         ${countOf(BRIEF_UNREAD, 'bu')}
        WHERE c.id = ANY($1::uuid[])
        ORDER BY o.name, c.name, c.id`,
      [cohortIds, now],
    );
  }

  /** The people (or questions) behind one figure of one cohort, by name; `total` counts them all. */
  async people(
    cohortId: string,
    figure: DashboardFigure,
    now: Date,
  ): Promise<{ rows: DashboardPersonRow[]; total: number }> {
    const questions = figure === DashboardFigure.UNANSWERED_QUESTIONS;
    const rows: Array<DashboardPersonRow & { total: number }> = await this.dataSource.query(
      `SELECT f.user_id, u.display_name, u.avatar_url, f.n,
              ${questions ? 'f.contribution_id, f.prompt_id, f.text' : 'NULL::uuid AS contribution_id, NULL::uuid AS prompt_id, NULL AS text'},
              count(*) OVER ()::int AS total
         FROM (${PEOPLE_OF[figure]}) f
         JOIN "user" u ON u.id = f.user_id
        ORDER BY ${questions ? 'f.at,' : ''} lower(u.display_name), u.id
        LIMIT ${DASHBOARD_LIMITS.peopleMax}`,
      [[cohortId], now],
    );
    return { rows, total: rows[0]?.total ?? 0 };
  }

  /** What needs the facilitator across the cohorts, oldest first, in one statement. */
  queue(cohortIds: string[], now: Date): Promise<QueueRow[]> {
    if (!cohortIds.length) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT i.*, c.organization_id, c.name AS cohort_name, count(*) OVER ()::int AS total FROM (
         SELECT 'REPORT' AS kind, r.id, r.cohort_id, r.at, r.reason::text AS detail,
                NULL::uuid AS prompt_id, NULL::uuid AS contribution_id, NULL AS author_name
           FROM (${OPEN_REPORTS}) r
         UNION ALL
         SELECT 'UNANSWERED_QUESTION', coalesce(q.comment_id, q.contribution_id), q.cohort_id, q.at, q.text,
                q.prompt_id, q.contribution_id, u.display_name
           FROM (${UNANSWERED_QUESTIONS}) q JOIN "user" u ON u.id = q.user_id
         UNION ALL
         SELECT 'REVIEW_NOBODY_GAVE', g.contribution_id, g.cohort_id, g.at, g.prompt_title,
                g.prompt_id, g.contribution_id, u.display_name
           FROM (${REVIEWS_NOBODY_GAVE}) g JOIN "user" u ON u.id = g.user_id
       ) i JOIN cohort c ON c.id = i.cohort_id
       ORDER BY i.at NULLS LAST, i.kind, i.id
       LIMIT ${DASHBOARD_LIMITS.queueMax}`,
      [cohortIds, now],
    );
  }
}
