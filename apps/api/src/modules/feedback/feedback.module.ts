import { Module } from '@nestjs/common';
import { ContributionModule } from '../contribution/contribution.module';
import { ContributionFeedbackResolver, FeedbackResolver, PromptProtocolResolver } from './feedback.resolver';
import { FeedbackService } from './feedback.service';
import { ReviewAssignmentService } from './review-assignment.service';

@Module({
  imports: [ContributionModule],
  providers: [
    FeedbackService,
    FeedbackResolver,
    ContributionFeedbackResolver,
    PromptProtocolResolver,
    ReviewAssignmentService,
  ],
})
export class FeedbackModule {}
