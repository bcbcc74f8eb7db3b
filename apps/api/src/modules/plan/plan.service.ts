import { Injectable } from '@nestjs/common';
import { PLAN_LIMITS } from '@openhuddle/shared';
import type { Actor } from '../../common/auth/actor';
import { AppError, type FieldErrors } from '../../common/errors/app-error';
import type {
  AddPlanItemInput,
  CreatePlanInput,
  PlanItemFieldsInput,
  PlanItemRefInput,
  UpdatePlanInput,
  UpdatePlanItemInput,
} from './dto/plan.inputs';
import type { PlanItemEntity } from './plan-item.entity';
import type { PlanEntity } from './plan.entity';
import { archivedPlanBlocker, canEditPlan } from './plan.policy';
import { type ItemFields, type PlanFields, PlanRepository } from './plan.repository';
import { childKind, dateRangeErrors, fieldChanges } from './plan.rules';
import { PlanViewers } from './plan-viewer';

const planFields = (input: CreatePlanInput): PlanFields => ({
  title: input.title,
  description: input.description ?? '',
  startsOn: input.startsOn ?? null,
  endsOn: input.endsOn ?? null,
});

const itemFields = (input: PlanItemFieldsInput): ItemFields => ({
  title: input.title,
  description: input.description ?? '',
  startsOn: input.startsOn ?? null,
  dueOn: input.dueOn ?? null,
  measureName: input.measure?.name ?? null,
  measureUnit: input.measure?.unit?.trim() || null,
  measureBaseline: input.measure?.baseline ?? null,
  measureTarget: input.measure?.target ?? null,
});

/** What the history shows of an item's fields (owners as names). */
const shownItem = (fields: ItemFields, owners: string) => ({ ...fields, owners });

/**
 * Shaping the plan: starting a plan, editing it, adding, editing and deleting its goals, strategies
 * and action steps (admins). Every change is recorded in the plan's history in its own transaction.
 */
@Injectable()
export class PlanService {
  constructor(
    private readonly plans: PlanRepository,
    private readonly viewers: PlanViewers,
  ) {}

  /** Starts a new plan; the active one (if any) is archived, kept read-only as a record. */
  async createPlan(actor: Actor, input: CreatePlanInput): Promise<PlanEntity> {
    await this.requireEditor(actor, input.organizationId);
    this.check(dateRangeErrors(input.startsOn, input.endsOn, 'endsOn'));
    return this.plans.transaction(async (em) => {
      const plan = await this.plans.startPlan(em, input.organizationId, planFields(input));
      await this.plans.recordChange(em, {
        organizationId: plan.organizationId,
        planId: plan.id,
        itemId: null,
        itemTitle: null,
        actorId: actor.user.id,
        action: 'CREATED',
        changes: [{ field: 'plan', from: null, to: plan.title }],
      });
      return plan;
    });
  }

  async updatePlan(actor: Actor, input: UpdatePlanInput): Promise<PlanEntity> {
    await this.requireEditor(actor, input.organizationId);
    this.check(dateRangeErrors(input.startsOn, input.endsOn, 'endsOn'));
    return this.plans.transaction(async (em) => {
      const plan = await this.plans.lockPlan(em, input.organizationId, input.planId);
      if (!plan) throw AppError.notFound('Plan');
      this.refuseArchived(plan);
      const fields = planFields(input);
      const changes = fieldChanges(plan, fields);
      if (!changes.length) return plan;
      const updated = await this.plans.updatePlan(em, plan.id, fields);
      await this.plans.recordChange(em, {
        organizationId: plan.organizationId,
        planId: plan.id,
        itemId: null,
        itemTitle: null,
        actorId: actor.user.id,
        action: 'UPDATED',
        changes,
      });
      return updated;
    });
  }

  /** Adds a goal (no parent), a strategy (under a goal) or an action step (under a strategy). */
  async addItem(actor: Actor, input: AddPlanItemInput): Promise<PlanItemEntity> {
    await this.requireEditor(actor, input.organizationId);
    const errors = await this.itemErrors(input);
    return this.plans.transaction(async (em) => {
      const plan = await this.plans.lockPlan(em, input.organizationId, input.planId);
      if (!plan) throw AppError.notFound('Plan');
      this.refuseArchived(plan);
      const parent = input.parentId ? await this.plans.findItem(input.organizationId, input.parentId, em) : null;
      if (input.parentId && (!parent || parent.planId !== plan.id)) errors.parentId = 'Pick an item of this plan.';
      const kind = childKind(parent?.kind ?? null);
      if (!kind) errors.parentId = 'Action steps have no items under them: pick a goal or a strategy.';
      this.check(errors);
      if ((await this.plans.countItems(em, plan.id)) >= PLAN_LIMITS.itemsMax) {
        throw AppError.conflict(`A plan holds at most ${PLAN_LIMITS.itemsMax} items.`);
      }
      const fields = itemFields(input);
      const item = await this.plans.insertItem(em, {
        organizationId: plan.organizationId,
        planId: plan.id,
        parentId: parent?.id ?? null,
        kind: kind!,
        ...fields,
      });
      await this.plans.replaceOwners(em, item.organizationId, item.id, input.ownerUserIds, input.ownerTeamIds);
      const owners = await this.ownerNames(item.id, em);
      await this.plans.recordChange(em, {
        organizationId: item.organizationId,
        planId: plan.id,
        itemId: item.id,
        itemTitle: item.title,
        actorId: actor.user.id,
        action: 'CREATED',
        changes: fieldChanges({}, shownItem(fields, owners)),
      });
      return item;
    });
  }

  async updateItem(actor: Actor, input: UpdatePlanItemInput): Promise<PlanItemEntity> {
    await this.requireEditor(actor, input.organizationId);
    const errors = await this.itemErrors(input);
    this.check(errors);
    return this.plans.transaction(async (em) => {
      const found = await this.plans.lockItem(em, input.organizationId, input.itemId);
      if (!found) throw AppError.notFound('Plan item');
      this.refuseArchived(found.plan);
      const before = shownItem(found.item, await this.ownerNames(found.item.id, em));
      const fields = itemFields(input);
      const item = await this.plans.updateItem(em, found.item.id, fields);
      await this.plans.replaceOwners(em, item.organizationId, item.id, input.ownerUserIds, input.ownerTeamIds);
      const changes = fieldChanges(before, shownItem(fields, await this.ownerNames(item.id, em)));
      if (changes.length) {
        await this.plans.recordChange(em, {
          organizationId: item.organizationId,
          planId: item.planId,
          itemId: item.id,
          itemTitle: item.title,
          actorId: actor.user.id,
          action: 'UPDATED',
          changes,
        });
      }
      return item;
    });
  }

  /** Deletes an item with everything under it; the history keeps its title. Returns its plan's id. */
  async deleteItem(actor: Actor, input: PlanItemRefInput): Promise<string> {
    await this.requireEditor(actor, input.organizationId);
    return this.plans.transaction(async (em) => {
      const found = await this.plans.lockItem(em, input.organizationId, input.itemId);
      if (!found) throw AppError.notFound('Plan item');
      this.refuseArchived(found.plan);
      await this.plans.recordChange(em, {
        organizationId: found.item.organizationId,
        planId: found.plan.id,
        itemId: null,
        itemTitle: found.item.title,
        actorId: actor.user.id,
        action: 'DELETED',
        changes: [{ field: found.item.kind, from: found.item.title, to: null }],
      });
      await this.plans.deleteItem(em, found.item.id);
      return found.plan.id;
    });
  }

  private async requireEditor(actor: Actor, organizationId: string): Promise<void> {
    // The stance asks for ADMIN already; the policy is the rule, so a job or the CLI obeys it too.
    if (!canEditPlan(await this.viewers.of(actor, organizationId))) {
      throw AppError.forbidden('Only admins edit the plan.');
    }
  }

  private refuseArchived(plan: PlanEntity): void {
    const blocker = archivedPlanBlocker(plan);
    if (blocker) throw AppError.conflict(blocker);
  }

  private check(errors: FieldErrors): void {
    if (Object.keys(errors).length) throw AppError.badInput(errors);
  }

  /** Field errors of an item's fields: dates, measure, owners that are not of the organization. */
  private async itemErrors(input: PlanItemFieldsInput): Promise<FieldErrors> {
    const errors = dateRangeErrors(input.startsOn, input.dueOn, 'dueOn');
    const users = [...new Set(input.ownerUserIds)];
    const teams = [...new Set(input.ownerTeamIds)];
    if (users.length !== input.ownerUserIds.length) errors.ownerUserIds = 'Name each person once.';
    if (teams.length !== input.ownerTeamIds.length) errors.ownerTeamIds = 'Name each team once.';
    const known = await this.plans.knownOwners(input.organizationId, users, teams);
    if (known.userIds.length !== users.length) errors.ownerUserIds = 'Pick people of this organization.';
    if (known.teamIds.length !== teams.length) errors.ownerTeamIds = 'Pick teams of this organization.';
    return errors;
  }

  private async ownerNames(itemId: string, em: Parameters<PlanRepository['owners']>[1]): Promise<string> {
    return (await this.plans.owners([itemId], em)).map((o) => o.name).join(', ');
  }
}
