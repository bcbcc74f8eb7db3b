import { Module } from '@nestjs/common';
import { ContributionModule } from '../contribution/contribution.module';
import { PromptModule } from '../prompt/prompt.module';
import {
  CohortOwedResolver,
  ContributionFeedbackResolver,
  FeedbackProtocolUsageResolver,
  FeedbackResolver,
  PromptProtocolResolver,
} from './feedback.resolver';
import { FeedbackService } from './feedback.service';
import { ReviewAssignmentService } from './review-assignment.service';
import { CohortSubjects } from '../../common/auth/cohort-subjects';
import { LoaderRegistry } from '../../common/graphql/loader-registry';
import { createFeedbackLoaders } from './feedback.loader';

@Module({
  imports: [ContributionModule, PromptModule],
  providers: [
    CohortOwedResolver,
    FeedbackService,
    FeedbackResolver,
    FeedbackProtocolUsageResolver,
    ContributionFeedbackResolver,
    PromptProtocolResolver,
    ReviewAssignmentService,
  ],
})
export class FeedbackModule {
  constructor(loaders: LoaderRegistry, subjects: CohortSubjects) {
    loaders.register(createFeedbackLoaders);
    subjects.register('feedback', (actor, id) => actor.loaders.cohortOfFeedback.load(id));
    subjects.register('reviewAssignment', (actor, id) => actor.loaders.cohortOfReviewAssignment.load(id));
  }
}
