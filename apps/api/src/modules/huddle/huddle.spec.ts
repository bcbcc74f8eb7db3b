import { createTenant } from '../../../test/factories';
import { scheduleHuddle } from '../../../test/huddle-factories';
import { createCohortWorld, GIVE_FEEDBACK, openPrompt, post } from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { subscribe, wsClientFor } from '../../../test/ws-client';

const BRIEF = `query ($id: ID!, $first: Int) { brief(huddleId: $id, first: $first) {
  prompts { promptId title contributionCount participation { memberCount postedCount feedbackGivenCount receivedFeedbackCount namesVisible posted { id } notPosted { id } }
    contributions { id excerpt author { id } reviewCount needsDiscussionVotes helpfulFeedback { answers { text } } } }
  openQuestions { contributionId commentId text } spotlights { id } needsDiscussion { id needsDiscussionVotes }
  themes { label terms contributionIds } readers { readCount memberCount readers { id } } completion } }`;
const MARKDOWN = `query ($id: ID!) { briefMarkdown(huddleId: $id) }`;
const MARK_HELPFUL = `mutation ($input: MarkFeedbackHelpfulInput!) { markFeedbackHelpful(input: $input) { id } }`;
const FLAG = `mutation ($id: ID!) { flagForDiscussion(contributionId: $id, on: true) }`;
const SPOTLIGHT = `mutation ($id: ID!) { spotlightContribution(input: { contributionId: $id, spotlight: true }) { id } }`;
const READ = `mutation ($id: ID!) { markBriefRead(huddleId: $id) }`;
const HUDDLE = `query ($id: ID!) { huddle(id: $id) { id status currentAgendaItemId minutes agenda { id title kind } notes { agendaItemId body author { id } } decisions { text } actionItems { id text owner { id } } } }`;

describe('huddles and their brief', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('requires access: other tenants and outsiders get NOT_FOUND; only facilitators schedule', async () => {
    const world = await createCohortWorld(t, 1);
    const [huddle] = await scheduleHuddle(world.facilitator.client, world.cohortId, []);
    const stranger = await createTenant(t);
    expect((await stranger.owner.fail(HUDDLE, { id: huddle.id })).extensions?.code).toBe('NOT_FOUND');
    expect((await world.outsider.client.fail(BRIEF, { id: huddle.id })).extensions?.code).toBe('NOT_FOUND');
    const bad = await world.members[0].client.fail(
      `mutation ($input: ScheduleHuddleInput!) { scheduleHuddle(input: $input) { id } }`,
      {
        input: { cohortId: world.cohortId, title: 'Mine', startsAt: new Date().toISOString(), durationMinutes: 30 },
      },
    );
    expect(bad.extensions?.code).toBe('FORBIDDEN');
    const invalid = await world.facilitator.client.fail(
      `mutation ($input: ScheduleHuddleInput!) { scheduleHuddle(input: $input) { id } }`,
      {
        input: {
          cohortId: world.cohortId,
          title: 'x',
          startsAt: new Date().toISOString(),
          durationMinutes: 2,
          joinUrl: 'zoom',
        },
      },
    );
    expect(Object.keys(invalid.extensions?.fields ?? {}).sort()).toEqual(['durationMinutes', 'joinUrl', 'title']);
  });

  it('computes a correct brief on a known data set, with reveal and anonymity rules applied', async () => {
    const world = await createCohortWorld(t, 4);
    const [ana, ben, cy, dee] = world.members;
    const open = await openPrompt(world.facilitator.client, world.cohortId, { title: 'Hinge questions' });
    const secret = await openPrompt(world.facilitator.client, world.cohortId, {
      title: 'Stuck points',
      revealRule: 'POST_FIRST',
      anonymity: 'TO_PEERS',
    });
    const a1 = await post(
      ana.client,
      open,
      'My hinge question on unit rates: each distractor maps to a misconception.',
    );
    const b1 = await post(ben.client, open, 'A hinge question with mini whiteboards showed the unit rate errors fast.');
    const c1 = await post(cy.client, open, 'How do you write distractors for English learners?', 'QUESTION');
    await post(ana.client, secret, 'Students drop the negative sign when subtracting.');
    const fb = await ben.client.ok(GIVE_FEEDBACK, {
      input: {
        contributionId: a1,
        answers: [
          { sectionKey: 'glow', text: 'Great distractors' },
          { sectionKey: 'grow', text: 'Share them' },
        ],
      },
    });
    await ana.client.ok(MARK_HELPFUL, { input: { feedbackId: fb.giveFeedback.id, helpful: true } });
    await world.facilitator.client.ok(SPOTLIGHT, { id: b1 });
    await dee.client.ok(FLAG, { id: a1 });
    await cy.client.ok(FLAG, { id: a1 });
    await cy.client.ok(FLAG, { id: b1 });
    const [huddle] = await scheduleHuddle(world.facilitator.client, world.cohortId, [open, secret]);
    await ana.client.ok(READ, { id: huddle.id });

    const asFacilitator = (await world.facilitator.client.ok(BRIEF, { id: huddle.id })).brief;
    const [pOpen, pSecret] = asFacilitator.prompts;
    expect(pOpen.participation).toMatchObject({
      memberCount: 4,
      postedCount: 3,
      feedbackGivenCount: 1,
      receivedFeedbackCount: 1,
      namesVisible: true,
    });
    expect(pOpen.participation.notPosted.map((u: any) => u.id)).toEqual([dee.id]);
    expect(pSecret.participation).toMatchObject({ postedCount: 1, namesVisible: true });
    expect(pOpen.contributions.map((c: any) => c.id)).toEqual([b1, a1, c1]); // spotlight, then votes
    expect(pOpen.contributions[1]).toMatchObject({
      reviewCount: 1,
      needsDiscussionVotes: 2,
      helpfulFeedback: [{ answers: [{ text: 'Great distractors' }, { text: 'Share them' }] }],
    });
    expect(asFacilitator.openQuestions).toEqual([
      { contributionId: c1, commentId: null, text: 'How do you write distractors for English learners?' },
    ]);
    expect(asFacilitator.spotlights.map((c: any) => c.id)).toEqual([b1]);
    expect(asFacilitator.needsDiscussion.map((c: any) => [c.id, c.needsDiscussionVotes])).toEqual([
      [a1, 2],
      [b1, 1],
    ]);
    expect(
      asFacilitator.themes.some((th: any) => th.contributionIds.includes(a1) && th.contributionIds.includes(b1)),
    ).toBe(true);
    expect(asFacilitator.readers).toEqual({ readCount: 1, memberCount: 6, readers: [{ id: ana.id }] });
    expect(asFacilitator.completion).toBe(0.25);
    // Deterministic: the same data gives the same brief.
    expect((await world.facilitator.client.ok(BRIEF, { id: huddle.id })).brief).toEqual(asFacilitator);

    // Dee has not posted to the POST_FIRST prompt: counts only, no names, no contributions there.
    const asDee = (await dee.client.ok(BRIEF, { id: huddle.id })).brief;
    expect(asDee.prompts[1]).toMatchObject({
      contributionCount: 0,
      contributions: [],
      participation: { postedCount: 1, namesVisible: false, posted: [], notPosted: [] },
    });
    expect(asDee.readers.readers).toEqual([]);
    expect(JSON.stringify(asDee)).not.toContain('negative sign');
    const md = (await dee.client.ok(MARKDOWN, { id: huddle.id })).briefMarkdown;
    expect(md).toContain('# Brief: Thursday PLC huddle');
    expect(md).toContain('Great distractors');
    expect(md).not.toContain('negative sign');

    // Ben posted there: he sees Ana's contribution, but anonymously, in the brief and the export.
    await post(ben.client, secret, 'Order of operations confusion.');
    const asBen = (await ben.client.ok(BRIEF, { id: huddle.id })).brief;
    const anaSecret = asBen.prompts[1].contributions.find((c: any) => c.excerpt.includes('negative sign'));
    expect(anaSecret.author).toBeNull();
    expect(asBen.prompts[1].participation).toMatchObject({ namesVisible: false, posted: [] });
    expect(JSON.stringify(asBen.prompts[1])).not.toContain(ana.id);
    expect((await ben.client.ok(MARKDOWN, { id: huddle.id })).briefMarkdown).toContain('Anonymous member');
  });

  it('keeps linked draft prompts out of members’ briefs', async () => {
    const world = await createCohortWorld(t, 1);
    const published = await openPrompt(world.facilitator.client, world.cohortId, { title: 'Published one' });
    const { createPrompt } = await world.facilitator.client.ok(
      `mutation ($input: CreatePromptInput!) { createPrompt(input: $input) { id } }`,
      {
        input: {
          cohortId: world.cohortId,
          title: 'Secret draft',
          opensAt: new Date().toISOString(),
          acceptedKinds: ['IDEA'],
        },
      },
    );
    const [huddle] = await scheduleHuddle(world.facilitator.client, world.cohortId, [published, createPrompt.id]);
    const titles = async (c: any) => (await c.ok(BRIEF, { id: huddle.id })).brief.prompts.map((p: any) => p.title);
    expect(await titles(world.facilitator.client)).toEqual(['Published one', 'Secret draft']);
    expect(await titles(world.members[0].client)).toEqual(['Published one']);
    expect((await world.members[0].client.ok(MARKDOWN, { id: huddle.id })).briefMarkdown).not.toContain('Secret draft');
    const ids = `query ($id: ID!) { huddle(id: $id) { promptIds prompts { id } } }`;
    expect((await world.members[0].client.ok(ids, { id: huddle.id })).huddle).toEqual({
      promptIds: [published],
      prompts: [{ id: published }],
    });
    expect((await world.facilitator.client.ok(ids, { id: huddle.id })).huddle.promptIds).toEqual([
      published,
      createPrompt.id,
    ]);
  });

  it('suggesting again does not re-add a contribution already on the agenda under a title the facilitator changed', async () => {
    const world = await createCohortWorld(t, 1);
    const [member] = world.members;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    const contributionId = await post(member.client, promptId, 'Exit tickets with a hinge question');
    await world.facilitator.client.ok(SPOTLIGHT, { id: contributionId });
    const [huddle] = await scheduleHuddle(world.facilitator.client, world.cohortId, [promptId]);
    const SUGGEST = `mutation ($id: ID!) { suggestAgenda(huddleId: $id) { id title kind } }`;
    const first = (await world.facilitator.client.ok(SUGGEST, { id: huddle.id })).suggestAgenda;
    const spotlight = first.find((i: any) => i.kind === 'SPOTLIGHT');
    await world.facilitator.client.ok(
      `mutation ($input: UpdateAgendaItemInput!) { updateAgendaItem(input: $input) { id } }`,
      { input: { agendaItemId: spotlight.id, title: 'Hinge questions (our words)', timeBoxMinutes: 5 } },
    );
    const again = (await world.facilitator.client.ok(SUGGEST, { id: huddle.id })).suggestAgenda;
    expect(again).toHaveLength(first.length);
    expect(again.filter((i: any) => i.kind === 'SPOTLIGHT').map((i: any) => i.title)).toEqual([
      'Hinge questions (our words)',
    ]);
  });

  it('runs live: the participant follows the facilitator, concurrent notes are all kept, minutes and actions flow back', async () => {
    const world = await createCohortWorld(t, 2);
    const [member, other] = world.members;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    const contributionId = await post(member.client, promptId, 'Exit tickets with a hinge question');
    await world.facilitator.client.ok(SPOTLIGHT, { id: contributionId });
    const [huddle] = await scheduleHuddle(world.facilitator.client, world.cohortId, [promptId]);
    const { suggestAgenda } = await world.facilitator.client.ok(
      `mutation ($id: ID!) { suggestAgenda(huddleId: $id) { id title kind } }`,
      { id: huddle.id },
    );
    expect(suggestAgenda.map((i: any) => i.kind)).toContain('SPOTLIGHT');
    const { addAgendaItem } = await world.facilitator.client.ok(
      `mutation ($input: AgendaItemInput!) { addAgendaItem(input: $input) { id } }`,
      {
        input: { huddleId: huddle.id, title: 'Next steps', timeBoxMinutes: 10 },
      },
    );

    const ws = wsClientFor(member.client);
    const live = subscribe(
      ws,
      `subscription ($id: ID!) { huddleLive(huddleId: $id) { kind currentAgendaItemId note { body author { id } } } }`,
      { id: huddle.id },
    );
    await new Promise((r) => setTimeout(r, 300));
    await world.facilitator.client.ok(`mutation ($id: ID!) { startHuddle(id: $id) { status } }`, { id: huddle.id });
    await world.facilitator.client.ok(
      `mutation ($h: ID!, $i: ID) { setCurrentAgendaItem(huddleId: $h, agendaItemId: $i) { id } }`,
      { h: huddle.id, i: addAgendaItem.id },
    );
    const events = await live.waitFor(2);
    expect(events.map((e: any) => e.huddleLive.kind)).toEqual(['STARTED', 'ITEM_CHANGED']);
    expect(events[1].huddleLive.currentAgendaItemId).toBe(addAgendaItem.id);

    // Two people type at once on the same item: both texts survive.
    const SAVE = `mutation ($input: SaveNoteInput!) { saveHuddleNote(input: $input) { body version } }`;
    await Promise.all([
      member.client.ok(SAVE, { input: { agendaItemId: addAgendaItem.id, body: 'Try hinge questions in grade 8' } }),
      other.client.ok(SAVE, { input: { agendaItemId: addAgendaItem.id, body: 'Share the distractor bank' } }),
      world.facilitator.client.ok(SAVE, { input: { agendaItemId: addAgendaItem.id, body: 'Decide by Friday' } }),
    ]);
    const stale = await member.client.fail(SAVE, {
      input: { agendaItemId: addAgendaItem.id, body: 'old tab', expectedVersion: 0 },
    });
    expect(stale.extensions?.code).toBe('CONFLICT');
    await world.facilitator.client.ok(
      `mutation ($input: RecordDecisionInput!) { recordDecision(input: $input) { text } }`,
      {
        input: {
          huddleId: huddle.id,
          agendaItemId: addAgendaItem.id,
          text: 'Everyone tries one hinge question next week.',
        },
      },
    );
    const { addActionItem } = await world.facilitator.client.ok(
      `mutation ($input: AddActionItemInput!) { addActionItem(input: $input) { id } }`,
      {
        input: { huddleId: huddle.id, ownerId: member.id, text: 'Build a shared distractor bank', dueOn: '2026-12-10' },
      },
    );
    await member.client.ok(`mutation ($id: ID!) { joinHuddle(id: $id) }`, { id: huddle.id });
    await world.facilitator.client.ok(`mutation ($id: ID!) { endHuddle(id: $id) { status } }`, { id: huddle.id });

    const { huddle: ended } = await member.client.ok(HUDDLE, { id: huddle.id });
    expect(ended.status).toBe('ENDED');
    expect(ended.notes.map((n: any) => n.body).sort()).toEqual([
      'Decide by Friday',
      'Share the distractor bank',
      'Try hinge questions in grade 8',
    ]);
    for (const text of [
      'Try hinge questions in grade 8',
      'Share the distractor bank',
      'Everyone tries one hinge question next week.',
      'Build a shared distractor bank — ',
      'Attendance (2)',
    ]) {
      expect(ended.minutes).toContain(text);
    }
    const queue = await member.client.ok(
      `query ($org: ID!) { myActionItems(organizationId: $org) { id text dueOn } }`,
      { org: world.organization.id },
    );
    expect(queue.myActionItems).toEqual([
      { id: addActionItem.id, text: 'Build a shared distractor bank', dueOn: '2026-12-10' },
    ]);
    const { turnActionItemIntoPrompt } = await world.facilitator.client.ok(
      `mutation ($id: ID!) { turnActionItemIntoPrompt(id: $id) { id title status } }`,
      { id: addActionItem.id },
    );
    expect(turnActionItemIntoPrompt).toMatchObject({ title: 'Build a shared distractor bank', status: 'DRAFT' });
    await ws.dispose();
  });

  it('tells each viewer what they may do, and turns an overdue action item into a draft without its past date', async () => {
    const world = await createCohortWorld(t, 2);
    const [owner, peer] = world.members;
    const [huddle] = await scheduleHuddle(world.facilitator.client, world.cohortId, []);
    const ADD = `mutation ($input: AddActionItemInput!) { addActionItem(input: $input) { id viewerCan { complete turnIntoPrompt } } }`;
    const due = (dueOn: string) => ({
      input: { huddleId: huddle.id, ownerId: owner!.id, text: 'Share one exit ticket', dueOn },
    });
    const { addActionItem: overdue } = await world.facilitator.client.ok(ADD, due('2020-01-15'));
    expect(overdue.viewerCan).toEqual({ complete: true, turnIntoPrompt: true });
    const CAN = `query ($id: ID!) { huddle(id: $id) { viewerCan { facilitate edit cancel runLive addAgendaItem recordDecision addActionItem saveNote }
      actionItems { id viewerCan { complete turnIntoPrompt } } } }`;
    for (const [who, complete] of [
      [owner!, true],
      [peer!, false],
    ] as const) {
      const { huddle: seen } = await who.client.ok(CAN, { id: huddle.id });
      expect(seen.viewerCan).toEqual({
        facilitate: false,
        edit: false,
        cancel: false,
        runLive: false,
        addAgendaItem: false,
        recordDecision: false,
        addActionItem: false,
        saveNote: true,
      });
      expect(seen.actionItems).toEqual([{ id: overdue.id, viewerCan: { complete, turnIntoPrompt: false } }]);
    }
    const TURN = `mutation ($id: ID!) { turnActionItemIntoPrompt(id: $id) { id status dueAt } }`;
    expect((await owner!.client.fail(TURN, { id: overdue.id })).extensions?.code).toBe('FORBIDDEN');
    const { turnActionItemIntoPrompt: draft } = await world.facilitator.client.ok(TURN, { id: overdue.id });
    expect(draft).toMatchObject({ status: 'DRAFT', dueAt: null });
    expect((await world.facilitator.client.fail(TURN, { id: overdue.id })).extensions?.code).toBe('CONFLICT');
  });

  it('computes the brief in the same number of statements for 3 and 12 members', async () => {
    const small = await createCohortWorld(t, 3);
    const big = await createCohortWorld(t, 12);
    const counts: number[] = [];
    for (const world of [small, big]) {
      const promptId = await openPrompt(world.facilitator.client, world.cohortId);
      for (const m of world.members) await post(m.client, promptId, `Idea from ${m.id}`);
      const [huddle] = await scheduleHuddle(world.facilitator.client, world.cohortId, [promptId]);
      const res = await world.facilitator.client.request(BRIEF, { id: huddle.id });
      expect(res.errors).toBeUndefined();
      counts.push(res.extensions!.sqlStatements!);
    }
    expect(counts[1]).toBe(counts[0]);
  });
});
