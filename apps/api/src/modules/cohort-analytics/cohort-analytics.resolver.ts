import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CohortScoped, CurrentActor } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import { CohortAnalytics } from './dto/cohort-analytics.types';
import { CohortAnalyticsService } from './cohort-analytics.service';

@Resolver(() => CohortAnalytics)
export class CohortAnalyticsResolver {
  constructor(private readonly analytics: CohortAnalyticsService) {}

  @CohortScoped('facilitate', { cohort: 'cohortId' })
  @Query(() => CohortAnalytics, {
    description:
      'A cohort’s participation (heatmap, funnel, coverage, who helps whom, trend), for whoever runs it; an admin outside the cohort reads it as an observer.',
  })
  cohortAnalytics(
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @CurrentActor() actor: Actor,
  ): Promise<CohortAnalytics> {
    return this.analytics.forCohort(actor, cohortId);
  }
}
