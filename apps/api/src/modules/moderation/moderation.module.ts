import { Module } from '@nestjs/common';
import { CohortSubjects } from '../../common/auth/cohort-subjects';
import { LoaderRegistry } from '../../common/graphql/loader-registry';
import { AuditModule } from '../audit/audit.module';
import { createModerationLoaders } from './moderation.loader';
import { ModerationRepository } from './moderation.repository';
import { CohortModerationResolver, ModerationResolver, PromptModerationResolver } from './moderation.resolver';
import { ModerationService } from './moderation.service';
import { MuteService } from './mute.service';

@Module({
  imports: [AuditModule],
  providers: [
    ModerationRepository,
    ModerationService,
    MuteService,
    ModerationResolver,
    CohortModerationResolver,
    PromptModerationResolver,
  ],
  // Publishing, commenting and giving feedback ask whether the person is muted.
  exports: [MuteService],
})
export class ModerationModule {
  constructor(loaders: LoaderRegistry, subjects: CohortSubjects) {
    loaders.register(createModerationLoaders);
    subjects.register('content', (actor, id) => actor.loaders.cohortOfContent.load(id));
  }
}
