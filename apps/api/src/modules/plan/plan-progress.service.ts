import { Injectable } from '@nestjs/common';
import { PlanEvidenceKind } from '@openhuddle/shared';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock/clock';
import { AppError } from '../../common/errors/app-error';
import type { AddPlanEvidenceInput, CommentOnPlanItemInput, SetPlanItemStatusInput } from './dto/plan.inputs';
import type { PlanCommentEntity } from './plan-comment.entity';
import type { PlanItemEntity } from './plan-item.entity';
import type { PlanEntity } from './plan.entity';
import { ownerIdsOf } from './plan.mapper';
import { archivedPlanBlocker, canComment, canUpdateProgress, type PlanViewer } from './plan.policy';
import { PlanRepository } from './plan.repository';
import { evidenceErrors } from './plan.rules';
import { PlanViewers } from './plan-viewer';

/**
 * Keeping the plan alive: owners (and admins) move an item's status and add evidence; every
 * member gives feedback. Status and evidence are recorded in the plan's history.
 */
@Injectable()
export class PlanProgressService {
  constructor(
    private readonly plans: PlanRepository,
    private readonly viewers: PlanViewers,
    private readonly clock: Clock,
  ) {}

  async setStatus(actor: Actor, input: SetPlanItemStatusInput): Promise<PlanItemEntity> {
    const viewer = await this.viewers.of(actor, input.organizationId);
    return this.plans.transaction(async (em) => {
      const { item } = await this.progressTarget(em, viewer, input.organizationId, input.itemId);
      if (item.status === input.status) return item;
      const updated = await this.plans.updateItem(em, item.id, { status: input.status });
      await this.plans.recordChange(em, {
        organizationId: item.organizationId,
        planId: item.planId,
        itemId: item.id,
        itemTitle: item.title,
        actorId: actor.user.id,
        action: 'STATUS',
        changes: [{ field: 'status', from: item.status, to: input.status }],
      });
      return updated;
    });
  }

  /**
   * Adds evidence. A contribution must be one the adder can see now (and of this organization);
   * other viewers are re-checked at every read, so linking never shows it to anyone else.
   */
  async addEvidence(actor: Actor, input: AddPlanEvidenceInput): Promise<PlanItemEntity> {
    const viewer = await this.viewers.of(actor, input.organizationId);
    return this.plans.transaction(async (em) => {
      const { item } = await this.progressTarget(em, viewer, input.organizationId, input.itemId);
      const errors = evidenceErrors(input, !!item.measureName);
      if (
        !errors.contributionId &&
        input.kind === PlanEvidenceKind.CONTRIBUTION &&
        !(await this.plans.contributionVisible(input.organizationId, input.contributionId!, actor.user.id))
      ) {
        errors.contributionId = 'Pick a contribution you can open in this organization.';
      }
      if (Object.keys(errors).length) throw AppError.badInput(errors);
      const measured = input.kind === PlanEvidenceKind.MEASURE_VALUE;
      await this.plans.insertEvidence(em, {
        organizationId: item.organizationId,
        itemId: item.id,
        kind: input.kind,
        contributionId: input.contributionId ?? null,
        url: input.url ?? null,
        value: measured ? input.value! : null,
        measuredOn: measured ? (input.measuredOn ?? this.clock.now().toISOString().slice(0, 10)) : null,
        note: input.note,
        authorId: actor.user.id,
      });
      await this.plans.recordChange(em, {
        organizationId: item.organizationId,
        planId: item.planId,
        itemId: item.id,
        itemTitle: item.title,
        actorId: actor.user.id,
        action: 'EVIDENCE',
        // The kind only: what a contribution says stays behind its own visibility rules.
        changes: [{ field: 'evidence', from: null, to: measured ? `${input.kind} ${input.value}` : input.kind }],
      });
      // The item's updated time tells the progress page something moved.
      return this.plans.updateItem(em, item.id, { updatedAt: this.clock.now() });
    });
  }

  async comment(actor: Actor, input: CommentOnPlanItemInput): Promise<PlanCommentEntity> {
    const viewer = await this.viewers.of(actor, input.organizationId);
    if (!canComment(viewer)) throw AppError.forbidden();
    return this.plans.transaction(async (em) => {
      const found = await this.plans.lockItem(em, input.organizationId, input.itemId);
      if (!found) throw AppError.notFound('Plan item');
      this.refuseArchived(found.plan);
      return this.plans.insertComment(em, {
        organizationId: found.item.organizationId,
        itemId: found.item.id,
        authorId: actor.user.id,
        body: input.body,
      });
    });
  }

  private async progressTarget(
    em: Parameters<PlanRepository['lockItem']>[0],
    viewer: PlanViewer,
    organizationId: string,
    itemId: string,
  ): Promise<{ item: PlanItemEntity; plan: PlanEntity }> {
    const found = await this.plans.lockItem(em, organizationId, itemId);
    if (!found) throw AppError.notFound('Plan item');
    const owners = await this.plans.owners([found.item.id], em);
    if (!canUpdateProgress(viewer, ownerIdsOf(owners))) {
      throw AppError.forbidden('Only the item’s owners and admins update its progress.');
    }
    this.refuseArchived(found.plan);
    return found;
  }

  private refuseArchived(plan: PlanEntity): void {
    const blocker = archivedPlanBlocker(plan);
    if (blocker) throw AppError.conflict(blocker);
  }
}
