import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { AppError, type FieldErrors } from '../../common/errors/app-error';
import type { LearningGoalEntity } from './learning-goal.entity';
import type { LearningGoalRepository } from './learning-goal.repository';

/** The goal locked for the transaction; NOT_FOUND alike when it does not exist and when it is not the actor's. */
export async function lockOwnGoal(
  goals: LearningGoalRepository,
  em: EntityManager,
  actor: Actor,
  organizationId: string,
  goalId: string,
): Promise<LearningGoalEntity> {
  const goal = await goals.lockGoal(em, organizationId, goalId, actor.user.id);
  if (!goal) throw AppError.notFound('Learning goal');
  return goal;
}

/** A rule said no to one of the pair: say why, as a conflict with the goal's state. */
export function refuseUnless(allowed: boolean, why: string): void {
  if (!allowed) throw AppError.conflict(why);
}

export function checkFields(errors: FieldErrors): void {
  if (Object.keys(errors).length) throw AppError.badInput(errors);
}
