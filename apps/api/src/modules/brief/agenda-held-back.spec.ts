import { scheduleHuddle } from '../../../test/huddle-factories';
import { createCohortWorld, openPrompt, post } from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';

const HELD_BACK = `query ($id: ID!) { heldBackAgendaSuggestions(huddleId: $id) {
  title kind contributionId reason facilitatorsOnly titleIfAdded timeBoxMinutes } }`;
const SUGGEST = `mutation ($id: ID!) { suggestAgenda(huddleId: $id) { title } }`;
const SPOTLIGHT = `mutation ($id: ID!) { spotlightContribution(input: { contributionId: $id, spotlight: true }) { id } }`;
const FLAG = `mutation ($id: ID!) { flagForDiscussion(contributionId: $id, on: true) }`;

describe('agenda suggestions the brief holds back', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('explains why a flagged POST_FIRST post and a FACILITATORS_ONLY spotlight are not suggested, with titles that do not quote them', async () => {
    const world = await createCohortWorld(t, 3);
    const [ana, ben] = world.members;
    const fac = world.facilitator.client;
    const postFirst = await openPrompt(fac, world.cohortId, { title: 'Post first', revealRule: 'POST_FIRST' });
    const hidden = await openPrompt(fac, world.cohortId, { title: 'Hidden', revealRule: 'FACILITATORS_ONLY' });
    const zebra = await post(ana!.client, postFirst, 'Zebra strategy only posters may read.');
    await post(ben!.client, postFirst, 'Another poster.');
    await ben!.client.ok(FLAG, { id: zebra });
    const quokka = await post(ana!.client, hidden, 'Quokka notes for facilitators only.');
    await fac.ok(SPOTLIGHT, { id: quokka });
    const [huddle] = await scheduleHuddle(fac, world.cohortId, [postFirst, hidden]);

    const { suggestAgenda } = await fac.ok(SUGGEST, { id: huddle.id });
    expect(JSON.stringify(suggestAgenda)).not.toMatch(/zebra|quokka/i);

    const { heldBackAgendaSuggestions: held } = await fac.ok(HELD_BACK, { id: huddle.id });
    const byId = new Map(held.map((h: any) => [h.contributionId, h]));
    expect(byId.get(zebra)).toMatchObject({
      kind: 'NEEDS_DISCUSSION',
      title: expect.stringContaining('Zebra'),
      reason: expect.stringContaining('only after they post'),
      facilitatorsOnly: false,
      titleIfAdded: 'Needs discussion: a post to “Post first” (visible to members who have posted)',
    });
    expect(byId.get(quokka)).toMatchObject({
      kind: 'SPOTLIGHT',
      reason: expect.stringContaining('facilitators and their authors only'),
      facilitatorsOnly: true,
      titleIfAdded: 'Spotlight: a post to “Hidden” (visible to facilitators only)',
    });
    for (const h of held) expect(h.titleIfAdded).not.toMatch(/zebra|quokka/i);
  });

  it('is for facilitators only: a member is refused, another organisation learns nothing', async () => {
    const world = await createCohortWorld(t, 1);
    const [huddle] = await scheduleHuddle(world.facilitator.client, world.cohortId, []);
    expect((await world.members[0]!.client.fail(HELD_BACK, { id: huddle.id })).extensions?.code).toBe('FORBIDDEN');
    const other = await createCohortWorld(t, 0);
    expect((await other.facilitator.client.fail(HELD_BACK, { id: huddle.id })).extensions?.code).toBe('NOT_FOUND');
  });
});
