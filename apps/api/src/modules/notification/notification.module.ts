import { Module } from '@nestjs/common';
import { NotificationRepository } from './notification.repository';
import { NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';
import { Notifier } from './notifier';

@Module({
  providers: [NotificationRepository, NotificationService, Notifier, NotificationResolver],
  exports: [Notifier, NotificationService],
})
export class NotificationModule {}
