import { Module } from '@nestjs/common';
import { NotificationModule } from '../notification/notification.module';
import { PromptModule } from '../prompt/prompt.module';
import { NudgeRepository } from './nudge.repository';
import { NudgeResolver } from './nudge.resolver';
import { NudgeService } from './nudge.service';

/** Facilitator nudges on demand (the automatic ones before a huddle are the reminder module's). */
@Module({
  imports: [NotificationModule, PromptModule],
  providers: [NudgeRepository, NudgeService, NudgeResolver],
})
export class NudgeModule {}
