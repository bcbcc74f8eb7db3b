import { Module } from '@nestjs/common';
import { ContributionModule } from '../contribution/contribution.module';
import { HuddleModule } from '../huddle/huddle.module';
import { PulseSurveyModule } from '../pulse-survey/pulse-survey.module';
import { BriefPulseResolver } from './brief-pulse.resolver';
import { BriefQueries } from './brief.queries';
import { BriefResolver } from './brief.resolver';
import { BriefService } from './brief.service';

@Module({
  imports: [HuddleModule, ContributionModule, PulseSurveyModule],
  providers: [BriefQueries, BriefService, BriefResolver, BriefPulseResolver],
  exports: [BriefService],
})
export class BriefModule {}
