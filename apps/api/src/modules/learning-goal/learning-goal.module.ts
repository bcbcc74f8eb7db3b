import { Module } from '@nestjs/common';
import { NotificationModule } from '../notification/notification.module';
import { CoachingService } from './coaching.service';
import { LearningGoalNotices } from './learning-goal-notices';
import { LearningGoalReadService } from './learning-goal-read.service';
import { LearningGoalRepository } from './learning-goal.repository';
import { LearningGoalResolver } from './learning-goal.resolver';
import { LearningGoalService } from './learning-goal.service';
import { PortfolioController } from './portfolio.controller';
import { PortfolioRepository } from './portfolio.repository';
import { PortfolioService } from './portfolio.service';

/** Learning goals co-constructed with a coach, check-ins with evidence, coaching conversations. */
@Module({
  imports: [NotificationModule],
  providers: [
    LearningGoalRepository,
    LearningGoalNotices,
    LearningGoalService,
    CoachingService,
    LearningGoalReadService,
    LearningGoalResolver,
    PortfolioRepository,
    PortfolioService,
  ],
  controllers: [PortfolioController],
})
export class LearningGoalModule {}
