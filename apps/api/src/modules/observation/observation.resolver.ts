import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { OrgRole } from '@openhuddle/shared';
import { CurrentActor, OrgScoped } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import {
  ObservationRefInput,
  ObservationsInput,
  ObservationTrendsInput,
  RecordObservationInput,
} from './dto/observation.inputs';
import { Observation, ObservationConnection, ObservationTrends } from './dto/observation.types';
import { ObservationService } from './observation.service';

/**
 * Observations of practice: members reach them, and the service decides per observation — its
 * observer and the person observed read it; facilitators and admins read thresholded trends.
 */
@Resolver(() => Observation)
export class ObservationResolver {
  constructor(private readonly service: ObservationService) {}

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Query(() => ObservationConnection, { description: 'Observations of the viewer, or by them; newest first.' })
  observations(@Args('input') input: ObservationsInput, @CurrentActor() actor: Actor) {
    return this.service.list(actor, input);
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Query(() => Observation, { description: 'One observation, for its observer or the person observed.' })
  observation(@Args('input') input: ObservationRefInput, @CurrentActor() actor: Actor) {
    return this.service.get(actor, input);
  }

  @OrgScoped(OrgRole.FACILITATOR, 'input.organizationId')
  @Query(() => ObservationTrends, {
    description: 'Observations per practice and month, only as aggregates of at least 5 people observed.',
  })
  observationTrends(@Args('input') input: ObservationTrendsInput, @CurrentActor() actor: Actor) {
    return this.service.trends(actor, input);
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Mutation(() => Observation, {
    description: 'Records an observation of a colleague (a walkthrough, a peer visit), shared with them.',
  })
  recordObservation(@Args('input') input: RecordObservationInput, @CurrentActor() actor: Actor) {
    return this.service.record(actor, input);
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Mutation(() => ID, { description: 'Deletes an observation (its observer only); returns its id.' })
  deleteObservation(@Args('input') input: ObservationRefInput, @CurrentActor() actor: Actor) {
    return this.service.delete(actor, input);
  }
}
