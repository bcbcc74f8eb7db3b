import { Module } from '@nestjs/common';
import { AttachmentModule } from '../attachment/attachment.module';
import { NotificationModule } from '../notification/notification.module';
import { PromptModule } from '../prompt/prompt.module';
import { ContributionResolver, PromptContributionsResolver } from './contribution.resolver';
import { ContributionService } from './contribution.service';
import { CohortSubjects } from '../../common/auth/cohort-subjects';
import { LoaderRegistry } from '../../common/graphql/loader-registry';
import { createContributionLoaders } from './contribution.loader';

@Module({
  imports: [PromptModule, AttachmentModule, NotificationModule],
  providers: [ContributionService, ContributionResolver, PromptContributionsResolver],
  exports: [ContributionService],
})
export class ContributionModule {
  constructor(loaders: LoaderRegistry, subjects: CohortSubjects) {
    loaders.register(createContributionLoaders);
    // Only contributions the actor may see lead anywhere: the others are NOT_FOUND at the gate.
    subjects.register(
      'contribution',
      async (actor, id) => (await actor.loaders.visibleContribution.load(id))?.cohortId ?? null,
    );
  }
}
