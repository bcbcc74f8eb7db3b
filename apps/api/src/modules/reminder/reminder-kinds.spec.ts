import { scheduleHuddle } from '../../../test/huddle-factories';
import { createCohortWorld, openPrompt, post } from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { Clock, type TestClock } from '../../common/clock/clock';
import { ReminderSweepService } from './reminder-sweep.service';

const HOUR = 3600_000;
const ADD_ACTION_ITEM = `mutation ($input: AddActionItemInput!) { addActionItem(input: $input) { id } }`;
const COMPLETE_ACTION_ITEM = `mutation ($id: ID!) { completeActionItem(id: $id, done: true) { id } }`;

/** Who gets which reminder, as time moves on the test clock (inline deliveries: the jobs are tested elsewhere). */
describe('reminders: who gets what, and when', () => {
  let t: TestApp;
  let clock: TestClock;
  let reminders: ReminderSweepService;
  beforeAll(async () => {
    t = await startTestApp();
    clock = t.app.get(Clock) as TestClock;
    reminders = t.app.get(ReminderSweepService);
  });
  afterEach(() => clock.reset());
  afterAll(() => t.close());

  /** user id → texts of that kind they received. */
  const received = async (kind: string, userIds: string[]): Promise<Record<string, string[]>> => {
    const rows: Array<{ user_id: string; text: string }> = await t.dataSource.query(
      `SELECT user_id, text FROM notification WHERE kind = $1 AND user_id = ANY($2) ORDER BY created_at, text`,
      [kind, userIds],
    );
    return Object.fromEntries(userIds.map((id) => [id, rows.filter((r) => r.user_id === id).map((r) => r.text)]));
  };
  const at = async (when: Date) => {
    clock.set(when);
    return reminders.deliverDueNow();
  };

  it('announces a scheduled prompt when it opens, to every cohort member but its creator, once', async () => {
    const world = await createCohortWorld(t, 2);
    const opensAt = new Date(Date.now() + 48 * HOUR);
    await openPrompt(world.facilitator.client, world.cohortId, { title: 'Week 4', opensAt: opensAt.toISOString() });
    const everyone = [world.facilitator, ...world.members, world.observer, world.outsider].map((p) => p.id);
    await at(new Date(opensAt.getTime() - 60_000));
    expect(Object.values(await received('PROMPT_OPENED', everyone)).flat()).toEqual([]);

    await at(new Date(opensAt.getTime() + 60_000));
    await at(new Date(opensAt.getTime() + 2 * 60_000)); // not twice
    expect(await received('PROMPT_OPENED', everyone)).toEqual({
      [world.facilitator.id]: [],
      [world.members[0]!.id]: ['“Week 4” is open.'],
      [world.members[1]!.id]: ['“Week 4” is open.'],
      [world.observer.id]: ['“Week 4” is open.'],
      [world.outsider.id]: [],
    });
  });

  it('announces a prompt published to open at once, and not one that is still a draft', async () => {
    const world = await createCohortWorld(t, 1);
    await openPrompt(world.facilitator.client, world.cohortId, { title: 'Open now' });
    await world.facilitator.client.ok(`mutation ($input: CreatePromptInput!) { createPrompt(input: $input) { id } }`, {
      input: {
        cohortId: world.cohortId,
        title: 'Draft',
        opensAt: new Date().toISOString(),
        acceptedKinds: ['IDEA'],
        revealRule: 'OPEN',
        anonymity: 'NONE',
        reviewMode: 'NONE',
      },
    });
    await at(new Date(Date.now() + 60_000));
    expect(await received('PROMPT_OPENED', [world.members[0]!.id])).toEqual({
      [world.members[0]!.id]: ['“Open now” is open.'],
    });
  });

  it('reminds reviewers of open assignments a day before the prompt is due, never naming the author', async () => {
    const world = await createCohortWorld(t, 4);
    const dueAt = new Date(Date.now() + 72 * HOUR);
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, {
      title: 'Anonymous feedback round',
      anonymity: 'TO_PEERS',
      reviewMode: 'ASSIGNED',
      reviewsPerContribution: 1,
      dueAt: dueAt.toISOString(),
    });
    for (const m of world.members) await post(m.client, promptId);
    const owed: Array<{ reviewer_id: string; n: number }> = await t.dataSource.query(
      `SELECT reviewer_id, count(*)::int AS n FROM review_assignment WHERE prompt_id = $1 GROUP BY reviewer_id`,
      [promptId],
    );
    expect(owed.length).toBeGreaterThan(0);
    const ids = world.members.map((m) => m.id);

    await at(new Date(dueAt.getTime() - 30 * HOUR)); // not yet within a day
    expect(Object.values(await received('REVIEW_DUE', ids)).flat()).toEqual([]);
    await at(new Date(dueAt.getTime() - 20 * HOUR));
    await at(new Date(dueAt.getTime() - 19 * HOUR));
    const got = await received('REVIEW_DUE', ids);
    for (const id of ids) {
      const n = owed.find((o) => o.reviewer_id === id)?.n ?? 0;
      const text =
        n === 1
          ? 'A review for “Anonymous feedback round” is due soon.'
          : `${n} reviews for “Anonymous feedback round” are due soon.`;
      expect(got[id]).toEqual(n ? [text] : []);
    }
    expect(Object.values(got).flat().join(' ')).not.toMatch(/Test Person/);
    // After the due time, nothing more.
    await at(new Date(dueAt.getTime() + HOUR));
    expect(Object.values(await received('REVIEW_DUE', ids)).flat()).toHaveLength(Object.values(got).flat().length);
  });

  it('sends no review reminder for a prompt without a due date or closing time', async () => {
    const world = await createCohortWorld(t, 3);
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, {
      reviewMode: 'ASSIGNED',
      reviewsPerContribution: 1,
    });
    for (const m of world.members) await post(m.client, promptId);
    for (const hours of [1, 24, 24 * 30]) await at(new Date(Date.now() + hours * HOUR));
    expect(
      Object.values(
        await received(
          'REVIEW_DUE',
          world.members.map((m) => m.id),
        ),
      ).flat(),
    ).toEqual([]);
  });

  it('reminds an action item’s owner the day before it is due, unless it is done', async () => {
    const world = await createCohortWorld(t, 2);
    const [owner, other] = world.members;
    const [huddle] = await scheduleHuddle(world.facilitator.client, world.cohortId, [], {
      startsAt: new Date(Date.now() + HOUR).toISOString(),
    });
    const dueOn = new Date(Date.now() + 3 * 24 * HOUR).toISOString().slice(0, 10);
    const add = async (ownerId: string, text: string) =>
      (
        await world.facilitator.client.ok(ADD_ACTION_ITEM, {
          input: { huddleId: huddle!.id, ownerId, text, dueOn },
        })
      ).addActionItem.id as string;
    await add(owner!.id, 'Bring three exit tickets');
    const done = await add(other!.id, 'Share the rubric');
    await world.facilitator.client.ok(COMPLETE_ACTION_ITEM, { id: done });
    const dueAt = new Date(`${dueOn}T23:59:00Z`); // the huddle meets in UTC

    await at(new Date(dueAt.getTime() - 30 * HOUR));
    await at(new Date(dueAt.getTime() - 10 * HOUR));
    await at(new Date(dueAt.getTime() - 9 * HOUR));
    expect(await received('ACTION_ITEM_DUE', [owner!.id, other!.id, world.facilitator.id])).toEqual({
      [owner!.id]: ['Your action item “Bring three exit tickets” is due soon.'],
      [other!.id]: [],
      [world.facilitator.id]: [],
    });
  });

  it('tells every cohort member the brief is ready a day before the huddle, not for a cancelled one', async () => {
    const world = await createCohortWorld(t, 1);
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    const startsAt = new Date(Date.now() + 5 * 24 * HOUR);
    await scheduleHuddle(world.facilitator.client, world.cohortId, [promptId], {
      title: 'Week 4 huddle',
      startsAt: startsAt.toISOString(),
    });
    const [cancelled] = await scheduleHuddle(world.facilitator.client, world.cohortId, [promptId], {
      title: 'Cancelled huddle',
      startsAt: startsAt.toISOString(),
    });
    await world.facilitator.client.ok(`mutation ($id: ID!) { cancelHuddle(huddleId: $id, scope: THIS) { id } }`, {
      id: cancelled!.id,
    });
    const people = [world.facilitator, world.members[0]!, world.observer, world.outsider].map((p) => p.id);

    await at(new Date(startsAt.getTime() - 25 * HOUR));
    expect(Object.values(await received('BRIEF_READY', people)).flat()).toEqual([]);
    await at(new Date(startsAt.getTime() - 23 * HOUR));
    await at(new Date(startsAt.getTime() - 22 * HOUR));
    const ready = 'The brief for “Week 4 huddle” is ready: read it before the huddle.';
    expect(await received('BRIEF_READY', people)).toEqual({
      [world.facilitator.id]: [ready],
      [world.members[0]!.id]: [ready],
      [world.observer.id]: [ready],
      [world.outsider.id]: [],
    });
  });

  it('clips a nudge naming long titles to the column, with an ellipsis, instead of failing it', async () => {
    const world = await createCohortWorld(t, 1);
    const long = (n: number) => `${n} ${'a very long prompt title '.repeat(8)}`.slice(0, 160);
    const prompts = [];
    for (let i = 1; i <= 3; i++)
      prompts.push(await openPrompt(world.facilitator.client, world.cohortId, { title: long(i) }));
    const startsAt = new Date(Date.now() + 40 * HOUR);
    await scheduleHuddle(world.facilitator.client, world.cohortId, prompts, {
      title: 'H'.repeat(160),
      startsAt: startsAt.toISOString(),
    });
    await at(new Date());
    const [nudge] = (await received('HUDDLE_NUDGE', [world.members[0]!.id]))[world.members[0]!.id]!;
    expect(nudge).toBeDefined();
    expect([...nudge!].length).toBeLessThanOrEqual(300);
    expect(nudge).toMatch(/…/);
  });

  it('drops a queued reminder whose huddle was cancelled, or whose action item was done, before its delivery ran', async () => {
    const world = await createCohortWorld(t, 1);
    const [member] = world.members;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    const [huddle] = await scheduleHuddle(world.facilitator.client, world.cohortId, [promptId], {
      startsAt: new Date(Date.now() + 40 * HOUR).toISOString(),
    });
    const later = new Date(Date.now() + HOUR);
    const dueOn = later.toISOString().slice(0, 10); // due within a day of `later`
    const { addActionItem } = await world.facilitator.client.ok(ADD_ACTION_ITEM, {
      input: { huddleId: huddle!.id, ownerId: member!.id, text: 'Bring exit tickets', dueOn },
    });
    clock.set(later);
    const queued = (await reminders.findDue()).filter((d) => d.notification.userId === member!.id);
    expect(queued.map((d) => d.notification.kind).sort()).toEqual(['ACTION_ITEM_DUE', 'HUDDLE_NUDGE', 'PROMPT_OPENED']);

    await world.facilitator.client.ok(`mutation ($id: ID!) { cancelHuddle(huddleId: $id, scope: THIS) { id } }`, {
      id: huddle!.id,
    });
    await world.facilitator.client.ok(COMPLETE_ACTION_ITEM, { id: addActionItem.id });
    for (const due of queued) await reminders.deliver(due);
    const kinds = await t.dataSource.query(`SELECT kind FROM notification WHERE user_id = $1 ORDER BY kind`, [
      member!.id,
    ]);
    // The assignment itself was announced when it was given; its due reminder is dropped.
    expect(kinds.map((k: { kind: string }) => k.kind)).toEqual([
      'ACTION_ITEM_ASSIGNED',
      'HUDDLE_CANCELLED',
      'PROMPT_OPENED',
    ]);
  });
});
