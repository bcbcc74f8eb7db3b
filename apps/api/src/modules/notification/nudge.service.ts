import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { HUDDLE_LIMITS, routes } from '@openhuddle/shared';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
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
    private readonly dataSource: DataSource,
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
    let sent = 0;
    await this.dataSource.transaction(async (em) => {
      const [{ locked }] = await em.query(`SELECT pg_try_advisory_xact_lock(hashtext('openhuddle:nudges')) AS locked`);
      if (!locked) return;
      const rows: Array<{
        huddle_id: string;
        title: string;
        organization_id: string;
        hours: number;
        user_id: string;
        prompts: string;
      }> = await em.query(
        `SELECT h.id AS huddle_id, h.title, h.organization_id, due.hours, cm.user_id,
                string_agg(p.title, '; ' ORDER BY hp.position) AS prompts
           FROM huddle h
           CROSS JOIN LATERAL (
             SELECT min(o)::int AS hours FROM unnest(h.nudge_hours) AS o
              WHERE h.starts_at <= $1::timestamptz + make_interval(hours => o)
           ) due
           JOIN huddle_prompt hp ON hp.huddle_id = h.id
           JOIN prompt p ON p.id = hp.prompt_id AND p.published_at IS NOT NULL
           JOIN cohort_member cm ON cm.cohort_id = h.cohort_id AND cm.role = 'MEMBER'
          WHERE h.status = 'SCHEDULED' AND h.starts_at > $1
            AND h.starts_at <= $1::timestamptz + make_interval(hours => $2)
            AND due.hours IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM contribution c
                             WHERE c.prompt_id = p.id AND c.author_id = cm.user_id AND c.status = 'PUBLISHED' AND c.deleted_at IS NULL)
          GROUP BY h.id, h.title, h.organization_id, due.hours, cm.user_id`,
        [now, HUDDLE_LIMITS.nudgeHoursMax],
      );
      sent = await this.notifier.notify(
        rows.map((r) => ({
          organizationId: r.organization_id,
          userId: r.user_id,
          kind: 'HUDDLE_NUDGE',
          text: `“${r.title}” is coming up: post to ${r.prompts} so it is in the brief.`,
          link: routes.huddle(r.organization_id, r.huddle_id),
          dedupeKey: `nudge:${r.huddle_id}:${r.hours}:${r.user_id}`,
        })),
      );
    });
    if (sent) this.logger.log({ sent }, 'nudged members who have not posted');
    return sent;
  }
}
