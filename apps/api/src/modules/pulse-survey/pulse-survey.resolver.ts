import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { OrgRole } from '@openhuddle/shared';
import { CohortScoped, CurrentActor, OrgScoped } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import { AnswerPulseInput, CreatePulseSurveyInput } from './dto/pulse-survey.inputs';
import { PulseSurvey, PulseSurveyResults, PulseToAnswer } from './dto/pulse-survey.types';
import { PulseReadService } from './pulse-read.service';
import { PulseSurveyService } from './pulse-survey.service';

/**
 * Pulse surveys: facilitators send them, members and facilitators answer them, everyone in the
 * cohort reads the same thresholded aggregates — no operation returns who answered what.
 */
@Resolver(() => PulseSurvey)
export class PulseSurveyResolver {
  constructor(
    private readonly sending: PulseSurveyService,
    private readonly reads: PulseReadService,
  ) {}

  @CohortScoped('view')
  @Query(() => [PulseSurvey], { description: 'The cohort’s pulse surveys, newest first.' })
  pulseSurveys(@Args('cohortId', { type: () => ID }) cohortId: string, @CurrentActor() actor: Actor) {
    return this.reads.ofCohort(actor, cohortId);
  }

  @CohortScoped('view', { pulseSurvey: 'surveyId' })
  @Query(() => PulseSurveyResults, {
    description: 'A pulse survey and its results: aggregates of rounds at least 5 people answered, and the trend.',
  })
  pulseSurveyResults(@Args('surveyId', { type: () => ID }) surveyId: string, @CurrentActor() actor: Actor) {
    return this.reads.results(actor, surveyId);
  }

  @OrgScoped(OrgRole.MEMBER, 'organizationId')
  @Query(() => [PulseToAnswer], { description: 'Open pulse rounds the viewer has not answered yet.' })
  pulsesToAnswer(@Args('organizationId', { type: () => ID }) organizationId: string, @CurrentActor() actor: Actor) {
    return this.reads.toAnswer(actor, organizationId);
  }

  @CohortScoped('facilitate', { cohort: 'input.cohortId' })
  @Mutation(() => PulseSurvey, {
    description: 'Sends a pulse survey to the cohort (its facilitators); once and weekly ones open a round now.',
  })
  async createPulseSurvey(@Args('input') input: CreatePulseSurveyInput, @CurrentActor() actor: Actor) {
    const survey = await this.sending.create(actor, input);
    return this.reads.survey(actor, survey.id);
  }

  @CohortScoped('post', { pulseRound: 'input.roundId' })
  @Mutation(() => PulseSurvey, {
    description: 'Answers an open pulse round, once. Stored apart from the record that you answered.',
  })
  async answerPulse(@Args('input') input: AnswerPulseInput, @CurrentActor() actor: Actor) {
    const surveyId = await this.sending.answer(actor, input);
    return this.reads.survey(actor, surveyId);
  }

  @CohortScoped('facilitate', { pulseSurvey: 'surveyId' })
  @Mutation(() => PulseSurvey, { description: 'Sends the survey again now: a new round opens (its facilitators).' })
  async openPulseRound(@Args('surveyId', { type: () => ID }) surveyId: string, @CurrentActor() actor: Actor) {
    await this.sending.openNextRound(actor, surveyId);
    return this.reads.survey(actor, surveyId);
  }

  @CohortScoped('facilitate', { pulseSurvey: 'surveyId' })
  @Mutation(() => PulseSurvey, { description: 'Stops the survey: its round closes, no new one opens; results stay.' })
  async stopPulseSurvey(@Args('surveyId', { type: () => ID }) surveyId: string, @CurrentActor() actor: Actor) {
    await this.sending.stop(actor, surveyId);
    return this.reads.survey(actor, surveyId);
  }
}
