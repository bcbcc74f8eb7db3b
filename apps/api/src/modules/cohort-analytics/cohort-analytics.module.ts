import { Module } from '@nestjs/common';
import { CohortAnalyticsRepository } from './cohort-analytics.repository';
import { CohortAnalyticsResolver } from './cohort-analytics.resolver';
import { CohortAnalyticsService } from './cohort-analytics.service';

/** Facilitator analytics per cohort (issue 11). */
@Module({
  providers: [CohortAnalyticsRepository, CohortAnalyticsService, CohortAnalyticsResolver],
})
export class CohortAnalyticsModule {}
