import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CohortRole, OrgRole, PromptStatus } from '@openhuddle/shared';
import { requireCohortAccess } from '../cohort/cohort-access';
import { Cohort } from '../cohort/dto/cohort.types';
import { promptStatus } from '../prompt/prompt-status';
import { PromptService } from '../prompt/prompt.service';
import { UserProfile } from '../user/dto/user.types';
import { CurrentMembership, OrgScoped } from '../../common/auth/access.decorators';
import type { RequestContext } from '../../common/auth/request-context';
import { Contribution } from '../contribution/dto/contribution.types';
import type { MembershipEntity } from '../organization/membership.entity';
import { Prompt } from '../prompt/dto/prompt.types';
import {
  CohortOwed,
  CreateFeedbackProtocolInput,
  PromptReviewAssignment,
  Feedback,
  FeedbackProtocol,
  GiveFeedbackInput,
  MarkFeedbackHelpfulInput,
  MyQueue,
  ReassignReviewInput,
  UpdateFeedbackProtocolInput,
} from './dto/feedback.types';
import { toFeedback, toProtocol } from './feedback.mapper';
import { DEFAULT_PROTOCOL_ID, FeedbackService } from './feedback.service';
import { UNUSED } from './protocol-usage';

@Resolver(() => Feedback)
export class FeedbackResolver {
  constructor(private readonly feedbackService: FeedbackService) {}

  @OrgScoped(OrgRole.MEMBER, 'organizationId')
  @Query(() => [FeedbackProtocol], { description: 'Built-in protocols and the organization’s own.' })
  async feedbackProtocols(
    @Args('organizationId', { type: () => ID }) organizationId: string,
  ): Promise<FeedbackProtocol[]> {
    return (await this.feedbackService.protocolsFor(organizationId)).map((p) => toProtocol(p, organizationId));
  }

  @OrgScoped(OrgRole.MEMBER, 'organizationId')
  @Query(() => MyQueue, { description: 'What the viewer owes (reviews) and has not read (feedback received).' })
  async myQueue(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @CurrentMembership() membership: MembershipEntity,
    @Context() ctx: RequestContext,
  ): Promise<MyQueue> {
    const [owed, unread] = await Promise.all([
      this.feedbackService.reviewsOwed(organizationId, membership.userId),
      this.feedbackService.unreadFeedback(organizationId, membership.userId),
    ]);
    const contributions = await Promise.all(unread.map((f) => ctx.loaders.visibleContribution.load(f.contributionId)));
    const protocols = await Promise.all(
      contributions.map((c) => ctx.loaders.protocolById.load(c?.prompt?.protocolId ?? DEFAULT_PROTOCOL_ID)),
    );
    return {
      reviewsOwed: owed.map((r) => ({
        id: r.id,
        contributionId: r.contribution_id,
        promptId: r.prompt_id,
        promptTitle: r.prompt_title,
        dueAt: r.due_at,
        completedAt: r.completed_at,
      })),
      unreadFeedback: unread.map((f, i) => toFeedback(f, protocols[i], membership.userId)),
    };
  }

  @OrgScoped(OrgRole.FACILITATOR, 'input.organizationId')
  @Mutation(() => FeedbackProtocol, { description: 'Adds an organization’s own protocol.' })
  async createFeedbackProtocol(@Args('input') input: CreateFeedbackProtocolInput): Promise<FeedbackProtocol> {
    return toProtocol(await this.feedbackService.createProtocol(input.organizationId, input), input.organizationId);
  }

  @OrgScoped(OrgRole.FACILITATOR, 'input.organizationId')
  @Mutation(() => FeedbackProtocol, {
    description:
      'Edits an organization’s own protocol (built-ins are read-only). Once feedback follows it, sections and criteria can be renamed, reordered and added, not removed, and existing criteria keep their levels (CONFLICT).',
  })
  async updateFeedbackProtocol(@Args('input') input: UpdateFeedbackProtocolInput): Promise<FeedbackProtocol> {
    return toProtocol(
      await this.feedbackService.updateProtocol(input.organizationId, input.protocolId, input),
      input.organizationId,
    );
  }

  // Facilitators and up of the protocol's organization, checked in the service (the id names no organization).
  @Mutation(() => Boolean, {
    description:
      'Deletes an organization’s own protocol that no prompt uses (CONFLICT while prompts use it; built-ins cannot be deleted).',
  })
  async deleteFeedbackProtocol(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: RequestContext,
  ): Promise<boolean> {
    await this.feedbackService.deleteProtocol(ctx, id);
    return true;
  }

  @Mutation(() => Boolean, { description: 'A facilitator moves an open review to another cohort member.' })
  async reassignReview(@Args('input') input: ReassignReviewInput, @Context() ctx: RequestContext): Promise<boolean> {
    await this.feedbackService.reassign(ctx, input.assignmentId, input.reviewerId);
    return true;
  }

  @Mutation(() => Feedback, {
    description: 'Gives (or revises) your feedback; required protocol sections are enforced.',
  })
  async giveFeedback(@Args('input') input: GiveFeedbackInput, @Context() ctx: RequestContext): Promise<Feedback> {
    const feedback = await this.feedbackService.give(ctx, input);
    const contribution = await ctx.loaders.visibleContribution.load(feedback.contributionId);
    const protocol = await ctx.loaders.protocolById.load(contribution?.prompt?.protocolId ?? DEFAULT_PROTOCOL_ID);
    return toFeedback(feedback, protocol, ctx.viewer!.user.id);
  }

  @Mutation(() => Feedback)
  async markFeedbackHelpful(
    @Args('input') input: MarkFeedbackHelpfulInput,
    @Context() ctx: RequestContext,
  ): Promise<Feedback> {
    const feedback = await this.feedbackService.markHelpful(ctx, input.feedbackId, input.helpful);
    const contribution = await ctx.loaders.visibleContribution.load(feedback.contributionId);
    const protocol = await ctx.loaders.protocolById.load(contribution?.prompt?.protocolId ?? DEFAULT_PROTOCOL_ID);
    return toFeedback(feedback, protocol, ctx.viewer!.user.id);
  }

  @Mutation(() => Boolean, { description: 'Marks the feedback on your contribution as read (clears the badge).' })
  async markFeedbackRead(
    @Args('contributionId', { type: () => ID }) contributionId: string,
    @Context() ctx: RequestContext,
  ): Promise<boolean> {
    await this.feedbackService.markRead(ctx, contributionId);
    return true;
  }
}

@Resolver(() => Contribution)
export class ContributionFeedbackResolver {
  @ResolveField(() => [Feedback])
  async feedback(@Parent() contribution: Contribution, @Context() ctx: RequestContext): Promise<Feedback[]> {
    const [rows, entity] = await Promise.all([
      ctx.loaders.feedbackByContribution.load(contribution.id),
      ctx.loaders.visibleContribution.load(contribution.id),
    ]);
    const protocol = await ctx.loaders.protocolById.load(entity?.prompt?.protocolId ?? DEFAULT_PROTOCOL_ID);
    return rows.map((f) => toFeedback(f, protocol, ctx.viewer!.user.id));
  }
}

@Resolver(() => Cohort)
export class CohortOwedResolver {
  constructor(
    private readonly feedbackService: FeedbackService,
    private readonly prompts: PromptService,
  ) {}

  @ResolveField(() => CohortOwed, { description: 'Posts and reviews the viewer owes in this cohort.' })
  async viewerOwes(@Parent() cohort: Cohort, @Context() ctx: RequestContext): Promise<CohortOwed> {
    const access = await requireCohortAccess(ctx, cohort.id, 'view');
    if (access.cohortRole !== CohortRole.MEMBER) return { promptIds: [], reviews: 0 };
    const open = (await this.prompts.listForCohort(access)).filter((p) => promptStatus(p) === PromptStatus.OPEN);
    const posted = await Promise.all(open.map((p) => ctx.loaders.viewerHasPublished.load(p.id)));
    const reviews = await this.feedbackService.openReviewCount(cohort.id, access.userId);
    return { promptIds: open.filter((_, i) => !posted[i]).map((p) => p.id), reviews };
  }
}

@Resolver(() => Prompt)
export class PromptProtocolResolver {
  constructor(private readonly feedbackService: FeedbackService) {}

  @ResolveField(() => [PromptReviewAssignment], {
    description: 'Who reviews whom; facilitators only (empty for others).',
  })
  async reviewAssignments(@Parent() prompt: Prompt): Promise<PromptReviewAssignment[]> {
    if (!prompt.viewerIsFacilitator) return [];
    return (await this.feedbackService.assignmentsOf(prompt.id)).map((a) => ({
      id: a.id,
      contributionId: a.contributionId,
      reviewer: UserProfile.from(a.reviewer!),
      dueAt: a.dueAt,
      completedAt: a.completedAt,
    }));
  }

  @ResolveField(() => FeedbackProtocol, {
    description: 'The protocol feedback follows (Glow & Grow when none was picked).',
  })
  async protocol(@Parent() prompt: Prompt, @Context() ctx: RequestContext): Promise<FeedbackProtocol> {
    const [protocol, access] = await Promise.all([
      ctx.loaders.protocolById.load(prompt.protocolId ?? DEFAULT_PROTOCOL_ID),
      // Already loaded to show the prompt: which organization's usage to count.
      ctx.loaders.cohortAccess.load(prompt.cohortId),
    ]);
    return toProtocol(protocol!, access?.organizationId ?? protocol!.organizationId ?? '');
  }
}

@Resolver(() => FeedbackProtocol)
export class FeedbackProtocolUsageResolver {
  @ResolveField(() => Int)
  async usedByPromptCount(@Parent() protocol: FeedbackProtocol, @Context() ctx: RequestContext): Promise<number> {
    return (await this.usage(protocol, ctx)).prompts;
  }

  @ResolveField(() => Boolean)
  async inUse(@Parent() protocol: FeedbackProtocol, @Context() ctx: RequestContext): Promise<boolean> {
    return (await this.usage(protocol, ctx)).inUse;
  }

  private usage(protocol: FeedbackProtocol, ctx: RequestContext) {
    if (!protocol.usageOrganizationId) return Promise.resolve(UNUSED);
    return ctx.loaders.protocolUsage.load(`${protocol.usageOrganizationId}:${protocol.id}`);
  }
}
