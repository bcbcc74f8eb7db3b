import { Module } from '@nestjs/common';
import { CohortSubjects } from '../../common/auth/cohort-subjects';
import { LoaderRegistry } from '../../common/graphql/loader-registry';
import { ActivityModule } from '../activity/activity.module';
import { CalendarModule } from '../calendar/calendar.module';
import { NotificationModule } from '../notification/notification.module';
import { PromptModule } from '../prompt/prompt.module';
import { ActionItemRepository } from './action-item.repository';
import { ActionItemResolver } from './action-item.resolver';
import { ActionItemService } from './action-item.service';
import { AgendaRepository } from './agenda.repository';
import { AgendaResolver } from './agenda.resolver';
import { AgendaService } from './agenda.service';
import { HuddleMailRepository } from './huddle-mail.repository';
import { HuddleMailService } from './huddle-mail.service';
import { HuddleLiveEvents } from './huddle-live.events';
import { HuddleLiveResolver } from './huddle-live.resolver';
import { HuddleLiveService } from './huddle-live.service';
import { HuddleScheduleResolver } from './huddle-schedule.resolver';
import { HuddleScheduleService } from './huddle-schedule.service';
import { createHuddleLoaders, huddleWithAccess } from './huddle.loader';
import { HuddleRepository } from './huddle.repository';
import { CohortHuddlesResolver, HuddleResolver } from './huddle.resolver';
import { MinutesMailService } from './minutes-mail.service';
import { MinutesService } from './minutes.service';

@Module({
  imports: [ActivityModule, CalendarModule, NotificationModule, PromptModule],
  providers: [
    HuddleRepository,
    AgendaRepository,
    ActionItemRepository,
    HuddleLiveEvents,
    HuddleScheduleService,
    AgendaService,
    HuddleLiveService,
    ActionItemService,
    MinutesService,
    HuddleMailRepository,
    HuddleMailService,
    MinutesMailService,
    HuddleResolver,
    CohortHuddlesResolver,
    HuddleScheduleResolver,
    AgendaResolver,
    HuddleLiveResolver,
    ActionItemResolver,
  ],
  // The brief reads and suggests agenda items and records who read it.
  exports: [AgendaService, HuddleLiveService],
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
