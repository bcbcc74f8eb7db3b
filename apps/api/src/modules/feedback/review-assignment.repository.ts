import { Injectable } from '@nestjs/common';
import { CohortRole, ReviewMode } from '@openhuddle/shared';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { CohortMemberEntity } from '../cohort/cohort-member.entity';
import { PromptEntity } from '../prompt/prompt.entity';
import { ReviewAssignmentEntity } from './review-assignment.entity';

export interface OwedReviewRow {
  id: string;
  contribution_id: string;
  prompt_id: string;
  prompt_title: string;
  due_at: Date | null;
  completed_at: Date | null;
  /** POST_FIRST and the reviewer has not posted to the prompt yet. */
  locked_until_post: boolean;
  /** AT_TIME and the prompt has not revealed yet. */
  locked_until_reveal: boolean;
  reveal_at: Date | null;
  /** The prompt's anonymity setting (TO_PEERS hides the author from the reviewer). */
  anonymity: string;
  author_id: string;
  author_display_name: string;
  author_avatar_url: string | null;
  author_time_zone: string;
}

/** One of the viewer's review assignments on a prompt (open or done). */
export interface ViewerReviewRow {
  id: string;
  prompt_id: string;
  contribution_id: string;
  due_at: Date | null;
  completed_at: Date | null;
}

export interface AssignmentWithAuthor {
  id: string;
  contribution_id: string;
  reviewer_id: string;
  author_id: string;
  author_team: string | null;
  completed_at: Date | null;
}

export interface ReviewTarget {
  id: string;
  author_id: string;
  team_id: string | null;
  reviewer_ids: string[];
}

/** The only code of the feedback module that reads or writes `review_assignment` (loaders aside). */
@Injectable()
export class ReviewAssignmentRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Serialises allocation per prompt for the rest of the transaction, so two publishes cannot double-book. */
  async lockPrompt(em: EntityManager, promptId: string): Promise<void> {
    await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [promptId]);
  }

  findPrompt(promptId: string): Promise<PromptEntity | null> {
    return this.dataSource.getRepository(PromptEntity).findOneBy({ id: promptId });
  }

  /** Published ASSIGNED prompts of a cohort that have not closed. */
  openAssignedPrompts(cohortId: string): Promise<PromptEntity[]> {
    return this.dataSource
      .getRepository(PromptEntity)
      .createQueryBuilder('p')
      .where('p.cohort_id = :cohortId AND p.review_mode = :mode AND p.published_at IS NOT NULL', {
        cohortId,
        mode: ReviewMode.ASSIGNED,
      })
      .andWhere('(p.closes_at IS NULL OR p.closes_at > now())')
      .getMany();
  }

  /** Cohort members who review (role MEMBER), with their team. */
  reviewers(em: EntityManager, cohortId: string): Promise<Array<{ user_id: string; team_id: string | null }>> {
    return em.query(`SELECT user_id, team_id FROM cohort_member WHERE cohort_id = $1 AND role = $2`, [
      cohortId,
      CohortRole.MEMBER,
    ]);
  }

  async reviewer(
    em: EntityManager,
    cohortId: string,
    userId: string,
  ): Promise<{ user_id: string; team_id: string | null } | undefined> {
    const [row] = await em.query(
      `SELECT user_id, team_id FROM cohort_member WHERE cohort_id = $1 AND user_id = $2 AND role = $3`,
      [cohortId, userId, CohortRole.MEMBER],
    );
    return row;
  }

  /** Every assignment of a prompt with its contribution's author and the author's team. */
  withAuthors(em: EntityManager, promptId: string): Promise<AssignmentWithAuthor[]> {
    return em.query(
      `SELECT ra.id, ra.contribution_id, ra.reviewer_id, ra.completed_at, c.author_id, acm.team_id AS author_team
         FROM review_assignment ra
         JOIN contribution c ON c.id = ra.contribution_id
         LEFT JOIN cohort_member acm ON acm.cohort_id = c.cohort_id AND acm.user_id = c.author_id
        WHERE ra.prompt_id = $1`,
      [promptId],
    );
  }

  /** Published, kept contributions of a prompt with their author's team and current reviewers. */
  targets(em: EntityManager, promptId: string): Promise<ReviewTarget[]> {
    return em.query(
      `SELECT c.id, c.author_id, cm.team_id,
              COALESCE(array_agg(ra.reviewer_id) FILTER (WHERE ra.id IS NOT NULL), '{}') AS reviewer_ids
         FROM contribution c
         LEFT JOIN cohort_member cm ON cm.cohort_id = c.cohort_id AND cm.user_id = c.author_id
         LEFT JOIN review_assignment ra ON ra.contribution_id = c.id
        WHERE c.prompt_id = $1 AND c.status = 'PUBLISHED' AND c.deleted_at IS NULL AND c.hidden_at IS NULL
        GROUP BY c.id, c.author_id, cm.team_id`,
      [promptId],
    );
  }

  /** Assignments per reviewer on a prompt. */
  async loads(em: EntityManager, promptId: string): Promise<Map<string, number>> {
    const rows: Array<{ reviewer_id: string; n: string }> = await em.query(
      `SELECT reviewer_id, count(*) AS n FROM review_assignment WHERE prompt_id = $1 GROUP BY reviewer_id`,
      [promptId],
    );
    return new Map(rows.map((l) => [l.reviewer_id, Number(l.n)]));
  }

  async insert(em: EntityManager, rows: Array<Partial<ReviewAssignmentEntity>>): Promise<void> {
    if (rows.length) await em.insert(ReviewAssignmentEntity, rows);
  }

  async moveTo(id: string, reviewerId: string, em: EntityManager = this.dataSource.manager): Promise<void> {
    await em.update(ReviewAssignmentEntity, id, { reviewerId });
  }

  /** The viewer's open assignments on a contribution are done once they give feedback. */
  async complete(em: EntityManager, contributionId: string, reviewerId: string): Promise<void> {
    await em.update(
      ReviewAssignmentEntity,
      { contributionId, reviewerId, completedAt: IsNull() },
      { completedAt: new Date() },
    );
  }

  findWithContribution(id: string): Promise<ReviewAssignmentEntity | null> {
    return this.dataSource
      .getRepository(ReviewAssignmentEntity)
      .findOne({ where: { id }, relations: { contribution: true } });
  }

  isCohortMember(cohortId: string, userId: string): Promise<boolean> {
    return this.dataSource.getRepository(CohortMemberEntity).existsBy({ cohortId, userId, role: CohortRole.MEMBER });
  }

  alreadyReviews(contributionId: string, reviewerId: string): Promise<boolean> {
    return this.dataSource.getRepository(ReviewAssignmentEntity).existsBy({ contributionId, reviewerId });
  }

  /** Reviews the viewer owes in an organization, soonest due first. */
  owedBy(organizationId: string, viewerId: string): Promise<OwedReviewRow[]> {
    return (
      this.dataSource
        .getRepository(ReviewAssignmentEntity)
        .createQueryBuilder('ra')
        .innerJoin('prompt', 'p', 'p.id = ra.prompt_id')
        // Deleted or hidden contributions take their assignments with them (rule 4).
        .innerJoin('contribution', 'c', 'c.id = ra.contribution_id AND c.deleted_at IS NULL AND c.hidden_at IS NULL')
        // The author, in the same statement: the mapper decides whether the reviewer may learn it.
        .innerJoin('user', 'au', 'au.id = c.author_id')
        .select([
          'ra.id AS id',
          'ra.contribution_id AS contribution_id',
          'ra.prompt_id AS prompt_id',
          'p.title AS prompt_title',
        ])
        .addSelect(['ra.due_at AS due_at', 'ra.completed_at AS completed_at', 'p.reveal_at AS reveal_at'])
        .addSelect(['p.anonymity AS anonymity', 'au.id AS author_id', 'au.display_name AS author_display_name'])
        .addSelect(['au.avatar_url AS author_avatar_url', 'au.time_zone AS author_time_zone'])
        // The same reveal rule as VISIBLE_CONTRIBUTION_SQL, for a reviewer (a MEMBER): the queue says what unlocks it.
        .addSelect(
          `(p.reveal_rule = 'POST_FIRST' AND NOT EXISTS (
           SELECT 1 FROM contribution mine WHERE mine.prompt_id = ra.prompt_id AND mine.author_id = ra.reviewer_id
              AND mine.status = 'PUBLISHED' AND mine.deleted_at IS NULL AND mine.hidden_at IS NULL))`,
          'locked_until_post',
        )
        .addSelect(
          `(p.reveal_rule = 'AT_TIME' AND (p.reveal_at IS NULL OR p.reveal_at > now()))`,
          'locked_until_reveal',
        )
        .where('ra.organization_id = :organizationId AND ra.reviewer_id = :viewerId AND ra.completed_at IS NULL', {
          organizationId,
          viewerId,
        })
        .orderBy('ra.due_at', 'ASC', 'NULLS LAST')
        .getRawMany<OwedReviewRow>()
    );
  }
}
