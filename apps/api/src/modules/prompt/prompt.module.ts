import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FeedbackProtocolEntity } from '../feedback/feedback-protocol.entity';
import { PromptEntity } from './prompt.entity';
import { CohortPromptsResolver, PromptResolver } from './prompt.resolver';
import { PromptService } from './prompt.service';
import { CohortSubjects } from '../../common/auth/cohort-subjects';
import { LoaderRegistry } from '../../common/graphql/loader-registry';
import { createPromptLoaders } from './prompt.loader';

@Module({
  imports: [TypeOrmModule.forFeature([PromptEntity, FeedbackProtocolEntity])],
  providers: [PromptService, PromptResolver, CohortPromptsResolver],
  exports: [PromptService],
})
export class PromptModule {
  constructor(loaders: LoaderRegistry, subjects: CohortSubjects) {
    loaders.register(createPromptLoaders);
    subjects.register('prompt', async (actor, id) => (await actor.loaders.promptById.load(id))?.cohortId ?? null);
  }
}
