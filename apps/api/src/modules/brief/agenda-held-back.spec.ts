import { scheduleHuddle } from '../../../test/huddle-factories';
import { createCohortWorld, openPrompt, post } from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';

const HELD_BACK = `query ($id: ID!) { heldBackAgendaSuggestions(huddleId: $id) {
  title kind contributionId reason facilitatorsOnly titleIfAdded timeBoxMinutes } }`;
const SUGGEST = `mutation ($id: ID!) { suggestAgenda(huddleId: $id) { title } }`;
const SPOTLIGHT = `mutation ($id: ID!) { spotlightContribution(input: { contributionId: $id, spotlight: true }) { id } }`;
const FLAG = `mutation ($id: ID!) { flagForDiscussion(contributionId: $id, on: true) }`;
const ADD = `mutation ($input: AgendaItemInput!) { addAgendaItem(input: $input) { id title kind contributionId } }`;
const AGENDA = `query ($id: ID!) { huddle(id: $id) { agenda { id title kind contributionId timeBoxMinutes } } }`;

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

  it('“Add anyway” (as the agenda editor does it) gives members an item naming the prompt, never the post, its text or a link to it', async () => {
    const world = await createCohortWorld(t, 3);
    const [ana, ben, cleo] = world.members;
    const fac = world.facilitator.client;
    const postFirst = await openPrompt(fac, world.cohortId, { title: 'Post first', revealRule: 'POST_FIRST' });
    const hidden = await openPrompt(fac, world.cohortId, { title: 'Hidden', revealRule: 'FACILITATORS_ONLY' });
    const zebra = await post(ana!.client, postFirst, 'Zebra strategy only posters may read.');
    await post(ben!.client, postFirst, 'Another poster.');
    await ben!.client.ok(FLAG, { id: zebra });
    const quokka = await post(ana!.client, hidden, 'Quokka notes for facilitators only.');
    await fac.ok(SPOTLIGHT, { id: quokka });
    const [huddle] = await scheduleHuddle(fac, world.cohortId, [postFirst, hidden]);
    const { heldBackAgendaSuggestions: held } = await fac.ok(HELD_BACK, { id: huddle.id });
    expect(held.length).toBeGreaterThanOrEqual(2);

    // The agenda editor's "Add anyway": the title the API proposes, its time box, nothing else.
    for (const h of held) {
      const { addAgendaItem } = await fac.ok(ADD, {
        input: { huddleId: huddle.id, title: h.titleIfAdded, timeBoxMinutes: h.timeBoxMinutes },
      });
      expect(addAgendaItem).toMatchObject({ kind: 'CUSTOM', contributionId: null, title: h.titleIfAdded });
    }
    const facilitatorsOnly = held.find((h: any) => h.contributionId === quokka);
    expect(facilitatorsOnly.titleIfAdded).toContain('(visible to facilitators only)');

    // Cleo has posted nowhere: the agenda she reads names prompts and who may see them, nothing more.
    const { huddle: seen } = await cleo!.client.ok(AGENDA, { id: huddle.id });
    expect(seen.agenda.map((a: any) => a.title)).toEqual(held.map((h: any) => h.titleIfAdded));
    for (const item of seen.agenda) expect(item.contributionId).toBeNull();
    expect(JSON.stringify(seen)).not.toMatch(/zebra|quokka|Another poster/i);
    expect(JSON.stringify(seen)).not.toContain(zebra);
    expect(JSON.stringify(seen)).not.toContain(quokka);
  });

  it('is for facilitators only: a member is refused, another organisation learns nothing', async () => {
    const world = await createCohortWorld(t, 1);
    const [huddle] = await scheduleHuddle(world.facilitator.client, world.cohortId, []);
    expect((await world.members[0]!.client.fail(HELD_BACK, { id: huddle.id })).extensions?.code).toBe('FORBIDDEN');
    const other = await createCohortWorld(t, 0);
    expect((await other.facilitator.client.fail(HELD_BACK, { id: huddle.id })).extensions?.code).toBe('NOT_FOUND');
  });
});
