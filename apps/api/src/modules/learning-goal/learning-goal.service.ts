import { Injectable } from '@nestjs/common';
import {
  LEARNING_GOAL_LIMITS,
  LearningGoalDecision,
  LearningGoalEventKind,
  LearningGoalStatus,
} from '@openhuddle/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { AppError, type FieldErrors } from '../../common/errors/app-error';
import type {
  CommentOnLearningGoalInput,
  DraftLearningGoalInput,
  ReviewLearningGoalInput,
  SubmitLearningGoalInput,
  UpdateLearningGoalInput,
} from './dto/learning-goal.inputs';
import { checkFields, lockOwnGoal, refuseUnless } from './learning-goal-access';
import { LearningGoalNotices } from './learning-goal-notices';
import type { LearningGoalEntity } from './learning-goal.entity';
import { canCommentOnGoal, canEditGoal, canReviewGoal, isMember } from './learning-goal.policy';
import { type GoalFields, LearningGoalRepository } from './learning-goal.repository';

const goalFields = (input: DraftLearningGoalInput): GoalFields => ({
  title: input.title,
  description: input.description ?? '',
  planItemId: input.planGoalId ?? null,
  coachId: input.coachId ?? null,
  cadenceDays: input.cadenceDays,
});

/**
 * Co-construction of a learning goal: the member drafts and edits it and submits it to their coach,
 * who asks for changes or approves; either comments. Every step is a line of the goal's history,
 * and the other one of the pair is told.
 */
@Injectable()
export class LearningGoalService {
  constructor(
    private readonly goals: LearningGoalRepository,
    private readonly notices: LearningGoalNotices,
  ) {}

  async draft(actor: Actor, input: DraftLearningGoalInput): Promise<LearningGoalEntity> {
    return this.goals.transaction(async (em) => {
      checkFields(await this.fieldErrors(em, actor, input));
      if (
        (await this.goals.countMemberGoals(em, input.organizationId, actor.user.id)) >= LEARNING_GOAL_LIMITS.goalsMax
      ) {
        throw AppError.conflict(`A person keeps at most ${LEARNING_GOAL_LIMITS.goalsMax} learning goals.`);
      }
      const goal = await this.goals.insertGoal(em, {
        organizationId: input.organizationId,
        memberId: actor.user.id,
        status: LearningGoalStatus.DRAFT,
        ...goalFields(input),
      });
      await this.goals.recordEvent(em, goal, actor.user.id, LearningGoalEventKind.DRAFTED);
      return goal;
    });
  }

  async update(actor: Actor, input: UpdateLearningGoalInput): Promise<LearningGoalEntity> {
    return this.goals.transaction(async (em) => {
      const goal = await lockOwnGoal(this.goals, em, actor, input.organizationId, input.goalId);
      refuseUnless(
        canEditGoal(actor.user.id, goal),
        isMember(actor.user.id, goal)
          ? 'This goal is with the coach (or approved): it changes when they ask for changes.'
          : 'Only the goal’s member edits it.',
      );
      checkFields(await this.fieldErrors(em, actor, input));
      const fields = goalFields(input);
      const changed = (Object.keys(fields) as Array<keyof GoalFields>).filter((k) => fields[k] !== goal[k]);
      if (!changed.length) return goal;
      await this.goals.updateGoal(em, goal.id, fields);
      await this.goals.recordEvent(em, goal, actor.user.id, LearningGoalEventKind.EDITED, '');
      return { ...goal, ...fields };
    });
  }

  async submit(actor: Actor, input: SubmitLearningGoalInput): Promise<LearningGoalEntity> {
    const { goal, eventId } = await this.goals.transaction(async (em) => {
      const goal = await lockOwnGoal(this.goals, em, actor, input.organizationId, input.goalId);
      refuseUnless(canEditGoal(actor.user.id, goal), 'Only a draft, or a goal with changes requested, is submitted.');
      if (!goal.coachId) throw AppError.badInput({ coachId: 'Pick a coach before submitting.' });
      await this.goals.updateGoal(em, goal.id, { status: LearningGoalStatus.SUBMITTED });
      const eventId = await this.goals.recordEvent(
        em,
        goal,
        actor.user.id,
        LearningGoalEventKind.SUBMITTED,
        input.comment ?? '',
      );
      return { goal: { ...goal, status: LearningGoalStatus.SUBMITTED }, eventId };
    });
    await this.notices.tell(actor, goal, eventId, 'submitted for your review');
    return goal;
  }

  async review(actor: Actor, input: ReviewLearningGoalInput): Promise<LearningGoalEntity> {
    const approve = input.decision === LearningGoalDecision.APPROVE;
    const { goal, eventId } = await this.goals.transaction(async (em) => {
      const goal = await lockOwnGoal(this.goals, em, actor, input.organizationId, input.goalId);
      refuseUnless(canReviewGoal(actor.user.id, goal), 'Only the coach answers a submitted goal.');
      if (!approve && !input.comment) throw AppError.badInput({ comment: 'Say what to change.' });
      const status = approve ? LearningGoalStatus.APPROVED : LearningGoalStatus.CHANGES_REQUESTED;
      await this.goals.updateGoal(em, goal.id, { status });
      const eventId = await this.goals.recordEvent(
        em,
        goal,
        actor.user.id,
        approve ? LearningGoalEventKind.APPROVED : LearningGoalEventKind.CHANGES_REQUESTED,
        input.comment ?? '',
      );
      return { goal: { ...goal, status }, eventId };
    });
    await this.notices.tell(actor, goal, eventId, approve ? 'approved' : 'asked for changes to');
    return goal;
  }

  async comment(actor: Actor, input: CommentOnLearningGoalInput): Promise<LearningGoalEntity> {
    const { goal, eventId } = await this.goals.transaction(async (em) => {
      const goal = await lockOwnGoal(this.goals, em, actor, input.organizationId, input.goalId);
      refuseUnless(canCommentOnGoal(actor.user.id, goal), 'Only the goal’s member and coach comment on it.');
      const eventId = await this.goals.recordEvent(
        em,
        goal,
        actor.user.id,
        LearningGoalEventKind.COMMENTED,
        input.body,
      );
      return { goal, eventId };
    });
    await this.notices.tell(actor, goal, eventId, 'commented on');
    return goal;
  }

  /** The alignment is a goal of the organisation's plan; the coach a colleague in it, not oneself. */
  private async fieldErrors(em: EntityManager, actor: Actor, input: DraftLearningGoalInput): Promise<FieldErrors> {
    const errors: FieldErrors = {};
    if (input.planGoalId && !(await this.goals.isPlanGoal(input.organizationId, input.planGoalId, em))) {
      errors.planGoalId = 'Pick a goal of the plan.';
    }
    if (input.coachId === actor.user.id) errors.coachId = 'Pick someone else as your coach.';
    else if (input.coachId && !(await this.goals.isOrganizationMember(input.organizationId, input.coachId, em))) {
      errors.coachId = 'Pick a colleague in this organization.';
    }
    return errors;
  }
}
