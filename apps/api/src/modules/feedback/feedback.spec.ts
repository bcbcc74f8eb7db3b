import {
  ADD_COHORT_MEMBERS,
  createCohortWorld,
  GIVE_FEEDBACK,
  openPrompt,
  post,
} from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';

const MARK_HELPFUL = `mutation ($input: MarkFeedbackHelpfulInput!) { markFeedbackHelpful(input: $input) { id helpful } }`;
const QUEUE = `query ($org: ID!) { myQueue(organizationId: $org) { reviewsOwed { contributionId promptTitle dueAt } unreadFeedback { id answers { label text } } } }`;
const MARK_READ = `mutation ($id: ID!) { markFeedbackRead(contributionId: $id) }`;
const PROTOCOLS = `query ($org: ID!) { feedbackProtocols(organizationId: $org) { name builtIn sections { key required } } }`;
const WARM_COOL = '00000000-0000-4000-a000-000000000003';
const RUBRIC = '00000000-0000-4000-a000-000000000005';

describe('structured feedback and review assignment', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('ships the built-in protocols to every organization', async () => {
    const world = await createCohortWorld(t, 0);
    const { feedbackProtocols } = await world.facilitator.client.ok(PROTOCOLS, { org: world.organization.id });
    expect(feedbackProtocols.map((p: any) => p.name)).toEqual(
      expect.arrayContaining([
        'Glow & Grow',
        'I Like / I Wonder / What If',
        'Warm & Cool (tuning protocol)',
        'Praise – Question – Polish',
      ]),
    );
    expect(feedbackProtocols.every((p: any) => p.builtIn)).toBe(true);
  });

  it('enforces the protocol’s required sections and rubric levels, and stores nothing on failure', async () => {
    const world = await createCohortWorld(t, 2);
    const [author, reviewer] = world.members;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, { protocolId: RUBRIC });
    const id = await post(author.client, promptId);
    const missing = await reviewer.client.fail(GIVE_FEEDBACK, {
      input: {
        contributionId: id,
        answers: [{ sectionKey: 'strength', text: 'Clear steps' }],
        rubric: [{ criterionKey: 'clarity', level: 7 }],
      },
    });
    expect(missing.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { 'answers.nextStep': 'Next step is required.', 'rubric.clarity': 'Pick one of the levels.' },
    });
    const [{ count }] = await t.dataSource.query(
      'SELECT count(*)::int AS count FROM feedback WHERE contribution_id = $1',
      [id],
    );
    expect(count).toBe(0);
    const { giveFeedback } = await reviewer.client.ok(GIVE_FEEDBACK, {
      input: {
        contributionId: id,
        answers: [
          { sectionKey: 'strength', text: 'Clear steps' },
          { sectionKey: 'nextStep', text: 'Add before/after data' },
        ],
        rubric: [{ criterionKey: 'clarity', level: 3 }],
      },
    });
    expect(giveFeedback.answers.map((a: any) => a.label)).toEqual(['Strength', 'Next step']);
  });

  it('refuses feedback on your own contribution and from observers', async () => {
    const world = await createCohortWorld(t, 1);
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, { revealRule: 'OPEN' });
    const id = await post(world.members[0].client, promptId);
    const answers = [
      { sectionKey: 'glow', text: 'a' },
      { sectionKey: 'grow', text: 'b' },
    ];
    expect(
      (await world.members[0].client.fail(GIVE_FEEDBACK, { input: { contributionId: id, answers } })).extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await world.observer.client.fail(GIVE_FEEDBACK, { input: { contributionId: id, answers } })).extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('lets only the author mark feedback helpful, and tracks unread feedback in the queue', async () => {
    const world = await createCohortWorld(t, 2);
    const [author, reviewer] = world.members;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, { protocolId: WARM_COOL });
    const id = await post(author.client, promptId);
    const { giveFeedback } = await reviewer.client.ok(GIVE_FEEDBACK, {
      input: {
        contributionId: id,
        answers: [
          { sectionKey: 'warm', text: 'Promising' },
          { sectionKey: 'cool', text: 'Where is the data?' },
        ],
      },
    });
    const queue = await author.client.ok(QUEUE, { org: world.organization.id });
    expect(queue.myQueue.unreadFeedback).toEqual([
      {
        id: giveFeedback.id,
        answers: [
          { label: 'Warm', text: 'Promising' },
          { label: 'Cool', text: 'Where is the data?' },
        ],
      },
    ]);
    expect(
      (await reviewer.client.fail(MARK_HELPFUL, { input: { feedbackId: giveFeedback.id, helpful: true } })).extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await author.client.ok(MARK_HELPFUL, { input: { feedbackId: giveFeedback.id, helpful: true } }))
        .markFeedbackHelpful.helpful,
    ).toBe(true);
    await author.client.ok(MARK_READ, { id });
    expect((await author.client.ok(QUEUE, { org: world.organization.id })).myQueue.unreadFeedback).toEqual([]);
  });

  it('assigns N reviewers to every post, never the author, including late posts, and completes on feedback', async () => {
    const world = await createCohortWorld(t, 5);
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, {
      reviewMode: 'ASSIGNED',
      reviewsPerContribution: 2,
    });
    const ids: string[] = [];
    for (const m of world.members.slice(0, 4)) ids.push(await post(m.client, promptId));
    // A late post still gets its reviewers.
    ids.push(await post(world.members[4].client, promptId, 'Late but here'));
    const rows: Array<{ contribution_id: string; reviewer_id: string; author_id: string }> = await t.dataSource.query(
      `SELECT ra.contribution_id, ra.reviewer_id, c.author_id FROM review_assignment ra JOIN contribution c ON c.id = ra.contribution_id WHERE ra.prompt_id = $1`,
      [promptId],
    );
    for (const id of ids) {
      const mine = rows.filter((r) => r.contribution_id === id);
      expect(mine).toHaveLength(2);
      expect(mine.every((r) => r.reviewer_id !== r.author_id)).toBe(true);
    }
    const loads = world.members.map((m) => rows.filter((r) => r.reviewer_id === m.id).length);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(2);

    const reviewer = world.members.find((m) => rows.some((r) => r.reviewer_id === m.id))!;
    const owed = (await reviewer.client.ok(QUEUE, { org: world.organization.id })).myQueue.reviewsOwed;
    expect(owed.length).toBe(rows.filter((r) => r.reviewer_id === reviewer.id).length);
    await reviewer.client.ok(GIVE_FEEDBACK, {
      input: {
        contributionId: owed[0].contributionId,
        answers: [
          { sectionKey: 'glow', text: 'a' },
          { sectionKey: 'grow', text: 'b' },
        ],
      },
    });
    expect((await reviewer.client.ok(QUEUE, { org: world.organization.id })).myQueue.reviewsOwed).toHaveLength(
      owed.length - 1,
    );
  });

  it('gives a late joiner reviews to give', async () => {
    const world = await createCohortWorld(t, 3);
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, {
      reviewMode: 'ASSIGNED',
      reviewsPerContribution: 2,
    });
    for (const m of world.members) await post(m.client, promptId);
    const late = await world.join('NONE');
    await world.facilitator.client.ok(ADD_COHORT_MEMBERS, {
      input: { cohortId: world.cohortId, userIds: [late.id], role: 'MEMBER' },
    });
    const owed = (await late.client.ok(QUEUE, { org: world.organization.id })).myQueue.reviewsOwed;
    expect(owed.length).toBeGreaterThanOrEqual(1);
  });
});

describe('protocols, reassignment, reactions, read state and what I owe', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const CREATE_PROTOCOL = `mutation ($input: CreateFeedbackProtocolInput!) { createFeedbackProtocol(input: $input) { id name builtIn sections { key label required } } }`;
  const UPDATE_PROTOCOL = `mutation ($input: UpdateFeedbackProtocolInput!) { updateFeedbackProtocol(input: $input) { id name } }`;
  const REACT = `mutation ($input: ReactInput!) { react(input: $input) { reactions { kind count viewerReacted } } }`;
  const PROMPT = `query ($id: ID!) { prompt(id: $id) { newContributionCount reviewAssignments { id contributionId reviewer { id } } } }`;
  const READ = `mutation ($id: ID!) { markPromptRead(promptId: $id) }`;
  const OWES = `query ($id: ID!) { cohort(id: $id) { viewerOwes { promptIds reviews } } }`;
  const REASSIGN = `mutation ($input: ReassignReviewInput!) { reassignReview(input: $input) }`;
  const sections = [
    {
      key: 'notice',
      label: 'I notice',
      guidingQuestion: 'What do you see?',
      sentenceStems: ['I notice…'],
      required: true,
    },
    { key: 'wonder', label: 'I wonder', guidingQuestion: '', sentenceStems: [], required: false },
  ];

  it('lets facilitators add their organization’s own protocol, used for feedback; members and other tenants cannot', async () => {
    const world = await createCohortWorld(t, 2);
    const org = world.organization.id;
    const { createFeedbackProtocol } = await world.facilitator.client.ok(CREATE_PROTOCOL, {
      input: { organizationId: org, name: 'Notice & Wonder', sections },
    });
    expect(createFeedbackProtocol).toMatchObject({ name: 'Notice & Wonder', builtIn: false });
    const dupKeys = await world.facilitator.client.fail(CREATE_PROTOCOL, {
      input: { organizationId: org, name: 'Broken', sections: [sections[0], { ...sections[1], key: 'notice' }] },
    });
    expect(dupKeys.extensions?.fields?.sections).toBeTruthy();
    const blankLevel = await world.facilitator.client.fail(CREATE_PROTOCOL, {
      input: {
        organizationId: org,
        name: 'Rated',
        sections,
        rubric: [
          {
            key: 'clarity',
            label: 'Clarity',
            levels: [
              { value: 1, label: '   ' },
              { value: 2, label: 'Clear' },
            ],
          },
        ],
      },
    });
    expect(blankLevel.extensions?.fields).toEqual({ 'rubric.0.levels.0.label': 'Use 1 to 60 characters.' });
    expect(
      (await world.members[0].client.fail(CREATE_PROTOCOL, { input: { organizationId: org, name: 'Mine', sections } }))
        .extensions?.code,
    ).toBe('FORBIDDEN');
    const builtIn = await world.facilitator.client.fail(UPDATE_PROTOCOL, {
      input: { organizationId: org, protocolId: '00000000-0000-4000-a000-000000000001', name: 'Hijacked', sections },
    });
    expect(builtIn.extensions?.code).toBe('NOT_FOUND');

    const promptId = await openPrompt(world.facilitator.client, world.cohortId, {
      protocolId: createFeedbackProtocol.id,
    });
    const id = await post(world.members[0].client, promptId);
    const missing = await world.members[1].client.fail(GIVE_FEEDBACK, {
      input: { contributionId: id, answers: [{ sectionKey: 'wonder', text: 'hmm' }] },
    });
    expect(missing.extensions?.fields).toEqual({ 'answers.notice': 'I notice is required.' });
  });

  it('counts reactions without revealing who reacted, and toggles them', async () => {
    const world = await createCohortWorld(t, 3);
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, { anonymity: 'TO_PEERS' });
    const id = await post(world.members[0].client, promptId);
    await world.members[1].client.ok(REACT, { input: { contributionId: id, kind: 'WILL_TRY', on: true } });
    await world.members[1].client.ok(REACT, { input: { contributionId: id, kind: 'WILL_TRY', on: true } });
    const { react } = await world.members[2].client.ok(REACT, {
      input: { contributionId: id, kind: 'WILL_TRY', on: true },
    });
    expect(react.reactions).toEqual([{ kind: 'WILL_TRY', count: 2, viewerReacted: true }]);
    const off = await world.members[2].client.ok(REACT, { input: { contributionId: id, kind: 'WILL_TRY', on: false } });
    expect(off.react.reactions).toEqual([{ kind: 'WILL_TRY', count: 1, viewerReacted: false }]);
  });

  it('shows what is new since I last read a prompt, and what I owe in the cohort', async () => {
    const world = await createCohortWorld(t, 3);
    const [me, a, b] = world.members;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    expect((await me.client.ok(OWES, { id: world.cohortId })).cohort.viewerOwes).toEqual({
      promptIds: [promptId],
      reviews: 0,
    });
    await post(a.client, promptId);
    expect((await me.client.ok(PROMPT, { id: promptId })).prompt.newContributionCount).toBe(1);
    await me.client.ok(READ, { id: promptId });
    expect((await me.client.ok(PROMPT, { id: promptId })).prompt.newContributionCount).toBe(0);
    await post(b.client, promptId);
    expect((await me.client.ok(PROMPT, { id: promptId })).prompt.newContributionCount).toBe(1);
    await post(me.client, promptId);
    expect((await me.client.ok(OWES, { id: world.cohortId })).cohort.viewerOwes.promptIds).toEqual([]);
  });

  it('lets a facilitator reassign a review by hand, within the rules', async () => {
    const world = await createCohortWorld(t, 4);
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, {
      reviewMode: 'ASSIGNED',
      reviewsPerContribution: 1,
    });
    const id = await post(world.members[0].client, promptId);
    const { prompt } = await world.facilitator.client.ok(PROMPT, { id: promptId });
    const [assignment] = prompt.reviewAssignments;
    expect((await world.members[1].client.ok(PROMPT, { id: promptId })).prompt.reviewAssignments).toEqual([]);
    const other = world.members.find((m) => m.id !== assignment.reviewer.id && m.id !== world.members[0].id)!;
    const self = await world.facilitator.client.fail(REASSIGN, {
      input: { assignmentId: assignment.id, reviewerId: world.members[0].id },
    });
    expect(self.extensions?.fields?.reviewerId).toBeTruthy();
    expect(
      (await world.members[1].client.fail(REASSIGN, { input: { assignmentId: assignment.id, reviewerId: other.id } }))
        .extensions?.code,
    ).toBe('NOT_FOUND');
    await world.facilitator.client.ok(REASSIGN, { input: { assignmentId: assignment.id, reviewerId: other.id } });
    const after = (await world.facilitator.client.ok(PROMPT, { id: promptId })).prompt.reviewAssignments;
    expect(after).toEqual([{ id: assignment.id, contributionId: id, reviewer: { id: other.id } }]);
  });
});
