import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ReviewMode } from '@openhuddle/shared';
import type { Actor } from '../../common/auth/actor';
import { AppError } from '../../common/errors/app-error';
import { type CohortMembersAdded, type ContributionPublished, DomainEvents } from '../../common/events/domain-events';
import { enforce } from '../contribution/contribution.policy';
import type { PromptEntity } from '../prompt/prompt.entity';
import { checkReassignReview } from './feedback.policy';
import { allocateReviews, rebalanceForNewcomer } from './review-allocation';
import { type OwedReviewRow, ReviewAssignmentRepository } from './review-assignment.repository';

/** Continuous review assignment: every published contribution of an ASSIGNED prompt gets its reviewers. */
@Injectable()
export class ReviewAssignmentService implements OnModuleInit {
  constructor(
    private readonly assignments: ReviewAssignmentRepository,
    private readonly events: DomainEvents,
  ) {}

  onModuleInit(): void {
    this.events.on('ContributionPublished', (event) => this.onPublished(event));
    this.events.on('CohortMembersAdded', (event) => this.onMembersAdded(event));
  }

  /** Reviews the viewer owes in an organization, soonest due first. */
  owedBy(organizationId: string, viewerId: string): Promise<OwedReviewRow[]> {
    return this.assignments.owedBy(organizationId, viewerId);
  }

  /** A facilitator moves an open review to another member of the cohort. */
  async reassign(actor: Actor, assignmentId: string, reviewerId: string): Promise<void> {
    const assignment = await this.assignments.findWithContribution(assignmentId);
    if (!assignment?.contribution) throw AppError.notFound('Review');
    enforce(checkReassignReview(await actor.loaders.cohortAccess.load(assignment.contribution.cohortId)));
    if (assignment.completedAt) throw AppError.conflict('This review is already done.');
    if (!(await this.assignments.isCohortMember(assignment.contribution.cohortId, reviewerId)))
      throw AppError.badInput({ reviewerId: 'Pick a member of this cohort.' });
    if (reviewerId === assignment.contribution.authorId)
      throw AppError.badInput({ reviewerId: 'Nobody reviews their own contribution.' });
    if (await this.assignments.alreadyReviews(assignment.contributionId, reviewerId)) {
      throw AppError.conflict('This member already reviews this contribution.', { reviewerId: 'Already assigned.' });
    }
    await this.assignments.moveTo(assignment.id, reviewerId);
    await this.events.emit({ type: 'ReviewsAssigned', promptId: assignment.promptId, reviewerIds: [reviewerId] });
  }

  /** Late joiners: fill any shortfall, then hand them open reviews from the busiest reviewers. */
  async onMembersAdded(event: CohortMembersAdded): Promise<void> {
    const prompts = await this.assignments.openAssignedPrompts(event.cohortId);
    for (const prompt of prompts) {
      await this.topUp(prompt);
      for (const userId of event.userIds) await this.rebalance(prompt, userId);
    }
  }

  private async rebalance(prompt: PromptEntity, newcomerId: string): Promise<void> {
    await this.assignments.transaction(async (em) => {
      await this.assignments.lockPrompt(em, prompt.id);
      const newcomer = await this.assignments.reviewer(em, prompt.cohortId, newcomerId);
      if (!newcomer) return;
      const all = await this.assignments.withAuthors(em, prompt.id);
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
        await this.assignments.moveTo(row.id, move.toReviewerId, em);
      }
    });
  }

  async onPublished(event: ContributionPublished): Promise<void> {
    const prompt = await this.assignments.findPrompt(event.promptId);
    if (!prompt || prompt.reviewMode !== ReviewMode.ASSIGNED || prompt.reviewsPerContribution < 1) return;
    await this.topUp(prompt);
  }

  /** Tops up every published contribution of the prompt to its number of reviewers, in one transaction. */
  async topUp(prompt: PromptEntity): Promise<number> {
    const reviewerIds = await this.assignments.transaction(async (em) => {
      // Serialise allocation per prompt so two simultaneous publishes cannot double-book.
      await this.assignments.lockPrompt(em, prompt.id);
      const reviewers = await this.assignments.reviewers(em, prompt.cohortId);
      const targets = await this.assignments.targets(em, prompt.id);
      const load = await this.assignments.loads(em, prompt.id);
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
        load,
      });
      await this.assignments.insert(
        em,
        assignments.map((a) => ({
          organizationId: prompt.organizationId,
          promptId: prompt.id,
          contributionId: a.contributionId,
          reviewerId: a.reviewerId,
          dueAt: prompt.dueAt,
        })),
      );
      return assignments.map((a) => a.reviewerId);
    });
    if (reviewerIds.length) await this.events.emit({ type: 'ReviewsAssigned', promptId: prompt.id, reviewerIds });
    return reviewerIds.length;
  }
}
