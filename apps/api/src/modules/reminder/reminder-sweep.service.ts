import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Clock } from '../../common/clock/clock';
import { DomainEvents, type PromptPublished } from '../../common/events/domain-events';
import { Jobs } from '../../common/jobs/jobs';
import { Notifier } from '../notification/notifier';
import { DueRemindersService } from './due-reminders.service';
import { NudgeService } from './nudge.service';
import { ReminderRepository } from './reminder.repository';
import { type DueReminder, fitted } from './reminder-text';

/** Every minute: find what is due and queue one delivery per person and occasion. */
export const SWEEP_QUEUE = 'reminder.sweep';
/** One notification per job, keyed by its dedupe key: a failing recipient is retried alone. */
export const DELIVER_QUEUE = 'reminder.deliver';

/**
 * The reminders' jobs. The sweep decides what is due at the Clock's now (in SQL, for all cohorts at
 * once) and queues each recipient's notification as its own keyed job; the delivery job stores it
 * through `Notifier.notify`, the seam where email and digests plug in. Keys make both steps
 * idempotent: two processes sweeping the same minute queue each delivery once, and a delivery
 * retried after a crash finds its notification stored already.
 */
@Injectable()
export class ReminderSweepService implements OnModuleInit {
  private readonly logger = new Logger('Reminders');

  constructor(
    private readonly jobs: Jobs,
    private readonly clock: Clock,
    private readonly nudges: NudgeService,
    private readonly dueReminders: DueRemindersService,
    private readonly notifier: Notifier,
    private readonly events: DomainEvents,
    private readonly reminders: ReminderRepository,
  ) {}

  onModuleInit(): void {
    this.jobs.register(SWEEP_QUEUE, () => this.sweep().then(() => undefined), { retryLimit: 0 });
    this.jobs.register<DueReminder>(DELIVER_QUEUE, (due) => this.deliver(due).then(() => undefined), {
      batchSize: 20,
      retryLimit: 5,
    });
    this.jobs.schedule(SWEEP_QUEUE, '* * * * *');
    this.events.on('PromptPublished', (event) => this.onPromptPublished(event));
  }

  /** A prompt published to open at once is announced now rather than at the next minute's sweep. */
  private async onPromptPublished({ promptId, opensAt }: PromptPublished): Promise<void> {
    if (!this.jobs.running || opensAt > this.clock.now()) return;
    // Publishing succeeded either way: the minute's sweep announces it should this fail.
    await this.jobs.send(SWEEP_QUEUE, {}, { key: `prompt-published:${promptId}` }).catch((error: unknown) => {
      this.logger.warn({ promptId, error: String(error) }, 'could not ask for a sweep');
    });
  }

  /** Every reminder due at the Clock's now that was not delivered yet. */
  async findDue(): Promise<DueReminder[]> {
    const now = this.clock.now();
    const [nudges, others] = await Promise.all([this.nudges.due(now), this.dueReminders.due(now)]);
    return [...nudges, ...others];
  }

  /** Queues the reminders due now; returns how many were queued (already delivered ones are not found). */
  async sweep(): Promise<number> {
    const due = await this.findDue();
    await this.jobs.sendMany(
      DELIVER_QUEUE,
      due.map((d) => ({ data: d, key: d.notification.dedupeKey })),
    );
    if (due.length) this.logger.log({ queued: due.length }, 'queued reminders');
    return due.length;
  }

  /**
   * Without the job queue (tests of who gets what, a CLI): the same deliveries, inline, each on its
   * own so one failure does not stop the others. Returns how many were new.
   */
  async deliverDueNow(): Promise<number> {
    let sent = 0;
    for (const due of await this.findDue()) {
      sent += await this.deliver(due).catch((error: unknown) => {
        this.logger.warn({ dedupeKey: due.notification.dedupeKey, error: String(error) }, 'reminder not delivered');
        return 0;
      });
    }
    return sent;
  }

  /** Stores the notification if it is still due (1 when it is new); throws to be retried. */
  async deliver({ subjectId, notification: n }: DueReminder): Promise<number> {
    if (!(await this.reminders.stillDue(n.kind, subjectId, n.organizationId, n.userId))) return 0;
    return this.notifier.notify([fitted(n)]);
  }
}
