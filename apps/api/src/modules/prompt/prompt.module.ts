import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FeedbackProtocolEntity } from '../feedback/feedback-protocol.entity';
import { PromptEntity } from './prompt.entity';
import { CohortPromptsResolver, PromptResolver } from './prompt.resolver';
import { PromptService } from './prompt.service';

@Module({
  imports: [TypeOrmModule.forFeature([PromptEntity, FeedbackProtocolEntity])],
  providers: [PromptService, PromptResolver, CohortPromptsResolver],
  exports: [PromptService],
})
export class PromptModule {}
