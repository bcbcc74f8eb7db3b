import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { DashboardFigure } from '@openhuddle/shared';
import { CohortScoped, CurrentActor, SignedIn } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import { DashboardPeople, FacilitatorDashboard } from './dto/dashboard.types';
import { DashboardService } from './dashboard.service';

@Resolver(() => FacilitatorDashboard)
export class DashboardResolver {
  constructor(private readonly dashboard: DashboardService) {}

  // Across organizations, so no organization argument: only the viewer's own facilitator roles count.
  @SignedIn()
  @Query(() => FacilitatorDashboard, {
    description: 'Every cohort the viewer facilitates, in every organisation, and the queue of what needs them.',
  })
  facilitatorDashboard(@CurrentActor() actor: Actor): Promise<FacilitatorDashboard> {
    return this.dashboard.forViewer(actor);
  }

  @CohortScoped('facilitate', { cohort: 'cohortId' })
  @Query(() => DashboardPeople, { description: 'The people (or questions) behind one figure of a cohort.' })
  dashboardPeople(
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('figure', { type: () => DashboardFigure }) figure: DashboardFigure,
    @CurrentActor() actor: Actor,
  ): Promise<DashboardPeople> {
    return this.dashboard.people(actor, cohortId, figure);
  }
}
