import { scheduleHuddle } from '../../../test/huddle-factories';
import { createCohortWorld, openPrompt, post } from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { comment, giveFeedback, inbox } from './notification-test-helpers';

const EDIT = `mutation ($input: EditContributionInput!) { editContribution(input: $input) { id } }`;
const HELPFUL = `mutation ($input: MarkFeedbackHelpfulInput!) { markFeedbackHelpful(input: $input) { id } }`;
const ACTION_ITEM = `mutation ($input: AddActionItemInput!) { addActionItem(input: $input) { id } }`;

const namesOf = async (t: TestApp, ids: string[]) =>
  Object.fromEntries(
    (await t.dataSource.query(`SELECT id, display_name FROM "user" WHERE id = ANY($1)`, [ids])).map(
      (r: { id: string; display_name: string }) => [r.id, r.display_name],
    ),
  ) as Record<string, string>;

describe('what people are notified of', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('tells the author of feedback and comments, the reviewer of helpful marks, replies and revisions — never the actor', async () => {
    const world = await createCohortWorld(t, 3);
    const [author, reviewer, other] = world.members;
    const names = await namesOf(t, [author.id, reviewer.id, other.id]);
    const org = world.organization.id;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, { title: 'Exit tickets' });
    const id = await post(author.client, promptId);
    const feedbackId = await giveFeedback(reviewer.client, id);
    const first = await comment(other.client, { contributionId: id, body: 'Nice one' });
    await comment(reviewer.client, { contributionId: id, parentId: first, body: 'Agreed' });
    await author.client.ok(HELPFUL, { input: { feedbackId, helpful: true } });
    await author.client.ok(EDIT, {
      input: {
        contributionId: id,
        expectedVersion: 1,
        kind: 'SOLUTION',
        body: 'Revised',
        answersFeedbackId: feedbackId,
      },
    });
    await comment(author.client, { contributionId: id, body: 'My own note' });

    const kinds = ['FEEDBACK_RECEIVED', 'REPLY', 'MARKED_HELPFUL', 'REVISION_ANSWERS_FEEDBACK'];
    const texts = async (p: { client: typeof author.client }) =>
      (await inbox(p.client, org, kinds)).items.map((n) => [n.kind, n.text]).reverse();
    expect(await texts(author)).toEqual([
      ['FEEDBACK_RECEIVED', `${names[reviewer.id]} gave you feedback on “Exit tickets”.`],
      ['REPLY', `${names[other.id]} commented on your contribution: “Nice one”`],
      ['REPLY', `${names[reviewer.id]} commented on your contribution: “Agreed”`],
    ]);
    expect(await texts(other)).toEqual([['REPLY', `${names[reviewer.id]} replied to your comment: “Agreed”`]]);
    expect(await texts(reviewer)).toEqual([
      ['MARKED_HELPFUL', `${names[author.id]} found your feedback on “Exit tickets” helpful.`],
      [
        'REVISION_ANSWERS_FEEDBACK',
        `${names[author.id]} revised their contribution to “Exit tickets” in answer to your feedback.`,
      ],
    ]);
    const { items } = await inbox(author.client, org, ['REPLY']);
    expect(items.every((n) => n.link.endsWith(`#contribution-${id}`) && n.cohortId === world.cohortId)).toBe(true);
  });

  // A prompt opening is announced by the reminder module's sweep (reminder-kinds.spec.ts).
  it('tells reviewers of their assignments and owners of their action items', async () => {
    const world = await createCohortWorld(t, 3);
    const org = world.organization.id;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, {
      title: 'Peer review week',
      reviewMode: 'ASSIGNED',
      reviewsPerContribution: 1,
    });
    for (const m of world.members) await post(m.client, promptId);
    const reviewers: Array<{ reviewer_id: string }> = await t.dataSource.query(
      `SELECT DISTINCT reviewer_id FROM review_assignment WHERE prompt_id = $1`,
      [promptId],
    );
    expect(reviewers.length).toBeGreaterThan(0);
    for (const { reviewer_id } of reviewers) {
      const person = world.members.find((m) => m.id === reviewer_id)!;
      const { items } = await inbox(person.client, org, ['REVIEW_ASSIGNED']);
      expect(items[0]).toMatchObject({
        text: 'You have feedback to give on “Peer review week”.',
        link: `/o/${org}/queue`,
      });
    }

    const [huddle] = await scheduleHuddle(world.facilitator.client, world.cohortId, [promptId]);
    const owner = world.members[0]!;
    await world.facilitator.client.ok(ACTION_ITEM, {
      input: { huddleId: huddle.id, ownerId: owner.id, text: 'Build a shared distractor bank' },
    });
    await world.facilitator.client.ok(ACTION_ITEM, {
      input: { huddleId: huddle.id, ownerId: world.facilitator.id, text: 'My own item' },
    });
    expect((await inbox(owner.client, org, ['ACTION_ITEM_ASSIGNED'])).items.map((n) => n.text)).toEqual([
      expect.stringMatching(/gave you an action item: “Build a shared distractor bank”$/),
    ]);
    expect((await inbox(world.facilitator.client, org, ['ACTION_ITEM_ASSIGNED'])).items).toEqual([]);
  });

  it('does not name an anonymous author who marks feedback helpful or revises in answer to it', async () => {
    const world = await createCohortWorld(t, 2);
    const [author, reviewer] = world.members;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, {
      title: 'Hinge',
      anonymity: 'TO_PEERS',
    });
    const id = await post(author.client, promptId);
    const feedbackId = await giveFeedback(reviewer.client, id);
    await author.client.ok(HELPFUL, { input: { feedbackId, helpful: true } });
    await author.client.ok(EDIT, {
      input: {
        contributionId: id,
        expectedVersion: 1,
        kind: 'SOLUTION',
        body: 'Revised',
        answersFeedbackId: feedbackId,
      },
    });
    const { items } = await inbox(reviewer.client, world.organization.id, [
      'MARKED_HELPFUL',
      'REVISION_ANSWERS_FEEDBACK',
    ]);
    expect(items.map((n) => n.text).reverse()).toEqual([
      'The author found your feedback on “Hinge” helpful.',
      'An anonymous colleague revised their contribution to “Hinge” in answer to your feedback.',
    ]);
    const authorName = (await namesOf(t, [author.id]))[author.id]!;
    expect(JSON.stringify(items)).not.toContain(authorName);
  });
});
