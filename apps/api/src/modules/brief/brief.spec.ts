import { scheduleHuddle } from '../../../test/huddle-factories';
import { createCohortWorld, openPrompt, post } from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';

const BRIEF = `query ($id: ID!) { brief(huddleId: $id) {
  prompts { contributionCount contributions { id excerpt } }
  openQuestions { contributionId text } themes { label terms contributionIds } } }`;
const VERSION = `query ($id: ID!) { contribution(id: $id) { version } }`;
const EDIT = `mutation ($input: EditContributionInput!) { editContribution(input: $input) { id version } }`;

const LONG = `Exit tickets on fractions: ${'students wrote one fraction they could compare and one they could not. '.repeat(6)}`;

describe('the brief', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('serves the same themes and excerpts from its themes cache, and follows an edit', async () => {
    const world = await createCohortWorld(t, 4);
    const [ana, ben, cy, dee] = world.members;
    const prompt = await openPrompt(world.facilitator.client, world.cohortId);
    const a = await post(ana.client, prompt, LONG);
    await post(ben.client, prompt, 'Exit tickets about fractions showed who could compare fractions.');
    const c = await post(cy.client, prompt, 'Hinge questions with distractors for unit rates worked well.');
    await post(dee.client, prompt, 'Distractors in hinge questions revealed unit rate misconceptions?', 'QUESTION');
    const [huddle] = await scheduleHuddle(world.facilitator.client, world.cohortId, [prompt]);

    // First request computes the themes from whole texts; the second is served from the cache
    // (the statement then sends excerpts only) and must read exactly the same.
    const first = (await ben.client.ok(BRIEF, { id: huddle.id })).brief;
    const again = (await ben.client.ok(BRIEF, { id: huddle.id })).brief;
    expect(again).toEqual(first);
    const excerpt = first.prompts[0].contributions.find((x: any) => x.id === a).excerpt;
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(281);
    expect(first.openQuestions.map((q: any) => q.text)).toEqual([
      'Distractors in hinge questions revealed unit rate misconceptions?',
    ]);
    const labels = first.themes.map((th: any) => th.label).join(' | ');
    expect(labels).toMatch(/fraction/);
    expect(first.themes.some((th: any) => th.contributionIds.includes(c))).toBe(true);

    // An edit changes the visible set's key: the themes are computed again from the new text.
    const { contribution } = await cy.client.ok(VERSION, { id: c });
    await cy.client.ok(EDIT, {
      input: {
        contributionId: c,
        expectedVersion: contribution.version,
        kind: 'SOLUTION',
        body: 'Exit tickets on fractions again: comparing fractions with fraction strips.',
      },
    });
    const edited = (await ben.client.ok(BRIEF, { id: huddle.id })).brief;
    expect(edited.prompts[0].contributions.find((x: any) => x.id === c).excerpt).toContain('fraction strips');
    const fractions = edited.themes.find((th: any) => th.terms.some((term: string) => term.startsWith('fraction')));
    expect(fractions.contributionIds).toContain(c);
  });
  it('links at most 10 prompts to a huddle (BAD_USER_INPUT, nothing changes)', async () => {
    const world = await createCohortWorld(t, 1);
    const prompts: string[] = [];
    for (let i = 0; i < 11; i++) prompts.push(await openPrompt(world.facilitator.client, world.cohortId));
    const [huddle] = await scheduleHuddle(world.facilitator.client, world.cohortId, prompts.slice(0, 2));
    const SET = `mutation ($id: ID!, $ids: [ID!]!) { setHuddlePrompts(huddleId: $id, promptIds: $ids) { promptIds } }`;
    const refused = await world.facilitator.client.fail(SET, { id: huddle.id, ids: prompts });
    expect(refused.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.extensions?.fields?.promptIds).toMatch(/at most 10/);
    const { huddle: after } = await world.facilitator.client.ok(`query ($id: ID!) { huddle(id: $id) { promptIds } }`, {
      id: huddle.id,
    });
    expect(after.promptIds).toEqual(prompts.slice(0, 2));
    // Ten is fine, and the brief reads each prompt's participation (bitmask positions 0–9).
    await world.facilitator.client.ok(SET, { id: huddle.id, ids: prompts.slice(0, 10) });
    await post(world.members[0].client, prompts[9], 'Posted to the tenth prompt.');
    const { brief } = await world.facilitator.client.ok(
      `query ($id: ID!) { brief(huddleId: $id) { prompts { participation { postedCount } } completion } }`,
      { id: huddle.id },
    );
    expect(brief.prompts.map((p: any) => p.participation.postedCount)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });
  it('suggests agenda items only from what every member may see (live mode and minutes show them to all)', async () => {
    const world = await createCohortWorld(t, 3);
    const [ana, ben] = world.members;
    const fac = world.facilitator.client;
    const open = await openPrompt(fac, world.cohortId, { title: 'Open one' });
    const postFirst = await openPrompt(fac, world.cohortId, { title: 'Post first', revealRule: 'POST_FIRST' });
    const hidden = await openPrompt(fac, world.cohortId, { title: 'Hidden', revealRule: 'FACILITATORS_ONLY' });
    const later = await openPrompt(fac, world.cohortId, {
      title: 'Later',
      revealRule: 'AT_TIME',
      revealAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    const visible = await post(ana.client, open, 'Exit tickets with hinge questions on fractions.');
    const secrets = [
      await post(ana.client, postFirst, 'Zebra strategy only posters may read.'),
      await post(ana.client, hidden, 'Quokka notes for facilitators only?', 'QUESTION'),
      await post(ana.client, later, 'Narwhal plan revealed tomorrow.'),
    ];
    await post(ben.client, postFirst, 'Zebra reply from a poster.');
    for (const id of [visible, ...secrets]) {
      await fac.ok(
        `mutation ($id: ID!) { spotlightContribution(input: { contributionId: $id, spotlight: true }) { id } }`,
        {
          id,
        },
      );
    }
    await ben.client.ok(`mutation ($id: ID!) { flagForDiscussion(contributionId: $id, on: true) }`, { id: secrets[0] });
    const [huddle] = await scheduleHuddle(fac, world.cohortId, [open, postFirst, hidden, later]);

    const { suggestAgenda } = await fac.ok(`mutation ($id: ID!) { suggestAgenda(huddleId: $id) { title kind } }`, {
      id: huddle.id,
    });
    const titles = suggestAgenda.map((i: any) => i.title).join('\n');
    expect(titles).toContain('Spotlight: Exit tickets with hinge questions on fractions.');
    expect(titles).not.toMatch(/zebra|quokka|narwhal/i);
    // The facilitator's own brief still shows everything.
    const { brief } = await fac.ok(`query ($id: ID!) { brief(huddleId: $id) { spotlights { excerpt } } }`, {
      id: huddle.id,
    });
    expect(brief.spotlights).toHaveLength(4);
  });
});
