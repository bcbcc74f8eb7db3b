import { scheduleHuddle } from '../../../test/huddle-factories';
import { createCohortWorld, openPrompt, post } from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';

const BRIEF = `query ($id: ID!) { brief(huddleId: $id) { prompts {
  title peerVisibility anonymity contributionCount participation { postedCount memberCount namesVisible } } } }`;
const MARKDOWN = `query ($id: ID!) { briefMarkdown(huddleId: $id) }`;

describe('the brief says the same thing as the reveal rule (PRODUCT.md rule 2)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('tells a member who has not posted to a POST_FIRST prompt that peers posted and theirs unlocks them', async () => {
    const world = await createCohortWorld(t, 3);
    const [ana, ben, cy] = world.members;
    const fac = world.facilitator.client;
    const prompt = await openPrompt(fac, world.cohortId, { title: 'Post first', revealRule: 'POST_FIRST' });
    await post(ana.client, prompt, 'Hinge questions.');
    await post(ben.client, prompt, 'Whiteboards.');
    const [huddle] = await scheduleHuddle(fac, world.cohortId, [prompt]);

    const before = (await cy.client.ok(BRIEF, { id: huddle.id })).brief.prompts[0];
    expect(before).toMatchObject({
      peerVisibility: 'AFTER_VIEWER_POSTS',
      contributionCount: 0,
      participation: { postedCount: 2, memberCount: 3, namesVisible: false },
    });
    const markdown = (await cy.client.ok(MARKDOWN, { id: huddle.id })).briefMarkdown as string;
    expect(markdown).toContain('2 peers have posted; post yours to see them');
    expect(markdown).not.toContain('2 of 3 posted');

    // The facilitator, and the member once they have posted, read them all.
    expect((await fac.ok(BRIEF, { id: huddle.id })).brief.prompts[0].peerVisibility).toBe('VISIBLE');
    await post(cy.client, prompt, 'Exit tickets.');
    const after = (await cy.client.ok(BRIEF, { id: huddle.id })).brief.prompts[0];
    expect(after).toMatchObject({ peerVisibility: 'VISIBLE', contributionCount: 3 });
    expect((await cy.client.ok(MARKDOWN, { id: huddle.id })).briefMarkdown).toContain('3 of 3 posted');
  });

  it('says why peers are hidden on AT_TIME and FACILITATORS_ONLY prompts, and that OPEN ones are visible', async () => {
    const world = await createCohortWorld(t, 2);
    const fac = world.facilitator.client;
    const later = await openPrompt(fac, world.cohortId, {
      title: 'Later',
      revealRule: 'AT_TIME',
      revealAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    const hidden = await openPrompt(fac, world.cohortId, { title: 'Hidden', revealRule: 'FACILITATORS_ONLY' });
    const open = await openPrompt(fac, world.cohortId, { title: 'Open', anonymity: 'TO_PEERS' });
    const [huddle] = await scheduleHuddle(fac, world.cohortId, [later, hidden, open]);
    const { brief } = await world.members[0].client.ok(BRIEF, { id: huddle.id });
    expect(brief.prompts.map((p: any) => [p.title, p.peerVisibility, p.anonymity])).toEqual([
      ['Later', 'AT_REVEAL_TIME', 'NONE'],
      ['Hidden', 'FACILITATORS_ONLY', 'NONE'],
      ['Open', 'VISIBLE', 'TO_PEERS'],
    ]);
  });
});
