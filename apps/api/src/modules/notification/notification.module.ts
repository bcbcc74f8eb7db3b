import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module';
import { NotificationPreferenceRepository } from './notification-preference.repository';
import { NotificationPreferenceResolver } from './notification-preference.resolver';
import { NotificationPreferenceService } from './notification-preference.service';
import { NotificationProducers } from './notification-producers';
import { NotificationSourcesRepository } from './notification-sources.repository';
import { NotificationRepository } from './notification.repository';
import { NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';
import { Notifier } from './notifier';
import { NudgeService } from './nudge.service';

@Module({
  imports: [ActivityModule],
  providers: [
    NotificationRepository,
    NotificationPreferenceRepository,
    NotificationSourcesRepository,
    NotificationService,
    NotificationPreferenceService,
    Notifier,
    NotificationProducers,
    NudgeService,
    NotificationResolver,
    NotificationPreferenceResolver,
  ],
  exports: [Notifier, NudgeService, NotificationService, NotificationPreferenceService],
})
export class NotificationModule {}
