import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock/clock';
import { AppError } from '../../common/errors/app-error';
import type {
  LearningGoal,
  LearningGoalChoices,
  LearningGoalDetail,
  LearningGoalsPage,
} from './dto/learning-goal.types';
import { toCheckIn, toConversation, toEvent, toGoal, toOverdue } from './learning-goal.mapper';
import { LearningGoalRepository } from './learning-goal.repository';

/** What the member and the coach read; every query is limited to goals the viewer is one of the pair of. */
@Injectable()
export class LearningGoalReadService {
  constructor(
    private readonly goals: LearningGoalRepository,
    private readonly clock: Clock,
  ) {}

  async page(actor: Actor, organizationId: string): Promise<LearningGoalsPage> {
    const now = this.clock.now();
    const viewerId = actor.user.id;
    const [rows, overdue] = await Promise.all([
      this.goals.listGoals(organizationId, viewerId, now),
      this.goals.overdueFollowUps(organizationId, viewerId, now),
    ]);
    const goals = rows.map((r) => toGoal(r, viewerId));
    return {
      mine: goals.filter((g) => g.member.id === viewerId),
      coaching: goals.filter((g) => g.viewerIsCoach),
      overdueFollowUps: overdue.map((r) => toOverdue(r, now)),
    };
  }

  async goal(actor: Actor, organizationId: string, goalId: string): Promise<LearningGoal> {
    const row = await this.goals.findGoal(organizationId, goalId, actor.user.id, this.clock.now());
    if (!row) throw AppError.notFound('Learning goal');
    return toGoal(row, actor.user.id);
  }

  async detail(actor: Actor, organizationId: string, goalId: string): Promise<LearningGoalDetail> {
    const goal = await this.goal(actor, organizationId, goalId);
    const now = this.clock.now();
    const [events, checkIns, evidence, conversations] = await Promise.all([
      this.goals.events(goal.id),
      this.goals.checkIns(goal.id),
      this.goals.checkInEvidence(goal.id, actor.user.id),
      this.goals.conversations(goal.id),
    ]);
    return {
      goal,
      history: events.map(toEvent),
      checkIns: checkIns.map((c) => toCheckIn(c, evidence)),
      conversations: conversations.map((c) => toConversation(c, now)),
    };
  }

  async choices(actor: Actor, organizationId: string): Promise<LearningGoalChoices> {
    const [coaches, planGoals, evidence] = await Promise.all([
      this.goals.coachChoices(organizationId, actor.user.id),
      this.goals.planGoals(organizationId),
      this.goals.evidenceChoices(organizationId, actor.user.id),
    ]);
    return {
      coaches: coaches.map((c) => ({ id: c.userId, displayName: c.displayName, facilitator: c.facilitator })),
      planGoals,
      evidence: evidence.map(({ contributionId, promptTitle, excerpt }) => ({ contributionId, promptTitle, excerpt })),
    };
  }
}
