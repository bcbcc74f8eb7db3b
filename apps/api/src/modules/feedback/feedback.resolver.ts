import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CohortRole, OrgRole, PromptStatus } from '@openhuddle/shared';
import { requireCohortAccess } from '../cohort/cohort-access';
import { Cohort } from '../cohort/dto/cohort.types';
import { promptStatus } from '../prompt/prompt-status';
import { PromptService } from '../prompt/prompt.service';
import { UserProfile } from '../user/dto/user.types';
import {
  CohortScoped,
  CurrentActor,
  CurrentMembership,
  OrgScoped,
  SignedIn,
} from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
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
    @CurrentActor() actor: Actor,
  ): Promise<MyQueue> {
    const [owed, unread] = await Promise.all([
      this.feedbackService.reviewsOwed(organizationId, membership.userId),
      this.feedbackService.unreadFeedback(organizationId, membership.userId),
    ]);
    const contributions = await Promise.all(
      unread.map((f) => actor.loaders.visibleContribution.load(f.contributionId)),
    );
    const protocols = await Promise.all(
      contributions.map((c) => actor.loaders.protocolById.load(c?.prompt?.protocolId ?? DEFAULT_PROTOCOL_ID)),
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
  @SignedIn() // the protocol's organization is checked by the service (admins only)
  @Mutation(() => Boolean, {
    description:
      'Deletes an organization’s own protocol that no prompt uses (CONFLICT while prompts use it; built-ins cannot be deleted).',
  })
  async deleteFeedbackProtocol(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<boolean> {
    await this.feedbackService.deleteProtocol(actor, id);
    return true;
  }

  // Members learn nothing of others' assignments: the service answers NOT_FOUND below facilitator.
  @CohortScoped('view', { reviewAssignment: 'input.assignmentId' })
  @Mutation(() => Boolean, { description: 'A facilitator moves an open review to another cohort member.' })
  async reassignReview(@Args('input') input: ReassignReviewInput, @CurrentActor() actor: Actor): Promise<boolean> {
    await this.feedbackService.reassign(actor, input.assignmentId, input.reviewerId);
    return true;
  }

  @CohortScoped('view', { contribution: 'input.contributionId' })
  @Mutation(() => Feedback, {
    description: 'Gives (or revises) your feedback; required protocol sections are enforced.',
  })
  async giveFeedback(@Args('input') input: GiveFeedbackInput, @CurrentActor() actor: Actor): Promise<Feedback> {
    const feedback = await this.feedbackService.give(actor, input);
    const contribution = await actor.loaders.visibleContribution.load(feedback.contributionId);
    const protocol = await actor.loaders.protocolById.load(contribution?.prompt?.protocolId ?? DEFAULT_PROTOCOL_ID);
    return toFeedback(feedback, protocol, actor.user.id);
  }

  @CohortScoped('view', { feedback: 'input.feedbackId' })
  @Mutation(() => Feedback)
  async markFeedbackHelpful(
    @Args('input') input: MarkFeedbackHelpfulInput,
    @CurrentActor() actor: Actor,
  ): Promise<Feedback> {
    const feedback = await this.feedbackService.markHelpful(actor, input.feedbackId, input.helpful);
    const contribution = await actor.loaders.visibleContribution.load(feedback.contributionId);
    const protocol = await actor.loaders.protocolById.load(contribution?.prompt?.protocolId ?? DEFAULT_PROTOCOL_ID);
    return toFeedback(feedback, protocol, actor.user.id);
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
}

@Resolver(() => Contribution)
export class ContributionFeedbackResolver {
  @ResolveField(() => [Feedback])
  async feedback(@Parent() contribution: Contribution, @CurrentActor() actor: Actor): Promise<Feedback[]> {
    const [rows, entity] = await Promise.all([
      actor.loaders.feedbackByContribution.load(contribution.id),
      actor.loaders.visibleContribution.load(contribution.id),
    ]);
    const protocol = await actor.loaders.protocolById.load(entity?.prompt?.protocolId ?? DEFAULT_PROTOCOL_ID);
    return rows.map((f) => toFeedback(f, protocol, actor.user.id));
  }
}

@Resolver(() => Cohort)
export class CohortOwedResolver {
  constructor(
    private readonly feedbackService: FeedbackService,
    private readonly prompts: PromptService,
  ) {}

  @ResolveField(() => CohortOwed, { description: 'Posts and reviews the viewer owes in this cohort.' })
  async viewerOwes(@Parent() cohort: Cohort, @CurrentActor() actor: Actor): Promise<CohortOwed> {
    const access = await requireCohortAccess(actor, cohort.id, 'view');
    if (access.cohortRole !== CohortRole.MEMBER) return { promptIds: [], reviews: 0 };
    const open = (await this.prompts.listForCohort(access)).filter((p) => promptStatus(p) === PromptStatus.OPEN);
    const posted = await Promise.all(open.map((p) => actor.loaders.viewerHasPublished.load(p.id)));
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
  async protocol(@Parent() prompt: Prompt, @CurrentActor() actor: Actor): Promise<FeedbackProtocol> {
    const [protocol, access] = await Promise.all([
      actor.loaders.protocolById.load(prompt.protocolId ?? DEFAULT_PROTOCOL_ID),
      // Already loaded to show the prompt: which organization's usage to count.
      actor.loaders.cohortAccess.load(prompt.cohortId),
    ]);
    return toProtocol(protocol!, access?.organizationId ?? protocol!.organizationId ?? '');
  }
}

@Resolver(() => FeedbackProtocol)
export class FeedbackProtocolUsageResolver {
  @ResolveField(() => Int)
  async usedByPromptCount(@Parent() protocol: FeedbackProtocol, @CurrentActor() actor: Actor): Promise<number> {
    return (await this.usage(protocol, actor)).prompts;
  }

  @ResolveField(() => Boolean)
  async inUse(@Parent() protocol: FeedbackProtocol, @CurrentActor() actor: Actor): Promise<boolean> {
    return (await this.usage(protocol, actor)).inUse;
  }

  private usage(protocol: FeedbackProtocol, actor: Actor) {
    if (!protocol.usageOrganizationId) return Promise.resolve(UNUSED);
    return actor.loaders.protocolUsage.load(`${protocol.usageOrganizationId}:${protocol.id}`);
  }
}
