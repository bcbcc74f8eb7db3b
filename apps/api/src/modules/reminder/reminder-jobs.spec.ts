import { scheduleHuddle } from '../../../test/huddle-factories';
import { eventually, jobStates, jobsSettled } from '../../../test/jobs-helpers';
import { createCohortWorld, openPrompt } from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { DELIVER_QUEUE, ReminderSweepService } from './reminder-sweep.service';

const HOUR = 3600_000;
const JOBS = { JOBS_ENABLED: 'true', JOB_TIMEOUT_SECONDS: '5', JOB_RETRY_SECONDS: '1' };

/** The reminder jobs end to end: sweeps and deliveries on pg-boss, in two API processes sharing one database. */
describe('reminder jobs', () => {
  let a: TestApp & { databaseUrl: string };
  let b: TestApp;
  beforeAll(async () => {
    a = await startTestApp(JOBS);
    b = await startTestApp(JOBS, { databaseUrl: a.databaseUrl });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  const nudgeKeys = async (userIds: string[]): Promise<string[]> =>
    (
      await a.dataSource.query(
        `SELECT dedupe_key FROM notification WHERE kind = 'HUDDLE_NUDGE' AND user_id = ANY($1) ORDER BY 1`,
        [userIds],
      )
    ).map((r: { dedupe_key: string }) => r.dedupe_key);

  /** A cohort whose members have not posted, with `huddles` huddles 40 hours away: one nudge each. */
  const world = async (members: number, huddles: number) => {
    const w = await createCohortWorld(t(), members);
    const promptId = await openPrompt(w.facilitator.client, w.cohortId, { title: 'Exit tickets' });
    for (let i = 0; i < huddles; i++) {
      await scheduleHuddle(w.facilitator.client, w.cohortId, [promptId], {
        startsAt: new Date(Date.now() + 40 * HOUR + i * 60_000).toISOString(),
        nudgeHours: [48],
      });
    }
    return { ...w, ids: w.members.map((m) => m.id) };
  };
  const t = () => a;

  it('creates each reminder exactly once when two processes sweep and deliver at the same time', async () => {
    const w = await world(6, 3);
    const sweeps = [a, b, a, b].map((app) => app.app.get(ReminderSweepService).sweep());
    await Promise.all(sweeps);
    await eventually(
      () => nudgeKeys(w.ids),
      (keys) => keys.length >= 18,
    );
    await jobsSettled(a.dataSource, DELIVER_QUEUE);
    const keys = await nudgeKeys(w.ids);
    expect(keys).toHaveLength(18);
    expect(new Set(keys).size).toBe(18);
    // One delivery job per reminder, not one per sweep.
    const jobs: Array<{ n: number }> = await a.dataSource.query(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND data->'notification'->>'dedupeKey' = ANY($2)`,
      [DELIVER_QUEUE, keys],
    );
    expect(jobs[0]!.n).toBe(18);
    // A later sweep finds them delivered and queues nothing for them.
    await a.app.get(ReminderSweepService).sweep();
    expect(
      (await a.app.get(ReminderSweepService).findDue()).filter((d) => keys.includes(d.notification.dedupeKey)),
    ).toEqual([]);
  });

  it('delivers to everyone else when one recipient’s notification fails, and retries that one', async () => {
    const w = await world(4, 1);
    const [unlucky, ...others] = w.ids;
    // The database refuses this one person's notification (as an over-long text did before).
    await a.dataSource.query(`
      CREATE FUNCTION refuse_unlucky() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.user_id = '${unlucky}' THEN RAISE EXCEPTION 'value too long for type character varying(300)'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER refuse_unlucky BEFORE INSERT ON notification FOR EACH ROW EXECUTE FUNCTION refuse_unlucky();`);
    try {
      await a.app.get(ReminderSweepService).sweep();
      expect(
        await eventually(
          () => nudgeKeys(others),
          (k) => k.length === 3,
        ),
      ).toHaveLength(3);
      await eventually(
        () => jobStates(a.dataSource, DELIVER_QUEUE),
        (s) => (s.retry ?? 0) >= 1,
      );
      expect(await nudgeKeys([unlucky!])).toEqual([]);
    } finally {
      await a.dataSource.query(`DROP TRIGGER refuse_unlucky ON notification; DROP FUNCTION refuse_unlucky();`);
    }
    // The retry (after its backoff) delivers it, once.
    expect(
      await eventually(
        () => nudgeKeys([unlucky!]),
        (k) => k.length === 1,
      ),
    ).toHaveLength(1);
    expect(await nudgeKeys(w.ids)).toHaveLength(4);
  });

  it('announces a prompt published to open at once without waiting for the minute’s sweep', async () => {
    const w = { ...(await createCohortWorld(a, 2)) };
    const ids = w.members.map((m) => m.id);
    const published = Date.now();
    const promptId = await openPrompt(w.facilitator.client, w.cohortId, { title: 'Week 4' });
    const texts = () =>
      a.dataSource
        .query(
          `SELECT user_id, text FROM notification WHERE kind = 'PROMPT_OPENED' AND link LIKE $1 ORDER BY user_id`,
          [`%${promptId}`],
        )
        .then((rows: Array<{ user_id: string; text: string }>) => rows);
    const rows = await eventually(texts, (r) => r.length === 3, 5_000);
    expect(Date.now() - published).toBeLessThan(5_000);
    expect(rows.map((r) => r.user_id).sort()).toEqual([...ids, w.observer.id].sort());
    expect(rows.every((r) => r.text === '“Week 4” is open.')).toBe(true);
  });

  it('leaves pg-boss in its own schema, which the entities-vs-migrations check ignores', async () => {
    const schemas = await a.dataSource.query(
      `SELECT DISTINCT table_schema AS s FROM information_schema.tables WHERE table_name = 'job'`,
    );
    expect(schemas).toEqual([{ s: 'pgboss' }]);
    const drift = await a.dataSource.driver.createSchemaBuilder().log();
    expect(drift.upQueries.map((q) => q.query)).toEqual([]);
  });
});
