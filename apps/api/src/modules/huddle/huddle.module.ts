import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module';
import { NotificationModule } from '../notification/notification.module';
import { ActionItemQueueResolver, CohortHuddlesResolver, HuddleResolver } from './huddle.resolver';
import { HuddleService } from './huddle.service';

@Module({
  imports: [ActivityModule, NotificationModule],
  providers: [HuddleService, HuddleResolver, CohortHuddlesResolver, ActionItemQueueResolver],
  exports: [HuddleService],
})
export class HuddleModule {}
