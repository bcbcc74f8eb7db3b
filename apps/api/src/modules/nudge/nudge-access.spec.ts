import { addMember, createTenant } from '../../../test/factories';
import { createCohortWorld, CREATE_PROMPT, openPrompt, post } from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { Clock, type TestClock } from '../../common/clock/clock';
import { nudgesOf, PREVIEW, SEND } from './nudge-test-helpers';

const HOUR = 3_600_000;

describe('who may nudge, and bad input', () => {
  let t: TestApp;
  let clock: TestClock;
  beforeAll(async () => {
    t = await startTestApp();
    clock = t.app.get(Clock) as TestClock;
  });
  afterEach(() => clock.reset());
  afterAll(() => t.close());

  const sentCount = async (promptId: string) =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM nudge_sent WHERE prompt_id = $1`, [promptId]))[0].n;

  it('requires authentication; members and observers get FORBIDDEN, other organizations NOT_FOUND', async () => {
    const world = await createCohortWorld(t, 2);
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    const stranger = (await createTenant(t)).owner;
    const vars = { p: promptId, a: 'NOT_POSTED' };
    expect((await t.client().fail(SEND, vars)).extensions?.code).toBe('UNAUTHENTICATED');
    for (const q of [PREVIEW, SEND]) {
      expect((await world.members[0]!.client.fail(q, vars)).extensions?.code).toBe('FORBIDDEN');
      expect((await world.observer.client.fail(q, vars)).extensions?.code).toBe('FORBIDDEN');
      expect((await world.outsider.client.fail(q, vars)).extensions?.code).toBe('NOT_FOUND');
      expect((await stranger.fail(q, vars)).extensions?.code).toBe('NOT_FOUND');
    }
    expect(await sentCount(promptId)).toBe(0);
    expect(
      Object.values(
        await nudgesOf(
          t,
          world.members.map((m) => m.id),
        ),
      ),
    ).toEqual([0, 0]);
  });

  it('refuses a long or blank message, an unknown audience, a draft or closed prompt, changing nothing', async () => {
    const world = await createCohortWorld(t, 2);
    const fac = world.facilitator.client;
    const promptId = await openPrompt(fac, world.cohortId, { closesAt: new Date(Date.now() + HOUR).toISOString() });
    const long = await fac.fail(SEND, { p: promptId, a: 'NOT_POSTED', m: 'x'.repeat(281) });
    expect(long.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { message: 'At most 280 characters.' } });
    const blank = await fac.fail(SEND, { p: promptId, a: 'NOT_POSTED', m: '   ' });
    expect(blank.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { message: expect.any(String) } });
    const audience = await fac.fail(SEND, { p: promptId, a: 'EVERYONE' });
    expect(audience.extensions?.code).toBe('BAD_USER_INPUT');

    const { createPrompt: draft } = await fac.ok(CREATE_PROMPT, {
      input: {
        cohortId: world.cohortId,
        title: 'Not yet',
        opensAt: new Date().toISOString(),
        acceptedKinds: ['IDEA'],
        revealRule: 'OPEN',
        anonymity: 'NONE',
        reviewMode: 'NONE',
      },
    });
    const drafted = await fac.fail(SEND, { p: draft.id, a: 'NOT_POSTED' });
    expect(drafted.extensions).toMatchObject({
      code: 'CONFLICT',
      fields: { promptId: expect.stringContaining('draft') },
    });

    clock.advance(2 * HOUR);
    for (const q of [PREVIEW, SEND]) {
      const closed = await fac.fail(q, { p: promptId, a: 'NOT_POSTED' });
      expect(closed.extensions).toMatchObject({
        code: 'CONFLICT',
        fields: { promptId: expect.stringContaining('closed') },
      });
    }
    expect(await sentCount(promptId)).toBe(0);
    expect(await sentCount(draft.id)).toBe(0);
  });

  it('names who has not posted to the cohort’s facilitators only: an admin outside the cohort gets counts', async () => {
    const world = await createCohortWorld(t, 3);
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, {
      anonymity: 'TO_PEERS',
      revealRule: 'POST_FIRST',
    });
    await post(world.members[0]!.client, promptId);
    const admin = await addMember(t, world.facilitator.client, world.organization.id, 'ADMIN');

    const { nudgePreview: asAdmin } = await admin.client.ok(PREVIEW, { p: promptId, a: 'NOT_POSTED' });
    expect(asAdmin).toMatchObject({ total: 2, reachable: 2, namesHidden: true, recipients: [] });
    expect(JSON.stringify(asAdmin)).not.toContain(world.members[1]!.id);

    const { nudgePreview: asFacilitator } = await world.facilitator.client.ok(PREVIEW, {
      p: promptId,
      a: 'NOT_POSTED',
    });
    expect(asFacilitator).toMatchObject({ total: 2, namesHidden: false });
    expect(asFacilitator.recipients.map((r: { userId: string }) => r.userId).sort()).toEqual(
      [world.members[1]!.id, world.members[2]!.id].sort(),
    );
    // The admin runs the cohort, so they may still send; the result names nobody either.
    const { sendNudge } = await admin.client.ok(SEND, { p: promptId, a: 'NOT_POSTED' });
    expect(sendNudge).toMatchObject({ reached: 2, preview: { recipients: [] } });
  });
});
