import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { HUDDLE_LIMITS, routes } from '@openhuddle/shared';
import { AppConfig } from '../../config/app-config';
import { NotificationRepository } from './notification.repository';
import { Notifier } from './notifier';

/**
 * Before a huddle (at the reminder times its facilitator chose: 48 h and 2 h by default), members
 * who have not posted to its prompts get a nudge; nobody who already posted is nudged, and nobody
 * twice for the same huddle and reminder time.
 * Runs every minute; an advisory lock keeps several API processes from nudging twice.
 */
@Injectable()
export class NudgeService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Nudges');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly notifications: NotificationRepository,
    private readonly notifier: Notifier,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.nodeEnv === 'test') return; // tests call runDue with their own clock
    this.timer = setInterval(() => void this.runDue(new Date()).catch((e) => this.logger.error(e)), 60_000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /**
   * Sends the nudges due at `now` in one statement for all huddles: each huddle is due at the
   * nearest of its own reminder times that has been reached (an earlier one it passed while the
   * API was down, or before the huddle was scheduled, is not sent late), so a member gets at most
   * one nudge per huddle per run. The dedupe key carries that time, so nobody hears twice for it.
   */
  async runDue(now: Date): Promise<number> {
    const sent =
      (await this.notifications.withDueNudges(now, HUDDLE_LIMITS.nudgeHoursMax, (rows) =>
        this.notifier.notify(
          rows.map((r) => ({
            organizationId: r.organization_id,
            userId: r.user_id,
            kind: 'HUDDLE_NUDGE',
            text: `“${r.title}” is coming up: post to ${r.prompts} so it is in the brief.`,
            link: routes.huddle(r.organization_id, r.huddle_id),
            dedupeKey: `nudge:${r.huddle_id}:${r.hours}:${r.user_id}`,
          })),
        ),
      )) ?? 0;
    if (sent) this.logger.log({ sent }, 'nudged members who have not posted');
    return sent;
  }
}
