import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Jobs } from '../../common/jobs/jobs';
import { PulseSurveyService } from './pulse-survey.service';

export const PULSE_SWEEP_QUEUE = 'pulse.sweep';

/** Every 15 minutes: opens the rounds that are due (weekly surveys, and after-huddle ones whose huddle ended). */
@Injectable()
export class PulseRoundSweep implements OnModuleInit {
  private readonly logger = new Logger('Pulse');

  constructor(
    private readonly jobs: Jobs,
    private readonly pulses: PulseSurveyService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(PULSE_SWEEP_QUEUE, () => this.sweep().then(() => undefined), { retryLimit: 0 });
    this.jobs.schedule(PULSE_SWEEP_QUEUE, '*/15 * * * *');
  }

  async sweep(): Promise<number> {
    const opened = await this.pulses.openDueRounds();
    if (opened) this.logger.log(`opened ${opened} pulse round(s)`);
    return opened;
  }
}
