import { AuditModule } from '../audit/audit.module';
import { Module } from '@nestjs/common';
import { CohortSubjects } from '../../common/auth/cohort-subjects';
import { LoaderRegistry } from '../../common/graphql/loader-registry';
import { AttachmentModule } from '../attachment/attachment.module';
import { PromptModule } from '../prompt/prompt.module';
import { CommentRepository } from './comment.repository';
import { CommentService } from './comment.service';
import { createContributionLoaders } from './contribution.loader';
import { ContributionRepository } from './contribution.repository';
import { ContributionResolver, PromptContributionsResolver } from './contribution.resolver';
import { ContributionService } from './contribution.service';
import { SearchRepository } from './search.repository';
import { ModerationModule } from '../moderation/moderation.module';

@Module({
  imports: [PromptModule, AttachmentModule, AuditModule, ModerationModule],
  providers: [
    ContributionRepository,
    CommentRepository,
    SearchRepository,
    ContributionService,
    CommentService,
    ContributionResolver,
    PromptContributionsResolver,
  ],
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
