import { Module } from '@nestjs/common';
import { NotificationRepository } from './notification.repository';
import { NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';
import { Notifier } from './notifier';
import { NudgeService } from './nudge.service';

@Module({
  providers: [NotificationRepository, NotificationService, Notifier, NudgeService, NotificationResolver],
  exports: [Notifier, NudgeService, NotificationService],
})
export class NotificationModule {}
