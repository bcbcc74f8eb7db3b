import { Module } from '@nestjs/common';
import { CohortSubjects } from '../../common/auth/cohort-subjects';
import { LoaderRegistry } from '../../common/graphql/loader-registry';
import { ContributionModule } from '../contribution/contribution.module';
import { FeedbackProtocolModule } from '../feedback-protocol/feedback-protocol.module';
import {
  CohortOwedResolver,
  ContributionFeedbackResolver,
  FeedbackCommentsResolver,
  ContributionGiveFeedbackResolver,
  ContributionReviewResolver,
  FeedbackPermissionsResolver,
  PromptReviewAssignmentsResolver,
} from './feedback-fields.resolver';
import { createFeedbackLoaders } from './feedback.loader';
import { FeedbackRepository } from './feedback.repository';
import { FeedbackResolver } from './feedback.resolver';
import { FeedbackService } from './feedback.service';
import { ReviewAssignmentRepository } from './review-assignment.repository';
import { ReviewAssignmentService } from './review-assignment.service';
import { ModerationModule } from '../moderation/moderation.module';

@Module({
  imports: [ContributionModule, FeedbackProtocolModule, ModerationModule],
  providers: [
    FeedbackRepository,
    ReviewAssignmentRepository,
    FeedbackService,
    ReviewAssignmentService,
    FeedbackResolver,
    CohortOwedResolver,
    ContributionFeedbackResolver,
    FeedbackCommentsResolver,
    ContributionGiveFeedbackResolver,
    ContributionReviewResolver,
    FeedbackPermissionsResolver,
    PromptReviewAssignmentsResolver,
  ],
})
export class FeedbackModule {
  constructor(loaders: LoaderRegistry, subjects: CohortSubjects) {
    loaders.register(createFeedbackLoaders);
    subjects.register('feedback', (actor, id) => actor.loaders.cohortOfFeedback.load(id));
    subjects.register('reviewAssignment', (actor, id) => actor.loaders.cohortOfReviewAssignment.load(id));
  }
}
