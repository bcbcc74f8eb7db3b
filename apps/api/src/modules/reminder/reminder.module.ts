import { Module } from '@nestjs/common';
import { NotificationModule } from '../notification/notification.module';
import { DueRemindersService } from './due-reminders.service';
import { NudgeService } from './nudge.service';
import { ReminderRepository } from './reminder.repository';
import { ReminderSweepService } from './reminder-sweep.service';

/** Reminders as background jobs: huddle nudges, prompts opened, reviews and action items due, briefs ready. */
@Module({
  imports: [NotificationModule],
  providers: [ReminderRepository, NudgeService, DueRemindersService, ReminderSweepService],
  exports: [ReminderSweepService],
})
export class ReminderModule {}
