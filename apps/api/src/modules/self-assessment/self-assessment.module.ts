import { Module } from '@nestjs/common';
import { FrameworkModule } from '../framework/framework.module';
import { SelfAssessmentAccess } from './self-assessment-access';
import { SelfAssessmentReadService } from './self-assessment-read.service';
import { SelfAssessmentRepository } from './self-assessment.repository';
import { SelfAssessmentResolver } from './self-assessment.resolver';
import { SelfAssessmentService } from './self-assessment.service';
import { TeamFormingService } from './team-forming.service';

/** Self-assessment rounds on a framework, their thresholded results, and teams formed by need. */
@Module({
  imports: [FrameworkModule],
  providers: [
    SelfAssessmentRepository,
    SelfAssessmentAccess,
    SelfAssessmentService,
    SelfAssessmentReadService,
    TeamFormingService,
    SelfAssessmentResolver,
  ],
})
export class SelfAssessmentModule {}
