import { Module } from '@nestjs/common';
import { CohortSubjects } from '../../common/auth/cohort-subjects';
import { LoaderRegistry } from '../../common/graphql/loader-registry';
import { FeedbackProtocolModule } from '../feedback-protocol/feedback-protocol.module';
import { createPromptLoaders } from './prompt.loader';
import { PromptRepository } from './prompt.repository';
import { CohortPromptsResolver, PromptProtocolResolver, PromptResolver } from './prompt.resolver';
import { PromptService } from './prompt.service';

@Module({
  imports: [FeedbackProtocolModule],
  providers: [PromptRepository, PromptService, PromptResolver, CohortPromptsResolver, PromptProtocolResolver],
  exports: [PromptService],
})
export class PromptModule {
  constructor(loaders: LoaderRegistry, subjects: CohortSubjects) {
    loaders.register(createPromptLoaders);
    subjects.register('prompt', async (actor, id) => (await actor.loaders.promptById.load(id))?.cohortId ?? null);
  }
}
