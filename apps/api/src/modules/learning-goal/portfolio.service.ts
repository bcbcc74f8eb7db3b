import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor';
import type { LearningGoalDetail } from './dto/learning-goal.types';
import { LearningGoalReadService } from './learning-goal-read.service';
import { type PortfolioContributionRow, PortfolioRepository } from './portfolio.repository';

/** A person's portfolio: their learning goals with check-ins and conversations, and their published work. */
export interface Portfolio {
  person: string;
  organizationName: string;
  generatedAt: Date;
  goals: LearningGoalDetail[];
  contributions: PortfolioContributionRow[];
}

/**
 * Gathers the actor's own portfolio. Everything comes through the same reads as the pages (goals
 * the actor is the member of, check-in evidence filtered by the reveal rules for them), so the
 * export never holds what its reader may not see.
 */
@Injectable()
export class PortfolioService {
  constructor(
    private readonly reads: LearningGoalReadService,
    private readonly portfolios: PortfolioRepository,
  ) {}

  async own(actor: Actor, organizationId: string): Promise<Portfolio> {
    const page = await this.reads.page(actor, organizationId);
    const goals: LearningGoalDetail[] = [];
    // At most LEARNING_GOAL_LIMITS.goalsMax goals, read one after the other: an export, not a page.
    for (const goal of page.mine) goals.push(await this.reads.detail(actor, organizationId, goal.id));
    return {
      person: actor.user.displayName,
      organizationName: await this.portfolios.organizationName(organizationId),
      generatedAt: new Date(),
      goals,
      contributions: await this.portfolios.contributions(organizationId, actor.user.id),
    };
  }
}
