import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { OrgRole } from '@openhuddle/shared';
import { CohortScoped, CurrentActor, CurrentMembership, OrgScoped } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import type { MembershipEntity } from '../organization/membership.entity';
import {
  Feedback,
  GiveFeedbackInput,
  MarkFeedbackHelpfulInput,
  MyQueue,
  ReassignReviewInput,
} from './dto/feedback.types';
import type { FeedbackEntity } from './feedback.entity';
import { toFeedback, toOwedReview } from './feedback.mapper';
import { DEFAULT_PROTOCOL_ID, FeedbackService } from './feedback.service';
import { ReviewAssignmentService } from './review-assignment.service';

@Resolver(() => Feedback)
export class FeedbackResolver {
  constructor(
    private readonly feedbackService: FeedbackService,
    private readonly reviews: ReviewAssignmentService,
  ) {}

  @OrgScoped(OrgRole.MEMBER, 'organizationId')
  @Query(() => MyQueue, { description: 'What the viewer owes (reviews) and has not read (feedback received).' })
  async myQueue(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @CurrentMembership() membership: MembershipEntity,
    @CurrentActor() actor: Actor,
  ): Promise<MyQueue> {
    const [owed, unread] = await Promise.all([
      this.reviews.owedBy(organizationId, membership.userId),
      this.feedbackService.unreadFeedback(organizationId, membership.userId),
    ]);
    return {
      reviewsOwed: owed.map(toOwedReview),
      unreadFeedback: await Promise.all(unread.map((f) => this.present(actor, f, membership.userId))),
    };
  }

  // Members learn nothing of others' assignments: the service answers NOT_FOUND below facilitator.
  @CohortScoped('view', { reviewAssignment: 'input.assignmentId' })
  @Mutation(() => Boolean, { description: 'A facilitator moves an open review to another cohort member.' })
  async reassignReview(@Args('input') input: ReassignReviewInput, @CurrentActor() actor: Actor): Promise<boolean> {
    await this.reviews.reassign(actor, input.assignmentId, input.reviewerId);
    return true;
  }

  @CohortScoped('view', { contribution: 'input.contributionId' })
  @Mutation(() => Feedback, {
    description: 'Gives (or revises) your feedback; required protocol sections are enforced.',
  })
  async giveFeedback(@Args('input') input: GiveFeedbackInput, @CurrentActor() actor: Actor): Promise<Feedback> {
    return this.present(actor, await this.feedbackService.give(actor, input), actor.user.id);
  }

  @CohortScoped('view', { feedback: 'input.feedbackId' })
  @Mutation(() => Feedback)
  async markFeedbackHelpful(
    @Args('input') input: MarkFeedbackHelpfulInput,
    @CurrentActor() actor: Actor,
  ): Promise<Feedback> {
    const feedback = await this.feedbackService.markHelpful(actor, input.feedbackId, input.helpful);
    return this.present(actor, feedback, actor.user.id);
  }

  @CohortScoped('view', { contribution: 'contributionId' })
  @Mutation(() => Boolean, { description: 'Marks the feedback on your contribution as read (clears the badge).' })
  async markFeedbackRead(
    @Args('contributionId', { type: () => ID }) contributionId: string,
    @CurrentActor() actor: Actor,
  ): Promise<boolean> {
    await this.feedbackService.markRead(actor, contributionId);
    return true;
  }

  /** Feedback with its contribution's protocol (labels for its answers and scores). */
  private async present(actor: Actor, feedback: FeedbackEntity, viewerId: string): Promise<Feedback> {
    const contribution = await actor.loaders.visibleContribution.load(feedback.contributionId);
    const protocol = await actor.loaders.protocolById.load(contribution?.prompt?.protocolId ?? DEFAULT_PROTOCOL_ID);
    return toFeedback(feedback, protocol, viewerId);
  }
}
