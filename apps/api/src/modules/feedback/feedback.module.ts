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
export class FeedbackModule {}
