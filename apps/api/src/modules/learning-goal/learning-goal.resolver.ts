import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { OrgRole } from '@openhuddle/shared';
import { CurrentActor, OrgScoped } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import {
  AddCheckInInput,
  CommentOnLearningGoalInput,
  DraftLearningGoalInput,
  LearningGoalRefInput,
  RecordCoachingConversationInput,
  RespondToCheckInInput,
  ReviewLearningGoalInput,
  ScheduleCoachingConversationInput,
  SubmitLearningGoalInput,
  UpdateLearningGoalInput,
} from './dto/learning-goal.inputs';
import { LearningGoalChoices, LearningGoalDetail, LearningGoalsPage } from './dto/learning-goal.types';
import { CoachingService } from './coaching.service';
import { LearningGoalReadService } from './learning-goal-read.service';
import { LearningGoalService } from './learning-goal.service';

/**
 * Members of the organization pass the gate; past it, a goal is its member's and coach's alone (the
 * services read and lock only goals the actor is one of the pair of). Every mutation answers with
 * the goal's page, so the client updates its cache from the result.
 */
@Resolver(() => LearningGoalDetail)
export class LearningGoalResolver {
  constructor(
    private readonly goals: LearningGoalService,
    private readonly coaching: CoachingService,
    private readonly reads: LearningGoalReadService,
  ) {}

  @OrgScoped(OrgRole.MEMBER, 'organizationId')
  @Query(() => LearningGoalsPage, {
    description: 'The viewer’s learning goals, the goals they coach, and the overdue follow-ups among them.',
  })
  learningGoals(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @CurrentActor() actor: Actor,
  ): Promise<LearningGoalsPage> {
    return this.reads.page(actor, organizationId);
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Query(() => LearningGoalDetail, { description: 'A learning goal with its history, check-ins and conversations.' })
  learningGoal(@Args('input') input: LearningGoalRefInput, @CurrentActor() actor: Actor): Promise<LearningGoalDetail> {
    return this.reads.detail(actor, input.organizationId, input.goalId);
  }

  @OrgScoped(OrgRole.MEMBER, 'organizationId')
  @Query(() => LearningGoalChoices, { description: 'Coaches, plan goals and own contributions to pick from.' })
  learningGoalChoices(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @CurrentActor() actor: Actor,
  ): Promise<LearningGoalChoices> {
    return this.reads.choices(actor, organizationId);
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Mutation(() => LearningGoalDetail, { description: 'Drafts a learning goal (the viewer is its member).' })
  async draftLearningGoal(
    @Args('input') input: DraftLearningGoalInput,
    @CurrentActor() actor: Actor,
  ): Promise<LearningGoalDetail> {
    const goal = await this.goals.draft(actor, input);
    return this.reads.detail(actor, input.organizationId, goal.id);
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Mutation(() => LearningGoalDetail, { description: 'Edits a draft, or a goal with changes requested (its member).' })
  async updateLearningGoal(
    @Args('input') input: UpdateLearningGoalInput,
    @CurrentActor() actor: Actor,
  ): Promise<LearningGoalDetail> {
    await this.goals.update(actor, input);
    return this.reads.detail(actor, input.organizationId, input.goalId);
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Mutation(() => LearningGoalDetail, { description: 'Submits the goal to its coach (its member).' })
  async submitLearningGoal(
    @Args('input') input: SubmitLearningGoalInput,
    @CurrentActor() actor: Actor,
  ): Promise<LearningGoalDetail> {
    await this.goals.submit(actor, input);
    return this.reads.detail(actor, input.organizationId, input.goalId);
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Mutation(() => LearningGoalDetail, { description: 'Approves a submitted goal or asks for changes (its coach).' })
  async reviewLearningGoal(
    @Args('input') input: ReviewLearningGoalInput,
    @CurrentActor() actor: Actor,
  ): Promise<LearningGoalDetail> {
    await this.goals.review(actor, input);
    return this.reads.detail(actor, input.organizationId, input.goalId);
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Mutation(() => LearningGoalDetail, { description: 'Comments on a goal (its member or coach).' })
  async commentOnLearningGoal(
    @Args('input') input: CommentOnLearningGoalInput,
    @CurrentActor() actor: Actor,
  ): Promise<LearningGoalDetail> {
    await this.goals.comment(actor, input);
    return this.reads.detail(actor, input.organizationId, input.goalId);
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Mutation(() => LearningGoalDetail, { description: 'Checks in on an approved goal with evidence (its member).' })
  async addCheckIn(@Args('input') input: AddCheckInInput, @CurrentActor() actor: Actor): Promise<LearningGoalDetail> {
    await this.coaching.checkIn(actor, input);
    return this.reads.detail(actor, input.organizationId, input.goalId);
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Mutation(() => LearningGoalDetail, { description: 'Responds to a check-in (the goal’s coach).' })
  async respondToCheckIn(
    @Args('input') input: RespondToCheckInInput,
    @CurrentActor() actor: Actor,
  ): Promise<LearningGoalDetail> {
    const goalId = await this.coaching.respond(actor, input);
    return this.reads.detail(actor, input.organizationId, goalId);
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Mutation(() => LearningGoalDetail, {
    description: 'Schedules a coaching conversation on an approved goal, with its follow-up date (member or coach).',
  })
  async scheduleCoachingConversation(
    @Args('input') input: ScheduleCoachingConversationInput,
    @CurrentActor() actor: Actor,
  ): Promise<LearningGoalDetail> {
    await this.coaching.schedule(actor, input);
    return this.reads.detail(actor, input.organizationId, input.goalId);
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Mutation(() => LearningGoalDetail, {
    description: 'Writes a conversation’s notes and next steps, moves its follow-up, or marks the follow-up done.',
  })
  async recordCoachingConversation(
    @Args('input') input: RecordCoachingConversationInput,
    @CurrentActor() actor: Actor,
  ): Promise<LearningGoalDetail> {
    const goalId = await this.coaching.record(actor, input);
    return this.reads.detail(actor, input.organizationId, goalId);
  }
}
