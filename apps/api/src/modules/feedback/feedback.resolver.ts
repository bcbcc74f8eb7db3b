import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { OrgRole } from '@openhuddle/shared';
import { CurrentMembership, OrgScoped } from '../../common/auth/access.decorators';
import type { RequestContext } from '../../common/auth/request-context';
import { Contribution } from '../contribution/dto/contribution.types';
import type { MembershipEntity } from '../organization/membership.entity';
import { Prompt } from '../prompt/dto/prompt.types';
import { Feedback, FeedbackProtocol, GiveFeedbackInput, MarkFeedbackHelpfulInput, MyQueue } from './dto/feedback.types';
import { toFeedback, toProtocol } from './feedback.mapper';
import { DEFAULT_PROTOCOL_ID, FeedbackService } from './feedback.service';

@Resolver(() => Feedback)
export class FeedbackResolver {
  constructor(private readonly feedbackService: FeedbackService) {}

  @OrgScoped(OrgRole.MEMBER, 'organizationId')
  @Query(() => [FeedbackProtocol], { description: 'Built-in protocols and the organization’s own.' })
  async feedbackProtocols(
    @Args('organizationId', { type: () => ID }) organizationId: string,
  ): Promise<FeedbackProtocol[]> {
    return (await this.feedbackService.protocolsFor(organizationId)).map(toProtocol);
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

@Resolver(() => Prompt)
export class PromptProtocolResolver {
  @ResolveField(() => FeedbackProtocol, {
    description: 'The protocol feedback follows (Glow & Grow when none was picked).',
  })
  async protocol(@Parent() prompt: Prompt, @Context() ctx: RequestContext): Promise<FeedbackProtocol> {
    return toProtocol((await ctx.loaders.protocolById.load(prompt.protocolId ?? DEFAULT_PROTOCOL_ID))!);
  }
}
