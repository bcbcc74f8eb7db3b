import { Module } from '@nestjs/common';
import { AttachmentModule } from '../attachment/attachment.module';
import { NotificationModule } from '../notification/notification.module';
import { PromptModule } from '../prompt/prompt.module';
import { ContributionResolver, PromptContributionsResolver } from './contribution.resolver';
import { ContributionService } from './contribution.service';

@Module({
  imports: [PromptModule, AttachmentModule, NotificationModule],
  providers: [ContributionService, ContributionResolver, PromptContributionsResolver],
  exports: [ContributionService],
})
export class ContributionModule {}
