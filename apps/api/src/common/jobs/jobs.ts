import { type BeforeApplicationShutdown, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { jobIdFor } from './job-key';

/** pg-boss keeps its tables in their own schema; our migrations and drift check leave it alone. */
export const JOBS_SCHEMA = 'pgboss';

export type JobHandler<T> = (data: T) => Promise<void>;

export interface QueueOptions {
  /** Jobs one worker fetches at once; each is still completed or failed on its own. */
  batchSize?: number;
  /** Attempts after the first, spaced by JOB_RETRY_SECONDS with exponential backoff. */
  retryLimit?: number;
}

export interface SendOptions {
  /** Idempotency: one job per queue and key, however often and by however many processes it is sent. */
  key?: string;
  startAfter?: Date;
}

interface Registered {
  handler: JobHandler<never>;
  options: Required<QueueOptions>;
  /** The handler takes the whole batch at once (see registerBatch). */
  whole?: boolean;
}

/**
 * Background jobs in PostgreSQL (pg-boss): queues with handlers, keyed sends, cron schedules,
 * retries with backoff. Jobs live in the database, so they survive restarts, and a job is
 * handed to one worker at a time across processes (SKIP LOCKED). A worker that dies mid-job
 * (SIGKILL, OOM) leaves it active; after JOB_TIMEOUT_SECONDS maintenance hands it out again,
 * so handlers must be idempotent (ours end in a keyed insert).
 *
 * Starts with the app when JOBS_ENABLED (off under NODE_ENV=test unless a test turns it on),
 * stops before the database pool closes (beforeApplicationShutdown runs before TypeORM's
 * onApplicationShutdown), letting the jobs in hand finish.
 */
@Injectable()
export class Jobs implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly queues = new Map<string, Registered>();
  private readonly schedules = new Map<string, string>();
  private readonly workers = new Map<string, string>();
  private boss?: PgBoss;

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  get running(): boolean {
    return this.boss !== undefined;
  }

  /** Register before the app boots (a module's onModuleInit); the worker starts with the jobs. */
  register<T>(name: string, handler: JobHandler<T>, options: QueueOptions = {}): void {
    if (this.queues.has(name)) throw new Error(`job queue ${name} is registered twice`);
    this.queues.set(name, {
      handler: handler as JobHandler<never>,
      options: { batchSize: options.batchSize ?? 1, retryLimit: options.retryLimit ?? 5 },
    });
  }

  /**
   * A queue whose handler takes a batch of up to `batchSize` jobs' data at once, to do one
   * statement for many (digests); the batch completes or fails (and is retried) as one.
   */
  registerBatch<T>(name: string, handler: JobHandler<T[]>, options: QueueOptions = {}): void {
    this.register<T[]>(name, handler, options);
    this.queues.get(name)!.whole = true;
  }

  /** A recurring job (cron, UTC); pg-boss sends it once per slot whatever the number of processes. */
  schedule(name: string, cron: string): void {
    this.schedules.set(name, cron);
  }

  /** Returns the job id, or null when a job with this key already exists. */
  async send<T extends object>(name: string, data: T, options: SendOptions = {}): Promise<string | null> {
    const id = await this.started().send(name, data, this.jobOptions(name, options));
    this.wake(name);
    return id;
  }

  /** Many jobs in one statement; those whose key exists already are skipped. */
  async sendMany<T extends object>(name: string, jobs: Array<{ data: T } & SendOptions>): Promise<void> {
    if (!jobs.length) return;
    await this.started().insert(
      jobs.map(({ data, ...options }) => ({ name, data, ...this.jobOptions(name, options) })),
    );
    this.wake(name);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.jobsEnabled) await this.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    if (!boss) return;
    // Jobs in hand may still send (a sweep queues deliveries), so the client stays until they finish.
    await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    this.boss = undefined;
    this.workers.clear();
  }

  private async start(): Promise<void> {
    const { jobTimeoutSeconds, jobRetryDelaySeconds } = this.config;
    const boss = new PgBoss({
      connectionString: (this.dataSource.options as { url?: string }).url,
      schema: JOBS_SCHEMA,
      application_name: 'openhuddle-jobs',
      max: 4,
      // Crashed workers' jobs are looked for as often as they may run.
      maintenanceIntervalSeconds: Math.min(jobTimeoutSeconds, 60),
      expireInSeconds: jobTimeoutSeconds,
      retryDelay: jobRetryDelaySeconds,
      retryBackoff: true,
    });
    boss.on('error', (error) => this.logger.error(error));
    await boss.start();
    for (const [name, { handler, options, whole }] of this.queues) {
      const queue = {
        name,
        retryLimit: options.retryLimit,
        retryDelay: jobRetryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: jobTimeoutSeconds,
      };
      await boss.createQueue(name, queue);
      await boss.updateQueue(name, queue);
      const id = await boss.work<never>(name, { batchSize: options.batchSize, pollingIntervalSeconds: 1 }, (jobs) =>
        whole ? this.runWhole(name, handler, jobs) : this.runBatch(boss, name, handler, jobs),
      );
      this.workers.set(name, id);
    }
    for (const [name, cron] of this.schedules) await boss.schedule(name, cron);
    this.boss = boss;
    this.logger.log({ queues: [...this.queues.keys()] }, 'jobs started');
  }

  /** Each job of a batch succeeds or fails on its own: a failed one is retried, the others complete. */
  private async runBatch(boss: PgBoss, name: string, handler: JobHandler<never>, jobs: PgBoss.Job<never>[]) {
    for (const job of jobs) {
      try {
        await handler(job.data);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.logger.warn({ queue: name, job: job.id, error: message }, 'job failed; it will be retried');
        await boss.fail(name, job.id, { message });
      }
    }
  }

  /** pg-boss fails every job of the batch when the handler throws (and retries them), else completes them. */
  private async runWhole(name: string, handler: JobHandler<never>, jobs: PgBoss.Job<never>[]) {
    try {
      await (handler as JobHandler<unknown[]>)(jobs.map((job) => job.data));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn({ queue: name, jobs: jobs.length, error: message }, 'job batch failed; it will be retried');
      throw error;
    }
  }

  private jobOptions(name: string, { key, startAfter }: SendOptions): { id?: string; startAfter?: Date } {
    return { ...(key ? { id: jobIdFor(name, key) } : {}), ...(startAfter ? { startAfter } : {}) };
  }

  private wake(name: string): void {
    const worker = this.workers.get(name);
    if (worker) this.boss?.notifyWorker(worker);
  }

  private started(): PgBoss {
    if (!this.boss) throw new Error('background jobs are not running (JOBS_ENABLED)');
    return this.boss;
  }
}
