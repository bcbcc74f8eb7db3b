import { SCHEDULE, scheduleHuddle } from '../../../test/huddle-factories';
import { createCohortWorld, openPrompt, post } from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { countStatements } from '../../common/database/statement-counter';
import { NudgeService } from './nudge.service';

const NOTIFICATIONS = `query ($org: ID!) { notifications(organizationId: $org) { unreadCount items { kind text link read } } }`;
const UPDATE = `mutation ($input: UpdateHuddleInput!) { updateHuddle(input: $input) { id nudgeHours } }`;

/** An update of a huddle that keeps its details as they are (tests add what they change). */
const details = (h: { id: string; title: string }, startsAt: Date) => ({
  huddleId: h.id,
  title: h.title,
  startsAt: startsAt.toISOString(),
  durationMinutes: 45,
  joinUrl: 'https://meet.example.org/plc-7',
});

describe('nudges before a huddle', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('nudges only members who have not posted, once per offset, and never facilitators or observers', async () => {
    const world = await createCohortWorld(t, 3);
    const [posted, silent, alsoSilent] = world.members;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, { title: 'Exit tickets' });
    await post(posted.client, promptId);
    const startsAt = new Date(Date.now() + 40 * 3600_000);
    const [huddle] = await scheduleHuddle(world.facilitator.client, world.cohortId, [promptId], {
      startsAt: startsAt.toISOString(),
    });
    const nudges = t.app.get(NudgeService);

    expect(await nudges.runDue(new Date())).toBe(2); // within 48 h, not yet within 2 h
    expect(await nudges.runDue(new Date())).toBe(0); // idempotent
    const { notifications } = await silent.client.ok(NOTIFICATIONS, { org: world.organization.id });
    expect(notifications.unreadCount).toBe(1);
    expect(notifications.items[0]).toMatchObject({
      kind: 'HUDDLE_NUDGE',
      link: `/o/${world.organization.id}/huddles/${huddle.id}`,
      read: false,
    });
    expect(notifications.items[0].text).toContain('Exit tickets');
    for (const p of [posted, world.observer, world.facilitator]) {
      expect((await p.client.ok(NOTIFICATIONS, { org: world.organization.id })).notifications.items).toEqual([]);
    }

    // Two hours before: alsoSilent posts in the meantime, only silent gets the second nudge.
    await post(alsoSilent.client, promptId);
    expect(await nudges.runDue(new Date(startsAt.getTime() - 90 * 60_000))).toBe(1);
    expect((await silent.client.ok(NOTIFICATIONS, { org: world.organization.id })).notifications.unreadCount).toBe(2);
    await silent.client.ok(`mutation ($org: ID!) { markNotificationsRead(organizationId: $org) }`, {
      org: world.organization.id,
    });
    expect((await silent.client.ok(NOTIFICATIONS, { org: world.organization.id })).notifications.unreadCount).toBe(0);
  });
});

describe('reminder times chosen per huddle', () => {
  let t: TestApp;
  let nudges: NudgeService;
  beforeAll(async () => {
    t = await startTestApp();
    nudges = t.app.get(NudgeService);
  });
  afterAll(() => t.close());

  // Each test meets in its own month, further apart than the longest reminder, so runDue(now)
  // only ever sees that test's huddles.
  let month = 0;
  const farAhead = () => new Date(Date.now() + ++month * 30 * 86_400_000);
  const hoursBefore = (startsAt: Date, hours: number) => new Date(startsAt.getTime() - hours * 3600_000);
  const sentFor = async (huddleId: string): Promise<string[]> =>
    (
      await t.dataSource.query(
        `SELECT dedupe_key FROM notification WHERE kind = 'HUDDLE_NUDGE' AND dedupe_key LIKE $1 ORDER BY dedupe_key`,
        [`nudge:${huddleId}:%`],
      )
    ).map((r: { dedupe_key: string }) => r.dedupe_key);
  const huddleRow = async (id: string) =>
    (await t.dataSource.query(`SELECT nudge_hours, sequence FROM huddle WHERE id = $1`, [id]))[0] as {
      nudge_hours: number[];
      sequence: number;
    };

  it('nudges at the chosen times only, each once, and never someone who posted', async () => {
    const world = await createCohortWorld(t, 2);
    const [posted, silent] = world.members;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    await post(posted.client, promptId);
    const startsAt = farAhead();
    const [huddle] = await scheduleHuddle(world.facilitator.client, world.cohortId, [promptId], {
      startsAt: startsAt.toISOString(),
      nudgeHours: [24, 168, 24], // kept once each, most distant first
    });
    expect(huddle.nudgeHours).toEqual([168, 24]);
    const { huddle: seen } = await silent.client.ok(`query ($id: ID!) { huddle(id: $id) { nudgeHours } }`, {
      id: huddle.id,
    });
    expect(seen.nudgeHours).toEqual([168, 24]);

    expect(await nudges.runDue(hoursBefore(startsAt, 200))).toBe(0); // not yet a week before
    expect(await nudges.runDue(hoursBefore(startsAt, 160))).toBe(1); // a week before: silent only
    expect(await nudges.runDue(hoursBefore(startsAt, 150))).toBe(0); // not twice
    expect(await nudges.runDue(hoursBefore(startsAt, 40))).toBe(0); // 48 h was not chosen
    expect(await nudges.runDue(hoursBefore(startsAt, 20))).toBe(1);
    expect(await nudges.runDue(hoursBefore(startsAt, 19))).toBe(0);
    expect(await nudges.runDue(hoursBefore(startsAt, 1))).toBe(0); // 2 h was not chosen
    expect(await sentFor(huddle.id)).toEqual([
      `nudge:${huddle.id}:168:${silent.id}`,
      `nudge:${huddle.id}:24:${silent.id}`,
    ]);
    const { notifications } = await posted.client.ok(NOTIFICATIONS, { org: world.organization.id });
    expect(notifications.items).toEqual([]);
  });

  it('sends nothing for a huddle without reminders, nor for one that is no longer scheduled', async () => {
    const world = await createCohortWorld(t, 2);
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    const startsAt = farAhead();
    const [none] = await scheduleHuddle(world.facilitator.client, world.cohortId, [promptId], {
      startsAt: startsAt.toISOString(),
      nudgeHours: [],
    });
    expect(none.nudgeHours).toEqual([]);
    // Scheduled with the default reminders, then turned off.
    const [turnedOff] = await scheduleHuddle(world.facilitator.client, world.cohortId, [promptId], {
      startsAt: startsAt.toISOString(),
    });
    expect(turnedOff.nudgeHours).toEqual([48, 2]);
    const { updateHuddle } = await world.facilitator.client.ok(UPDATE, {
      input: { ...details(turnedOff, startsAt), nudgeHours: [] },
    });
    expect(updateHuddle[0].nudgeHours).toEqual([]);
    // A live one keeps its reminders but is not nudged.
    const [live] = await scheduleHuddle(world.facilitator.client, world.cohortId, [promptId], {
      startsAt: startsAt.toISOString(),
      nudgeHours: [336, 1],
    });
    await world.facilitator.client.ok(`mutation ($id: ID!) { startHuddle(id: $id) { status } }`, { id: live.id });

    for (const hours of [300, 47, 1.5, 0.5]) expect(await nudges.runDue(hoursBefore(startsAt, hours))).toBe(0);
    for (const h of [none, turnedOff, live]) expect(await sentFor(h.id)).toEqual([]);
  });

  it('refuses reminder times out of range, or too many, per field, and changes nothing', async () => {
    const world = await createCohortWorld(t, 1);
    const startsAt = farAhead();
    const [huddle] = await scheduleHuddle(world.facilitator.client, world.cohortId, [], {
      startsAt: startsAt.toISOString(),
      nudgeHours: [24],
    });
    const count = async () =>
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM huddle WHERE cohort_id = $1`, [world.cohortId]))[0]
        .n as number;
    const cases: Array<[number[], string]> = [
      [[0], 'Remind at least 1 hour before the start.'],
      [[48, 500], 'Remind at most 336 hours (two weeks) before the start.'],
      [[336, 168, 48, 24, 2], 'Pick at most 4 reminder times.'],
    ];
    for (const [nudgeHours, message] of cases) {
      const scheduled = await world.facilitator.client.fail(SCHEDULE, {
        input: { cohortId: world.cohortId, title: 'Reminders', startsAt: startsAt.toISOString(), nudgeHours },
      });
      expect(scheduled.extensions?.code).toBe('BAD_USER_INPUT');
      expect(scheduled.extensions?.fields).toEqual({ nudgeHours: message });
      const updated = await world.facilitator.client.fail(UPDATE, {
        input: { ...details(huddle, startsAt), nudgeHours },
      });
      expect(updated.extensions?.code).toBe('BAD_USER_INPUT');
      expect(updated.extensions?.fields).toEqual({ nudgeHours: message });
    }
    expect(await count()).toBe(1);
    expect(await huddleRow(huddle.id)).toEqual({ nudge_hours: [24], sequence: 0 });
    // Repeats count once: four different times are fine.
    const [fine] = await scheduleHuddle(world.facilitator.client, world.cohortId, [], {
      startsAt: startsAt.toISOString(),
      nudgeHours: [1, 2, 2, 24, 336, 1],
    });
    expect(fine.nudgeHours).toEqual([336, 24, 2, 1]);
  });

  it('carries changed reminders to the following meetings, keeps them when left out, and re-sends no calendar event', async () => {
    const world = await createCohortWorld(t, 1);
    const startsAt = farAhead();
    const series = await scheduleHuddle(world.facilitator.client, world.cohortId, [], {
      title: 'Weekly PLC',
      startsAt: startsAt.toISOString(),
      recurrence: 'WEEKLY',
      occurrences: 3,
    });
    const [first, second, third] = series;
    await world.facilitator.client.ok(UPDATE, {
      input: { ...details(second, new Date(second.startsAt)), nudgeHours: [24], scope: 'FOLLOWING' },
    });
    // Another edit that leaves the reminders out keeps them.
    await world.facilitator.client.ok(UPDATE, {
      input: { ...details(third, new Date(third.startsAt)), durationMinutes: 60 },
    });
    expect(await Promise.all(series.map((h) => huddleRow(h.id)))).toEqual([
      { nudge_hours: [48, 2], sequence: 0 },
      { nudge_hours: [24], sequence: 0 },
      { nudge_hours: [24], sequence: 1 },
    ]);
    expect(first.nudgeHours).toEqual([48, 2]);
    const { notifications } = await world.members[0].client.ok(NOTIFICATIONS, { org: world.organization.id });
    expect(notifications.items.map((n: { kind: string }) => n.kind)).toEqual(['HUDDLE_RESCHEDULED']);
  });

  it('finds every due nudge in one statement, however many huddles are due', async () => {
    const run = async (offsets: number[][]) => {
      const world = await createCohortWorld(t, 2);
      const promptId = await openPrompt(world.facilitator.client, world.cohortId);
      const startsAt = farAhead();
      for (const nudgeHours of offsets) {
        await scheduleHuddle(world.facilitator.client, world.cohortId, [promptId], {
          startsAt: new Date(startsAt.getTime() + 5 * 3600_000).toISOString(),
          nudgeHours,
        });
      }
      return countStatements(() => nudges.due(startsAt));
    };
    const one = await run([[48, 2]]);
    const many = await run([[48, 2], [168], [24, 1], [6], [336, 12, 3, 2]]);
    expect(one.result).toHaveLength(2);
    expect(many.result).toHaveLength(10); // two members, once per huddle: the nearest reminder time reached
    expect(one.statements).toHaveLength(1);
    expect(many.statements).toHaveLength(1);
  });
});
