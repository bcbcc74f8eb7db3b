import { createCohortWorld, GIVE_FEEDBACK, openPrompt, post } from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';

const QUEUE = `query ($org: ID!) { myQueue(organizationId: $org) {
  reviewsOwed { contributionId locked unlocksWhen unlocksAt } } }`;
const CONTRIBUTION = `query ($id: ID!) { contribution(id: $id) { id body } }`;
const PROMPT = `query ($id: ID!) { prompt(id: $id) { contributionCount contributions { id } reviewAssignments { contributionId } } }`;
const OWES = `query ($id: ID!) { cohort(id: $id) { viewerOwes { reviews } } }`;
const DELETE = `mutation ($id: ID!) { deleteContribution(id: $id) }`;
const HIDE = `mutation ($input: HideContentInput!) { hideContent(input: $input) { subjectId } }`;
const FEEDBACK = (contributionId: string) => ({
  input: {
    contributionId,
    answers: [
      { sectionKey: 'glow', text: 'Clear' },
      { sectionKey: 'grow', text: 'Add evidence' },
    ],
  },
});

const assigned = (revealRule: string) => ({ revealRule, reviewMode: 'ASSIGNED', reviewsPerContribution: 1 });

/** PRODUCT rule 4: a review assignment opens what it points at, and only while it still exists. */
describe('review assignments and what they let the reviewer see', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function assignmentOf(contributionId: string): Promise<string> {
    const [row] = await t.dataSource.query('SELECT reviewer_id FROM review_assignment WHERE contribution_id = $1', [
      contributionId,
    ]);
    return row.reviewer_id;
  }

  it('under FACILITATORS_ONLY the reviewer opens the assigned contribution by id and gives feedback, but never sees it in the prompt’s lists', async () => {
    const world = await createCohortWorld(t, 3);
    const [author] = world.members;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, assigned('FACILITATORS_ONLY'));
    const id = await post(author!.client, promptId, 'Only facilitators and my reviewer');
    const reviewerId = await assignmentOf(id);
    const reviewer = world.members.find((m) => m.id === reviewerId)!;
    const bystander = world.members.find((m) => m !== author && m !== reviewer)!;

    const { reviewsOwed } = (await reviewer.client.ok(QUEUE, { org: world.organization.id })).myQueue;
    expect(reviewsOwed).toEqual([{ contributionId: id, locked: false, unlocksWhen: null, unlocksAt: null }]);
    expect((await reviewer.client.ok(CONTRIBUTION, { id })).contribution.body).toBe(
      'Only facilitators and my reviewer',
    );
    const { prompt } = await reviewer.client.ok(PROMPT, { id: promptId });
    expect(prompt.contributions).toEqual([]);
    expect(prompt.contributionCount).toBe(0);
    await reviewer.client.ok(GIVE_FEEDBACK, FEEDBACK(id));

    expect((await bystander.client.fail(CONTRIBUTION, { id })).extensions?.code).toBe('NOT_FOUND');
    expect((await bystander.client.fail(GIVE_FEEDBACK, FEEDBACK(id))).extensions?.code).toBe('NOT_FOUND');
  });

  it('under POST_FIRST the queue shows the assignment locked until the reviewer posts, then opens it', async () => {
    const world = await createCohortWorld(t, 2);
    const [author, reviewer] = world.members;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, assigned('POST_FIRST'));
    const id = await post(author!.client, promptId);
    expect(await assignmentOf(id)).toBe(reviewer!.id);

    const before = (await reviewer!.client.ok(QUEUE, { org: world.organization.id })).myQueue.reviewsOwed;
    expect(before).toEqual([
      {
        contributionId: id,
        locked: true,
        unlocksWhen: 'Post yours first to unlock this review.',
        unlocksAt: null,
      },
    ]);
    expect((await reviewer!.client.fail(CONTRIBUTION, { id })).extensions?.code).toBe('NOT_FOUND');

    await post(reviewer!.client, promptId, 'My own first');
    const after = (await reviewer!.client.ok(QUEUE, { org: world.organization.id })).myQueue.reviewsOwed;
    expect(after.find((r: { contributionId: string }) => r.contributionId === id)).toMatchObject({ locked: false });
    expect((await reviewer!.client.ok(CONTRIBUTION, { id })).contribution.id).toBe(id);
    await reviewer!.client.ok(GIVE_FEEDBACK, FEEDBACK(id));
  });

  it('assignments of deleted or hidden contributions leave the reviewer’s queue, their count and the facilitator’s list', async () => {
    const world = await createCohortWorld(t, 3);
    const [a, b, c] = world.members;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, assigned('OPEN'));
    const deleted = await post(a!.client, promptId, 'To be deleted');
    const hidden = await post(b!.client, promptId, 'To be hidden');
    const kept = await post(c!.client, promptId, 'Stays');
    const reviewers = await Promise.all([deleted, hidden].map(assignmentOf));
    const count = async (id: string) =>
      (await world.members.find((m) => m.id === id)!.client.ok(OWES, { id: world.cohortId })).cohort.viewerOwes.reviews;
    const before = await Promise.all(reviewers.map(count));

    await a!.client.ok(DELETE, { id: deleted });
    await world.facilitator.client.ok(HIDE, {
      input: { subjectType: 'CONTRIBUTION', subjectId: hidden, reason: 'Shares a student’s name' },
    });

    for (const [i, reviewerId] of reviewers.entries()) {
      const reviewer = world.members.find((m) => m.id === reviewerId)!;
      const owed = (await reviewer.client.ok(QUEUE, { org: world.organization.id })).myQueue.reviewsOwed;
      const ids = owed.map((r: { contributionId: string }) => r.contributionId);
      expect(ids).not.toContain(deleted);
      expect(ids).not.toContain(hidden);
      expect(await count(reviewerId)).toBeLessThan(before[i]!);
    }
    const { prompt } = await world.facilitator.client.ok(PROMPT, { id: promptId });
    expect(prompt.reviewAssignments.map((r: { contributionId: string }) => r.contributionId)).toEqual([kept]);
  });
});
