import { SCHEDULE, scheduleHuddle } from '../../../test/huddle-factories';
import { createCohortWorld } from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';

const UPDATE = `mutation ($input: UpdateHuddleInput!) { updateHuddle(input: $input) { id title startsAt } }`;
const LIST = `query ($id: ID!) { cohort(id: $id) { huddles { id } } }`;
const IN_2020 = '2020-12-08T15:00:00.000Z';

describe('a huddle dated in the past', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('is refused with the date spelled out on startsAt, and nothing is scheduled', async () => {
    const world = await createCohortWorld(t, 1);
    const input = { cohortId: world.cohortId, title: 'Typo in the year', startsAt: IN_2020, promptIds: [] };
    const refused = await world.facilitator.client.fail(SCHEDULE, { input });
    expect(refused.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.extensions?.fields?.startsAt).toMatch(/8 Dec 2020.*is in the past/);
    const { cohort } = await world.facilitator.client.ok(LIST, { id: world.cohortId });
    expect(cohort.huddles).toEqual([]);

    // Confirmed as a huddle that already happened, it is recorded.
    const { scheduleHuddle: done } = await world.facilitator.client.ok(SCHEDULE, {
      input: { ...input, allowPast: true },
    });
    expect(done[0].startsAt).toBe(IN_2020);
  });

  it('is refused when an edit moves a huddle into the past; other edits of it still work', async () => {
    const world = await createCohortWorld(t, 1);
    const [huddle] = await scheduleHuddle(world.facilitator.client, world.cohortId, []);
    const edit = { huddleId: huddle.id, title: 'Renamed', durationMinutes: 45 };
    const refused = await world.facilitator.client.fail(UPDATE, { input: { ...edit, startsAt: IN_2020 } });
    expect(refused.extensions?.fields?.startsAt).toMatch(/is in the past/);
    const kept = await world.facilitator.client.ok(UPDATE, { input: { ...edit, startsAt: huddle.startsAt } });
    expect(kept.updateHuddle[0]).toMatchObject({ title: 'Renamed', startsAt: huddle.startsAt });
  });
});
