import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { OrgRole } from '@openhuddle/shared';
import { CurrentActor, OrgScoped } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import {
  CreateCohortsFromTeamsInput,
  OpenSelfAssessmentRoundInput,
  SelfAssessmentRoundRefInput,
  SubmitSelfAssessmentInput,
  SuggestTeamsInput,
} from './dto/self-assessment.inputs';
import { CreatedCohort, SelfAssessmentResults, SelfAssessmentRound, TeamSuggestion } from './dto/self-assessment.types';
import { SelfAssessmentReadService } from './self-assessment-read.service';
import { SelfAssessmentService } from './self-assessment.service';
import { TeamFormingService } from './team-forming.service';

/**
 * Self-assessment rounds: organisation members reach them, and the service decides per round —
 * participants answer and read their own; facilitators read aggregates and form teams.
 */
@Resolver(() => SelfAssessmentRound)
export class SelfAssessmentResolver {
  constructor(
    private readonly answering: SelfAssessmentService,
    private readonly reads: SelfAssessmentReadService,
    private readonly teams: TeamFormingService,
  ) {}

  @OrgScoped(OrgRole.MEMBER, 'organizationId')
  @Query(() => [SelfAssessmentRound], { description: 'Rounds the viewer is asked by or facilitates.' })
  selfAssessmentRounds(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @CurrentActor() actor: Actor,
  ) {
    return this.reads.list(actor, organizationId);
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Query(() => SelfAssessmentRound, { description: 'A round with its framework, the viewer’s answer and growth.' })
  selfAssessmentRound(@Args('input') input: SelfAssessmentRoundRefInput, @CurrentActor() actor: Actor) {
    return this.reads.round(actor, input.organizationId, input.roundId);
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Query(() => SelfAssessmentResults, {
    description: 'A round’s aggregates for its facilitators; individuals only where the round says so.',
  })
  selfAssessmentResults(@Args('input') input: SelfAssessmentRoundRefInput, @CurrentActor() actor: Actor) {
    return this.reads.results(actor, input.organizationId, input.roundId);
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Query(() => [TeamSuggestion], { description: 'Teams formed by need from a round’s answers (its facilitators).' })
  suggestTeams(@Args('input') input: SuggestTeamsInput, @CurrentActor() actor: Actor) {
    return this.teams.suggest(actor, input);
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Mutation(() => SelfAssessmentRound, {
    description: 'Opens a round for a cohort (its facilitators) or the organisation (admins).',
  })
  async openSelfAssessmentRound(@Args('input') input: OpenSelfAssessmentRoundInput, @CurrentActor() actor: Actor) {
    const round = await this.answering.open(actor, input);
    return this.reads.round(actor, input.organizationId, round.id);
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Mutation(() => SelfAssessmentRound, {
    description: 'Saves (or replaces) the viewer’s answer while the round is open.',
  })
  async submitSelfAssessment(@Args('input') input: SubmitSelfAssessmentInput, @CurrentActor() actor: Actor) {
    await this.answering.submit(actor, input);
    return this.reads.round(actor, input.organizationId, input.roundId);
  }

  @OrgScoped(OrgRole.FACILITATOR, 'input.organizationId')
  @Mutation(() => [CreatedCohort], {
    description: 'Creates one cohort per team, in one step (the round’s facilitators).',
  })
  createCohortsFromTeams(@Args('input') input: CreateCohortsFromTeamsInput, @CurrentActor() actor: Actor) {
    return this.teams.createCohorts(actor, input);
  }
}
