import { Module } from '@nestjs/common';
import { CohortSubjects } from '../../common/auth/cohort-subjects';
import { NotificationModule } from '../notification/notification.module';
import { PulseReadService } from './pulse-read.service';
import { PulseRoundSweep } from './pulse-round.sweep';
import { PulseSurveyRepository } from './pulse-survey.repository';
import { PulseSurveyResolver } from './pulse-survey.resolver';
import { PulseSurveyService } from './pulse-survey.service';

/** Pulse surveys (PRODUCT.md: PulseSurvey, rule 8): anonymous in the database, shown only as aggregates of 5 or more. */
@Module({
  imports: [NotificationModule],
  providers: [PulseSurveyRepository, PulseSurveyService, PulseReadService, PulseRoundSweep, PulseSurveyResolver],
  exports: [PulseReadService],
})
export class PulseSurveyModule {
  constructor(subjects: CohortSubjects, pulses: PulseSurveyRepository) {
    subjects.register('pulseSurvey', async (_actor, id) => (await pulses.findSurvey(id))?.cohortId ?? null);
    subjects.register('pulseRound', async (_actor, id) => pulses.cohortOfRound(id));
  }
}
