import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Clock } from '../clock/clock';
import { Jobs } from '../jobs/jobs';
import { MailRepository } from './mail.repository';
import { MailTransport } from './mail-transport';

/** Minutes to wait after each failed attempt; past the last, the message is FAILED. */
export const RETRY_AFTER_MINUTES = [1, 5, 30, 120, 720];
const BATCH = 50;
const LEASE_SECONDS = 120;
/** Every minute: messages whose retry time came, and any a crashed process left queued. */
export const MAIL_SWEEP_QUEUE = 'mail.sweep';

/**
 * Hands queued messages to SMTP. A pass starts right after a message is queued; messages whose
 * attempt failed wait for their retry time and are picked up by `deliverDue`, run every minute as
 * a job (once across processes; SKIP LOCKED keeps two passes off the same message anyway).
 * One recipient's failure never stops the others: each message is its own attempt.
 */
@Injectable()
export class MailDelivery implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private running: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly repository: MailRepository,
    private readonly transport: MailTransport,
    private readonly jobs: Jobs,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.register(MAIL_SWEEP_QUEUE, () => this.deliverDue(this.clock.now()).then(() => undefined), {
      retryLimit: 0,
    });
    this.jobs.schedule(MAIL_SWEEP_QUEUE, '* * * * *');
  }

  /** Starts a delivery pass in the background (coalesced with one already running). */
  deliverSoon(): void {
    if (!this.transport.configured) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.deliverDue(this.clock.now());
      } while (this.again);
    })()
      .catch((error: unknown) => this.logger.error({ err: error }, 'mail delivery pass failed'))
      .finally(() => (this.running = null));
  }

  /** Delivers every queued message due at `now`; returns how many SMTP accepted. */
  async deliverDue(now: Date): Promise<number> {
    if (!this.transport.configured) return 0;
    let sent = 0;
    for (;;) {
      const batch = await this.repository.claimDue(now, BATCH, LEASE_SECONDS);
      for (const message of batch) {
        try {
          await this.transport.send(message);
          await this.repository.markSent(message.id, this.clock.now());
          sent++;
        } catch (error) {
          const wait = RETRY_AFTER_MINUTES[message.attempts];
          const retryAt = wait === undefined ? null : new Date(now.getTime() + wait * 60_000);
          // The SMTP server's answer, never the message: it may hold a link.
          const reason = error instanceof Error ? error.message : String(error);
          await this.repository.markAttemptFailed(message.id, reason, retryAt);
          this.logger.warn({ messageId: message.id, attempt: message.attempts + 1, retryAt }, 'mail delivery failed');
        }
      }
      if (batch.length < BATCH) return sent;
    }
  }

  /** Resolves when no pass is running (tests; shutdown lets a pass finish). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.idle();
  }
}
