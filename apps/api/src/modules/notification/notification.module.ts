import { Module } from '@nestjs/common';
import { Notifier } from './notifier';
import { NotificationResolver } from './notification.resolver';
import { NudgeService } from './nudge.service';

@Module({
  providers: [Notifier, NudgeService, NotificationResolver],
  exports: [Notifier, NudgeService],
})
export class NotificationModule {}
