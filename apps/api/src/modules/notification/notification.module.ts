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
import { NotificationEmailChannel } from './notification-email.channel';
import { NotificationEmailRepository } from './notification-email.repository';
import { DigestRepository } from './digest.repository';
import { DigestService } from './digest.service';
import { DigestSweep } from './digest.sweep';
import { UnsubscribeController } from './unsubscribe.controller';
import { UnsubscribeResolver } from './unsubscribe.resolver';
import { UnsubscribeService } from './unsubscribe.service';

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
    NotificationResolver,
    NotificationPreferenceResolver,
    NotificationEmailRepository,
    NotificationEmailChannel,
    UnsubscribeService,
    UnsubscribeResolver,
    DigestRepository,
    DigestService,
    DigestSweep,
  ],
  controllers: [UnsubscribeController],
  exports: [Notifier, NotificationService, NotificationPreferenceService],
})
export class NotificationModule {}
