import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { OrgRole } from '@openhuddle/shared';
import { CurrentActor, OrgScoped } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import {
  AddPlanEvidenceInput,
  AddPlanItemInput,
  CommentOnPlanItemInput,
  CreatePlanInput,
  PlanItemPageInput,
  PlanItemRefInput,
  SetPlanItemStatusInput,
  UpdatePlanInput,
  UpdatePlanItemInput,
} from './dto/plan.inputs';
import {
  Plan,
  PlanComment,
  PlanCommentPage,
  PlanEvidencePage,
  PlanItem,
  PlanItemDetail,
  PlanOwnerChoices,
  PlanSummary,
} from './dto/plan.types';
import { toComment } from './plan.mapper';
import { PlanProgressService } from './plan-progress.service';
import { PlanReadService } from './plan-read.service';
import { PlanService } from './plan.service';

/** Every member reads the plan; admins shape it; owners keep their items alive; everyone comments. */
@Resolver(() => Plan)
export class PlanResolver {
  constructor(
    private readonly editing: PlanService,
    private readonly progress: PlanProgressService,
    private readonly reads: PlanReadService,
  ) {}

  @OrgScoped(OrgRole.MEMBER, 'organizationId')
  @Query(() => Plan, {
    nullable: true,
    description: 'The organisation’s active plan (or a past one by planId); null when it has none yet.',
  })
  plan(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @CurrentActor() actor: Actor,
    @Args('planId', { type: () => ID, nullable: true }) planId?: string | null,
  ): Promise<Plan | null> {
    return this.reads.plan(actor, organizationId, planId ?? null);
  }

  @OrgScoped(OrgRole.MEMBER, 'organizationId')
  @Query(() => [PlanSummary], { description: 'The organisation’s plans, newest first (the active one and past ones).' })
  plans(@Args('organizationId', { type: () => ID }) organizationId: string): Promise<PlanSummary[]> {
    return this.reads.list(organizationId);
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Query(() => PlanItemDetail, {
    description: 'A goal, strategy or action step with its evidence, feedback and history.',
  })
  planItem(@Args('input') input: PlanItemRefInput, @CurrentActor() actor: Actor): Promise<PlanItemDetail> {
    return this.reads.itemDetail(actor, input.organizationId, input.itemId);
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Query(() => PlanEvidencePage, { description: 'More of an item’s evidence (the pages after the first).' })
  planItemEvidence(@Args('input') input: PlanItemPageInput, @CurrentActor() actor: Actor): Promise<PlanEvidencePage> {
    return this.reads.moreEvidence(actor, input.organizationId, input.itemId, input.after ?? null);
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Query(() => PlanCommentPage, { description: 'More of an item’s feedback (the pages after the first).' })
  planItemComments(@Args('input') input: PlanItemPageInput): Promise<PlanCommentPage> {
    return this.reads.moreComments(input.organizationId, input.itemId, input.after ?? null);
  }

  @OrgScoped(OrgRole.MEMBER, 'organizationId')
  @Query(() => PlanOwnerChoices, { description: 'The people and teams a plan item may be owned by.' })
  planOwnerChoices(@Args('organizationId', { type: () => ID }) organizationId: string): Promise<PlanOwnerChoices> {
    return this.reads.ownerChoices(organizationId);
  }

  @OrgScoped(OrgRole.ADMIN, 'input.organizationId')
  @Mutation(() => Plan, { description: 'Starts a new plan (admins); the active one is archived and kept read-only.' })
  async createPlan(@Args('input') input: CreatePlanInput, @CurrentActor() actor: Actor): Promise<Plan> {
    const plan = await this.editing.createPlan(actor, input);
    return (await this.reads.plan(actor, input.organizationId, plan.id))!;
  }

  @OrgScoped(OrgRole.ADMIN, 'input.organizationId')
  @Mutation(() => Plan, { description: 'Edits the active plan’s title, description and dates (admins).' })
  async updatePlan(@Args('input') input: UpdatePlanInput, @CurrentActor() actor: Actor): Promise<Plan> {
    const plan = await this.editing.updatePlan(actor, input);
    return (await this.reads.plan(actor, input.organizationId, plan.id))!;
  }

  @OrgScoped(OrgRole.ADMIN, 'input.organizationId')
  @Mutation(() => Plan, {
    description:
      'Adds a goal (no parent), a strategy (under a goal) or an action step (under a strategy); returns the plan.',
  })
  async addPlanItem(@Args('input') input: AddPlanItemInput, @CurrentActor() actor: Actor): Promise<Plan> {
    const item = await this.editing.addItem(actor, input);
    return (await this.reads.plan(actor, input.organizationId, item.planId))!;
  }

  @OrgScoped(OrgRole.ADMIN, 'input.organizationId')
  @Mutation(() => PlanItem, { description: 'Edits an item’s title, description, dates, owners and measure (admins).' })
  async updatePlanItem(@Args('input') input: UpdatePlanItemInput, @CurrentActor() actor: Actor): Promise<PlanItem> {
    const item = await this.editing.updateItem(actor, input);
    return this.reads.item(actor, input.organizationId, item.id);
  }

  @OrgScoped(OrgRole.ADMIN, 'input.organizationId')
  @Mutation(() => Plan, { description: 'Deletes an item and everything under it (admins); returns the plan.' })
  async deletePlanItem(@Args('input') input: PlanItemRefInput, @CurrentActor() actor: Actor): Promise<Plan> {
    const planId = await this.editing.deleteItem(actor, input);
    return (await this.reads.plan(actor, input.organizationId, planId))!;
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Mutation(() => PlanItem, { description: 'Sets an item’s status (its owners and admins).' })
  async setPlanItemStatus(
    @Args('input') input: SetPlanItemStatusInput,
    @CurrentActor() actor: Actor,
  ): Promise<PlanItem> {
    const item = await this.progress.setStatus(actor, input);
    return this.reads.item(actor, input.organizationId, item.id);
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Mutation(() => PlanItem, {
    description: 'Adds evidence to an item (its owners and admins): a contribution, a link, a measure value or a note.',
  })
  async addPlanEvidence(@Args('input') input: AddPlanEvidenceInput, @CurrentActor() actor: Actor): Promise<PlanItem> {
    const item = await this.progress.addEvidence(actor, input);
    return this.reads.item(actor, input.organizationId, item.id);
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Mutation(() => PlanComment, { description: 'Gives feedback on an item (every member).' })
  async commentOnPlanItem(
    @Args('input') input: CommentOnPlanItemInput,
    @CurrentActor() actor: Actor,
  ): Promise<PlanComment> {
    const comment = await this.progress.comment(actor, input);
    return toComment({
      id: comment.id,
      itemId: comment.itemId,
      body: comment.body,
      createdAt: comment.createdAt,
      cursorAt: '',
      authorId: actor.user.id,
      authorName: actor.user.displayName,
      authorAvatarUrl: actor.user.avatarUrl,
      authorTimeZone: actor.user.timeZone,
    });
  }
}
