import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module';
import { NotificationModule } from '../notification/notification.module';
import { ActionItemQueueResolver, CohortHuddlesResolver, HuddleResolver } from './huddle.resolver';
import { HuddleService } from './huddle.service';
import { LoaderRegistry } from '../../common/graphql/loader-registry';
import { CohortSubjects } from '../../common/auth/cohort-subjects';
import { createHuddleLoaders, huddleWithAccess } from './huddle.loader';

@Module({
  imports: [ActivityModule, NotificationModule],
  providers: [HuddleService, HuddleResolver, CohortHuddlesResolver, ActionItemQueueResolver],
  exports: [HuddleService],
})
export class HuddleModule {
  constructor(loaders: LoaderRegistry, subjects: CohortSubjects) {
    loaders.register(createHuddleLoaders);
    subjects.register(
      'huddle',
      async (actor, id) => (await huddleWithAccess(actor.loaders, actor.user.id, id))?.cohortId ?? null,
    );
    subjects.register('agendaItem', (actor, id) => actor.loaders.cohortOfAgendaItem.load(id));
    subjects.register('actionItem', (actor, id) => actor.loaders.cohortOfActionItem.load(id));
  }
}
