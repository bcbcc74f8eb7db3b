import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Clock } from '../../common/clock/clock';
import { Jobs } from '../../common/jobs/jobs';
import { type DigestRecipient, DigestRepository } from './digest.repository';
import { DIGEST_BATCH_SIZE, DigestService } from './digest.service';

/** Every 15 minutes (zones with half-hour offsets reach 07:00 on the half hour): who is due. */
export const DIGEST_SWEEP_QUEUE = 'digest.sweep';
/** One job per person, organisation and period, composed up to DIGEST_BATCH_SIZE at a time. */
export const DIGEST_COMPOSE_QUEUE = 'digest.compose';

/** The job key of one digest: person, organisation, cadence and period. */
export const digestJobKey = (r: DigestRecipient) =>
  `digest:${r.userId}:${r.organizationId}:${r.cadence}:${r.periodKey}`;

/**
 * The digests' jobs. The sweep finds, in one statement, everyone whose digest is due at the Clock's
 * now and not handled yet, and queues one keyed job each (two processes sweeping queue each once);
 * the compose queue hands them out in batches, composed with a constant number of statements. The
 * ledger claim in the email's transaction makes a job retried or queued again by a later sweep a no-op.
 */
@Injectable()
export class DigestSweep implements OnModuleInit {
  private readonly logger = new Logger('Digest');

  constructor(
    private readonly jobs: Jobs,
    private readonly clock: Clock,
    private readonly repository: DigestRepository,
    private readonly digests: DigestService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(DIGEST_SWEEP_QUEUE, () => this.sweep().then(() => undefined), { retryLimit: 0 });
    this.jobs.registerBatch<DigestRecipient>(
      DIGEST_COMPOSE_QUEUE,
      (batch) => this.digests.composeBatch(batch, this.clock.now()).then(() => undefined),
      { batchSize: DIGEST_BATCH_SIZE, retryLimit: 5 },
    );
    this.jobs.schedule(DIGEST_SWEEP_QUEUE, '*/15 * * * *');
  }

  /** Everyone due now, with their last digest's instant as an ISO string (it travels as job data). */
  async findDue(): Promise<DigestRecipient[]> {
    const rows = await this.repository.due(this.clock.now());
    return rows.map((r) => ({
      userId: r.userId,
      organizationId: r.organizationId,
      cadence: r.cadence,
      periodKey: r.periodKey,
      since: new Date(r.since).toISOString(),
      email: r.email,
      displayName: r.displayName,
      timeZone: r.timeZone,
      organizationName: r.organizationName,
    }));
  }

  /** Queues the digests due now (inline, batch by batch, in a process without jobs); returns how many. */
  async sweep(): Promise<number> {
    const due = await this.findDue();
    if (!this.jobs.running) {
      await this.composeInline(due);
      return due.length;
    }
    await this.jobs.sendMany(
      DIGEST_COMPOSE_QUEUE,
      due.map((r) => ({ data: r, key: digestJobKey(r) })),
    );
    if (due.length) this.logger.log({ queued: due.length }, 'queued digests');
    return due.length;
  }

  /** Composes `due` in batches in this process; returns how many emails were queued. */
  async composeInline(due: readonly DigestRecipient[]): Promise<number> {
    let sent = 0;
    for (let i = 0; i < due.length; i += DIGEST_BATCH_SIZE)
      sent += await this.digests.composeBatch(due.slice(i, i + DIGEST_BATCH_SIZE), this.clock.now());
    return sent;
  }
}
