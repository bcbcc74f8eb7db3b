import { Module } from '@nestjs/common';
import { AttachmentModule } from '../attachment/attachment.module';
import { PromptModule } from '../prompt/prompt.module';
import { ContributionResolver, PromptContributionsResolver } from './contribution.resolver';
import { ContributionService } from './contribution.service';

@Module({
  imports: [PromptModule, AttachmentModule],
  providers: [ContributionService, ContributionResolver, PromptContributionsResolver],
  exports: [ContributionService],
})
export class ContributionModule {}
