import { Injectable, type OnModuleInit } from '@nestjs/common';
import { CohortRole, ReviewMode } from '@openhuddle/shared';
import { DataSource } from 'typeorm';
import { type CohortMembersAdded, type ContributionPublished, DomainEvents } from '../../common/events/domain-events';
import { PromptEntity } from '../prompt/prompt.entity';
import { allocateReviews, rebalanceForNewcomer } from './review-allocation';
import { ReviewAssignmentEntity } from './review-assignment.entity';

/** Continuous review assignment: every published contribution of an ASSIGNED prompt gets its reviewers. */
@Injectable()
export class ReviewAssignmentService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
  ) {}

  onModuleInit(): void {
    this.events.on('ContributionPublished', (event) => this.onPublished(event));
    this.events.on('CohortMembersAdded', (event) => this.onMembersAdded(event));
  }

  /** Late joiners: fill any shortfall, then hand them open reviews from the busiest reviewers. */
  async onMembersAdded(event: CohortMembersAdded): Promise<void> {
    const prompts = await this.dataSource
      .getRepository(PromptEntity)
      .createQueryBuilder('p')
      .where('p.cohort_id = :cohortId AND p.review_mode = :mode AND p.published_at IS NOT NULL', {
        cohortId: event.cohortId,
        mode: ReviewMode.ASSIGNED,
      })
      .andWhere('(p.closes_at IS NULL OR p.closes_at > now())')
      .getMany();
    for (const prompt of prompts) {
      await this.topUp(prompt);
      for (const userId of event.userIds) await this.rebalance(prompt, userId);
    }
  }

  private async rebalance(prompt: PromptEntity, newcomerId: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [prompt.id]);
      const [newcomer] = await em.query(
        `SELECT user_id, team_id FROM cohort_member WHERE cohort_id = $1 AND user_id = $2 AND role = $3`,
        [prompt.cohortId, newcomerId, CohortRole.MEMBER],
      );
      if (!newcomer) return;
      const all: Array<{
        id: string;
        contribution_id: string;
        reviewer_id: string;
        author_id: string;
        author_team: string | null;
        completed_at: Date | null;
      }> = await em.query(
        `SELECT ra.id, ra.contribution_id, ra.reviewer_id, ra.completed_at, c.author_id, acm.team_id AS author_team
             FROM review_assignment ra
             JOIN contribution c ON c.id = ra.contribution_id
             LEFT JOIN cohort_member acm ON acm.cohort_id = c.cohort_id AND acm.user_id = c.author_id
            WHERE ra.prompt_id = $1`,
        [prompt.id],
      );
      const load = new Map<string, number>();
      const assignedTo = new Map<string, string[]>();
      for (const a of all) {
        load.set(a.reviewer_id, (load.get(a.reviewer_id) ?? 0) + 1);
        assignedTo.set(a.contribution_id, [...(assignedTo.get(a.contribution_id) ?? []), a.reviewer_id]);
      }
      const open = all
        .filter((a) => !a.completed_at)
        .map((a) => ({
          contributionId: a.contribution_id,
          reviewerId: a.reviewer_id,
          authorId: a.author_id,
          authorTeamId: a.author_team,
          reviewerTeamId: null,
        }));
      const moves = rebalanceForNewcomer(
        { userId: newcomer.user_id, teamId: newcomer.team_id },
        open,
        load,
        prompt.reviewGrouping,
        assignedTo,
      );
      for (const move of moves) {
        const row = all.find(
          (a) => a.contribution_id === move.from.contributionId && a.reviewer_id === move.from.reviewerId,
        )!;
        await em.update(ReviewAssignmentEntity, row.id, { reviewerId: move.toReviewerId });
      }
    });
  }

  async onPublished(event: ContributionPublished): Promise<void> {
    const prompt = await this.dataSource.getRepository(PromptEntity).findOneBy({ id: event.promptId });
    if (!prompt || prompt.reviewMode !== ReviewMode.ASSIGNED || prompt.reviewsPerContribution < 1) return;
    await this.topUp(prompt);
  }

  /** Tops up every published contribution of the prompt to its number of reviewers, in one transaction. */
  async topUp(prompt: PromptEntity): Promise<number> {
    return this.dataSource.transaction(async (em) => {
      // Serialise allocation per prompt so two simultaneous publishes cannot double-book.
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [prompt.id]);
      const reviewers: Array<{ user_id: string; team_id: string | null }> = await em.query(
        `SELECT user_id, team_id FROM cohort_member WHERE cohort_id = $1 AND role = $2`,
        [prompt.cohortId, CohortRole.MEMBER],
      );
      const targets: Array<{ id: string; author_id: string; team_id: string | null; reviewer_ids: string[] }> =
        await em.query(
          `SELECT c.id, c.author_id, cm.team_id,
                COALESCE(array_agg(ra.reviewer_id) FILTER (WHERE ra.id IS NOT NULL), '{}') AS reviewer_ids
           FROM contribution c
           LEFT JOIN cohort_member cm ON cm.cohort_id = c.cohort_id AND cm.user_id = c.author_id
           LEFT JOIN review_assignment ra ON ra.contribution_id = c.id
          WHERE c.prompt_id = $1 AND c.status = 'PUBLISHED' AND c.deleted_at IS NULL
          GROUP BY c.id, c.author_id, cm.team_id`,
          [prompt.id],
        );
      const loads: Array<{ reviewer_id: string; n: string }> = await em.query(
        `SELECT reviewer_id, count(*) AS n FROM review_assignment WHERE prompt_id = $1 GROUP BY reviewer_id`,
        [prompt.id],
      );
      const assignments = allocateReviews({
        reviewers: reviewers.map((r) => ({ userId: r.user_id, teamId: r.team_id })),
        targets: targets.map((t) => ({
          contributionId: t.id,
          authorId: t.author_id,
          authorTeamId: t.team_id,
          reviewerIds: t.reviewer_ids,
        })),
        perContribution: prompt.reviewsPerContribution,
        grouping: prompt.reviewGrouping,
        load: new Map(loads.map((l) => [l.reviewer_id, Number(l.n)])),
      });
      if (assignments.length) {
        await em.insert(
          ReviewAssignmentEntity,
          assignments.map((a) => ({
            organizationId: prompt.organizationId,
            promptId: prompt.id,
            contributionId: a.contributionId,
            reviewerId: a.reviewerId,
            dueAt: prompt.dueAt,
          })),
        );
      }
      return assignments.length;
    });
  }
}
