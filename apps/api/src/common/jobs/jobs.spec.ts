import type { DataSource } from 'typeorm';
import { eventually, jobStates } from '../../../test/jobs-helpers';
import { createTestDatabase } from '../../../test/test-database';
import { AppConfig } from '../../config/app-config';
import { Jobs } from './jobs';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The adapter against a real PostgreSQL: each `process()` is one API process's Jobs. */
describe('background jobs (pg-boss)', () => {
  let db: { url: string; drop(): Promise<void> };
  const running: Jobs[] = [];
  const config = AppConfig.fromEnv({
    NODE_ENV: 'test',
    JOBS_ENABLED: 'true',
    JOB_TIMEOUT_SECONDS: '2',
    JOB_RETRY_SECONDS: '1',
  });
  const process = async (setup: (jobs: Jobs) => void): Promise<Jobs> => {
    const jobs = new Jobs(config, { options: { url: db.url } } as unknown as DataSource);
    setup(jobs);
    await jobs.onApplicationBootstrap();
    running.push(jobs);
    return jobs;
  };
  const stop = async (jobs: Jobs) => {
    running.splice(running.indexOf(jobs), 1);
    await jobs.beforeApplicationShutdown();
  };
  const states = async (queue: string) => {
    const { Client } = await import('pg');
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      return await jobStates(client, queue);
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    for (const jobs of running.splice(0)) await jobs.beforeApplicationShutdown();
    await db.drop();
  });

  it('runs a keyed job once, however often it is sent', async () => {
    const seen: string[] = [];
    const jobs = await process((j) => j.register<{ n: string }>('test.keyed', async ({ n }) => void seen.push(n)));
    const first = await jobs.send('test.keyed', { n: 'a' }, { key: 'occasion-1' });
    expect(first).toEqual(expect.any(String));
    expect(await jobs.send('test.keyed', { n: 'b' }, { key: 'occasion-1' })).toBeNull();
    await jobs.sendMany('test.keyed', [
      { data: { n: 'c' }, key: 'occasion-1' },
      { data: { n: 'd' }, key: 'occasion-2' },
    ]);
    await eventually(
      async () => seen.length,
      (n) => n >= 2,
    );
    await sleep(300);
    expect(seen.sort()).toEqual(['a', 'd']);
    await stop(jobs);
  });

  it('retries a failing job with backoff while the others of its batch complete', async () => {
    const attempts: Record<string, number> = {};
    const jobs = await process((j) =>
      j.register<{ n: string }>(
        'test.flaky',
        async ({ n }) => {
          attempts[n] = (attempts[n] ?? 0) + 1;
          if (n === 'bad' && attempts[n] < 2) throw new Error('the database said no');
        },
        { batchSize: 10 },
      ),
    );
    await jobs.sendMany(
      'test.flaky',
      ['one', 'bad', 'two', 'three'].map((n) => ({ data: { n }, key: n })),
    );
    expect(
      await eventually(
        () => states('test.flaky'),
        (s) => s.completed === 3,
      ),
    ).toMatchObject({ completed: 3 });
    expect(attempts).toMatchObject({ one: 1, two: 1, three: 1 });
    // The retry waits its delay (1 s, backing off), then succeeds.
    expect(
      await eventually(
        () => states('test.flaky'),
        (s) => s.completed === 4,
      ),
    ).toEqual({ completed: 4 });
    expect(attempts.bad).toBe(2);
    await stop(jobs);
  });

  it('runs a job sent before a restart after it, in the next process', async () => {
    const first = await process((j) => j.register('test.later', async () => undefined));
    await first.send('test.later', { n: 1 }, { key: 'later', startAfter: new Date(Date.now() + 1500) });
    await stop(first);
    const ran: number[] = [];
    await process((j) => j.register<{ n: number }>('test.later', async ({ n }) => void ran.push(n)));
    expect(
      await eventually(
        async () => ran,
        (r) => r.length > 0,
      ),
    ).toEqual([1]);
  });

  it('hands each job to one of two processes working the same queue', async () => {
    const handled: Array<[string, number]> = [];
    const worker = (p: number) => (j: Jobs) =>
      j.register<{ n: number }>(
        'test.shared',
        async ({ n }) => {
          handled.push([`job-${n}`, p]);
          await sleep(20);
        },
        { batchSize: 5 },
      );
    const [a, b] = [await process(worker(1)), await process(worker(2))];
    const batch = Array.from({ length: 30 }, (_, n) => ({ data: { n }, key: `job-${n}` }));
    await Promise.all([a.sendMany('test.shared', batch), b.sendMany('test.shared', batch)]);
    await eventually(
      async () => handled.length,
      (n) => n >= 30,
    );
    await sleep(500);
    expect(handled.map(([key]) => key).sort()).toEqual(batch.map((j) => j.key).sort());
    expect(await states('test.shared')).toEqual({ completed: 30 });
  });

  it('lets the job in hand finish when it stops', async () => {
    let finished = false;
    let started = false;
    const jobs = await process((j) =>
      j.register('test.slow', async () => {
        started = true;
        await sleep(700);
        finished = true;
      }),
    );
    await jobs.send('test.slow', {});
    await eventually(async () => started, Boolean);
    await stop(jobs);
    expect(finished).toBe(true);
    expect(await states('test.slow')).toEqual({ completed: 1 });
  });
});
