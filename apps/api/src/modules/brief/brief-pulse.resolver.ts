import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import { BriefPulse } from '../pulse-survey/dto/pulse-survey.types';
import { PulseReadService } from '../pulse-survey/pulse-read.service';
import { Brief } from './brief.types';
import { requireHuddle } from '../huddle/huddle-access';

/** The huddle's brief shows its cohort's latest pulse — the same thresholded aggregate as the results page. */
@Resolver(() => Brief)
export class BriefPulseResolver {
  constructor(private readonly reads: PulseReadService) {}

  @ResolveField(() => BriefPulse, {
    nullable: true,
    description: 'The cohort’s latest pulse round (aggregates only once 5 answered); null when it has none.',
  })
  async latestPulse(@Parent() brief: Brief, @CurrentActor() actor: Actor): Promise<BriefPulse | null> {
    // Already loaded (and checked) by the brief query: costs no statement.
    const { huddle } = await requireHuddle(actor, brief.huddleId);
    return this.reads.latestOfCohort(huddle.organizationId, huddle.cohortId);
  }
}
