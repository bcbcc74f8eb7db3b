import { Injectable } from '@nestjs/common';
import type { Anonymity } from '@openhuddle/shared';
import { DataSource } from 'typeorm';

/** Where a contribution-related notification happened, and who may learn its author. */
interface ContributionPlace {
  organization_id: string;
  cohort_id: string;
  prompt_id: string;
  prompt_title: string;
  anonymity: Anonymity;
  contribution_id: string;
  contribution_author_id: string;
  /** The cohort's facilitators: the only readers an anonymous author is named to. */
  facilitator_ids: string[];
}

export interface CommentFacts extends ContributionPlace {
  comment_id: string;
  author_id: string;
  author_name: string;
  body: string;
  mentioned_user_ids: string[];
  parent_author_id: string | null;
  feedback_author_id: string | null;
}

export interface FeedbackFacts extends ContributionPlace {
  feedback_id: string;
  author_id: string;
  author_name: string;
  contribution_author_name: string;
}

export interface RevisionFacts extends ContributionPlace {
  version: number;
  contribution_author_name: string;
  feedback_id: string | null;
  feedback_author_id: string | null;
}

export interface ActionItemFacts {
  id: string;
  organization_id: string;
  cohort_id: string;
  text: string;
  owner_id: string;
  actor_name: string;
}

export interface ReviewFacts {
  organization_id: string;
  cohort_id: string;
  prompt_id: string;
  title: string;
  reviewer_id: string;
  assigned: number;
}

const PLACE = `c.organization_id, c.cohort_id, c.prompt_id, p.title AS prompt_title, p.anonymity,
  c.id AS contribution_id, c.author_id AS contribution_author_id,
  ARRAY(SELECT fm.user_id FROM cohort_member fm WHERE fm.cohort_id = c.cohort_id AND fm.role = 'FACILITATOR') AS facilitator_ids`;

/** What the notification producers read about the things they tell people about (read-only SQL). */
@Injectable()
export class NotificationSourcesRepository {
  constructor(private readonly dataSource: DataSource) {}

  private async one<T>(sql: string, params: unknown[]): Promise<T | null> {
    const rows: T[] = await this.dataSource.query(sql, params);
    return rows[0] ?? null;
  }

  comment(commentId: string): Promise<CommentFacts | null> {
    return this.one(
      `SELECT ${PLACE}, cm.id AS comment_id, cm.author_id, u.display_name AS author_name, cm.body,
              cm.mentioned_user_ids, pc.author_id AS parent_author_id, f.author_id AS feedback_author_id
         FROM comment cm
         JOIN contribution c ON c.id = cm.contribution_id JOIN prompt p ON p.id = c.prompt_id
         JOIN "user" u ON u.id = cm.author_id
         LEFT JOIN comment pc ON pc.id = cm.parent_id AND pc.deleted_at IS NULL
         LEFT JOIN feedback f ON f.id = cm.feedback_id
        WHERE cm.id = $1 AND cm.deleted_at IS NULL`,
      [commentId],
    );
  }

  feedback(feedbackId: string): Promise<FeedbackFacts | null> {
    return this.one(
      `SELECT ${PLACE}, f.id AS feedback_id, f.author_id, u.display_name AS author_name,
              cu.display_name AS contribution_author_name
         FROM feedback f
         JOIN contribution c ON c.id = f.contribution_id JOIN prompt p ON p.id = c.prompt_id
         JOIN "user" u ON u.id = f.author_id JOIN "user" cu ON cu.id = c.author_id
        WHERE f.id = $1 AND c.deleted_at IS NULL`,
      [feedbackId],
    );
  }

  /** The contribution's latest revision, and the feedback it answers (if it says so). */
  latestRevision(contributionId: string): Promise<RevisionFacts | null> {
    return this.one(
      `SELECT ${PLACE}, c.version, cu.display_name AS contribution_author_name,
              r.answers_feedback_id AS feedback_id, f.author_id AS feedback_author_id
         FROM contribution c JOIN prompt p ON p.id = c.prompt_id JOIN "user" cu ON cu.id = c.author_id
         LEFT JOIN LATERAL (SELECT cr.answers_feedback_id FROM contribution_revision cr
                             WHERE cr.contribution_id = c.id ORDER BY cr.version DESC LIMIT 1) r ON true
         LEFT JOIN feedback f ON f.id = r.answers_feedback_id
        WHERE c.id = $1 AND c.deleted_at IS NULL`,
      [contributionId],
    );
  }

  actionItem(actionItemId: string, actorId: string): Promise<ActionItemFacts | null> {
    return this.one(
      `SELECT a.id, a.organization_id, a.cohort_id, a.text, a.owner_id,
              (SELECT display_name FROM "user" WHERE id = $2) AS actor_name
         FROM action_item a WHERE a.id = $1`,
      [actionItemId, actorId],
    );
  }

  /** Each reviewer's number of assignments on the prompt (part of the notification's dedupe key). */
  reviews(promptId: string, reviewerIds: readonly string[]): Promise<ReviewFacts[]> {
    return this.dataSource.query(
      `SELECT p.organization_id, p.cohort_id, p.id AS prompt_id, p.title, ra.reviewer_id, count(*)::int AS assigned
         FROM review_assignment ra JOIN prompt p ON p.id = ra.prompt_id
        WHERE ra.prompt_id = $1 AND ra.reviewer_id = ANY($2::uuid[])
        GROUP BY p.organization_id, p.cohort_id, p.id, p.title, ra.reviewer_id`,
      [promptId, [...new Set(reviewerIds)]],
    );
  }
}
