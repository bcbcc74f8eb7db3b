import { Module } from '@nestjs/common';
import { ContributionModule } from '../contribution/contribution.module';
import { HuddleModule } from '../huddle/huddle.module';
import { BriefQueries } from './brief.queries';
import { BriefResolver } from './brief.resolver';
import { BriefService } from './brief.service';

@Module({
  imports: [HuddleModule, ContributionModule],
  providers: [BriefQueries, BriefService, BriefResolver],
  exports: [BriefService],
})
export class BriefModule {}
