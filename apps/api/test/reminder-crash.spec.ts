import { type ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { REPO_ROOT } from '../src/config/app-config';
import { DELIVER_QUEUE } from '../src/modules/reminder/reminder-sweep.service';
import { scheduleHuddle } from './huddle-factories';
import { eventually, jobStates } from './jobs-helpers';
import { createCohortWorld, openPrompt } from './learning-factories';
import { startTestApp, type TestApp } from './test-app';

const JOBS = { JOBS_ENABLED: 'true', JOB_TIMEOUT_SECONDS: '2', JOB_RETRY_SECONDS: '1' };

/** A worker process killed (SIGKILL) halfway through a batch of reminders, then another one starting. */
describe('a reminder worker crashing mid-batch', () => {
  let t: TestApp & { databaseUrl: string };
  let restarted: TestApp | undefined;
  let child: ChildProcess | undefined;
  beforeAll(async () => {
    t = await startTestApp(); // serves the test's requests; works no jobs
  });
  afterAll(async () => {
    if (child?.exitCode === null) child.kill('SIGKILL');
    await restarted?.close();
    await t.close();
  });

  it('loses no reminder and doubles none', async () => {
    const world = await createCohortWorld(t, 8);
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, { title: 'Exit tickets' });
    await scheduleHuddle(world.facilitator.client, world.cohortId, [promptId], {
      startsAt: new Date(Date.now() + 40 * 3600_000).toISOString(),
      nudgeHours: [48],
    });

    child = spawn(process.execPath, ['-r', '@swc-node/register', 'test/reminder-worker.process.ts'], {
      cwd: path.join(REPO_ROOT, 'apps', 'api'),
      env: { ...process.env, ...JOBS, DATABASE_URL: t.databaseUrl },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const delivered: string[] = [];
    child.stdout!.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n'))
        if (line.startsWith('delivered ')) delivered.push(line.slice(10));
    });
    await eventually(
      async () => delivered.length,
      (n) => n >= 3,
      30_000,
    );
    child.kill('SIGKILL');
    await new Promise((resolve) => child!.once('exit', resolve));
    // 8 nudges (members who have not posted) and 9 "prompt open" (members and the observer).
    const people = [...world.members, world.observer, world.facilitator].map((p) => p.id);
    const beforeRestart = await keys(people);
    expect(beforeRestart).toEqual(expect.arrayContaining(delivered));
    expect(beforeRestart.length).toBeLessThan(17); // killed mid-batch: some were not delivered
    expect((await jobStates(t.dataSource, DELIVER_QUEUE)).active).toBeGreaterThan(0);

    // Another process takes over: the dead worker's jobs time out, are retried, and end delivered once.
    restarted = await startTestApp(JOBS, { databaseUrl: t.databaseUrl });
    const after = await eventually(
      () => keys(people),
      (k) => k.length >= 17,
      30_000,
    );
    expect(after).toHaveLength(17);
    expect(new Set(after).size).toBe(17);
    expect(after).toEqual(expect.arrayContaining(beforeRestart));
    expect(
      await eventually(
        () => jobStates(t.dataSource, DELIVER_QUEUE),
        (s) => s.completed === 17,
      ),
    ).toEqual({
      completed: 17,
    });
  });

  const keys = async (userIds: string[]): Promise<string[]> =>
    (await t.dataSource.query(`SELECT dedupe_key FROM notification WHERE user_id = ANY($1) ORDER BY 1`, [userIds])).map(
      (r: { dedupe_key: string }) => r.dedupe_key,
    );
});
