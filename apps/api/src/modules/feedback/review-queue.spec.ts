import { createCohortWorld, GIVE_FEEDBACK, openPrompt, type Person, post } from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';

const QUEUE = `query ($org: ID!) { myQueue(organizationId: $org) { reviewsOwed {
  id contributionId locked unlocksWhen unlocksByPosting contributionIsAnonymous contributionAuthor { id displayName } } } }`;
const PROMPT = `query ($id: ID!) { prompt(id: $id) { contributions { id viewerReviewAssignment { id completedAt }
  viewerOpenReviewsElsewhere } } }`;
const FEEDBACK = (contributionId: string) => ({
  input: {
    contributionId,
    answers: [
      { sectionKey: 'glow', text: 'Clear steps' },
      { sectionKey: 'grow', text: 'Add a sample' },
    ],
  },
});
const assigned = (extra: Record<string, unknown> = {}) => ({
  reviewMode: 'ASSIGNED',
  reviewsPerContribution: 1,
  ...extra,
});

type Owed = {
  id: string;
  contributionId: string;
  locked: boolean;
  unlocksWhen: string | null;
  unlocksByPosting: boolean;
  contributionIsAnonymous: boolean;
  contributionAuthor: { id: string; displayName: string } | null;
};
type PromptContribution = {
  id: string;
  viewerReviewAssignment: { id: string; completedAt: string | null } | null;
  viewerOpenReviewsElsewhere: string[];
};

/** Issue 17: reviews people can find and finish — the queue names the contribution, the prompt page marks it. */
describe('the review queue names whose contribution it is, and the prompt page marks the assigned one', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const queue = async (p: Person, org: string): Promise<Owed[]> =>
    (await p.client.ok(QUEUE, { org })).myQueue.reviewsOwed;
  const reviewerOf = async (contributionId: string): Promise<string> => {
    const [row] = await t.dataSource.query('SELECT reviewer_id FROM review_assignment WHERE contribution_id = $1', [
      contributionId,
    ]);
    return row.reviewer_id;
  };

  it('names the author on a named prompt, says anonymous (and leaks no id) on an anonymous one', async () => {
    const world = await createCohortWorld(t, 2);
    const [author, reviewer] = world.members;
    const named = await openPrompt(world.facilitator.client, world.cohortId, assigned({ title: 'Named' }));
    const hidden = await openPrompt(
      world.facilitator.client,
      world.cohortId,
      assigned({ title: 'Hidden', anonymity: 'TO_PEERS' }),
    );
    const namedId = await post(author!.client, named, 'Named post');
    const hiddenId = await post(author!.client, hidden, 'Anonymous post');
    expect(await reviewerOf(namedId)).toBe(reviewer!.id);
    expect(await reviewerOf(hiddenId)).toBe(reviewer!.id);
    const [{ user }] = await t.dataSource.query('SELECT display_name AS user FROM "user" WHERE id = $1', [author!.id]);

    const res = await reviewer!.client.request(QUEUE, { org: world.organization.id });
    const owed: Owed[] = res.data!.myQueue.reviewsOwed;
    expect(owed.find((r) => r.contributionId === namedId)).toMatchObject({
      locked: false,
      contributionIsAnonymous: false,
      contributionAuthor: { id: author!.id, displayName: user },
    });
    const anonymous = owed.find((r) => r.contributionId === hiddenId)!;
    expect(anonymous).toMatchObject({ locked: false, contributionIsAnonymous: true, contributionAuthor: null });
    // Rule 3: the anonymous one gives the author away nowhere in the answer; only the named one carries them.
    expect(JSON.stringify(anonymous)).not.toContain(author!.id);
    expect(JSON.stringify(anonymous)).not.toContain(user);
  });

  it('on a POST_FIRST prompt says “Post yours first”, names nobody until the reviewer posts, then names the author', async () => {
    const world = await createCohortWorld(t, 2);
    const [author, reviewer] = world.members;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, assigned({ revealRule: 'POST_FIRST' }));
    const id = await post(author!.client, promptId);
    expect(await reviewerOf(id)).toBe(reviewer!.id);

    const [locked] = await queue(reviewer!, world.organization.id);
    expect(locked).toMatchObject({
      contributionId: id,
      locked: true,
      unlocksWhen: 'Post yours first to unlock this review.',
      unlocksByPosting: true,
      contributionAuthor: null,
    });
    // Rule 2: who posted to a POST_FIRST prompt stays unsaid until the reviewer may see it.
    expect(JSON.stringify(locked)).not.toContain(author!.id);

    await post(reviewer!.client, promptId, 'Mine first');
    const open = (await queue(reviewer!, world.organization.id)).find((r) => r.contributionId === id)!;
    expect(open).toMatchObject({ locked: false, unlocksByPosting: false, contributionAuthor: { id: author!.id } });
  });

  it('marks the assigned contribution for its reviewer only; feedback elsewhere leaves it owed, feedback on it completes it', async () => {
    const world = await createCohortWorld(t, 3);
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, assigned());
    const ids = new Map<string, string>();
    for (const m of world.members) ids.set(m.id, await post(m.client, promptId, `Post by ${m.id}`));
    // Allocation breaks ties at random: loads end (1, 1, 1) or (2, 1, 0); someone owes exactly one.
    let reviewer = world.members[0]!;
    let owed = await queue(reviewer, world.organization.id);
    for (const m of world.members) {
      const theirs = await queue(m, world.organization.id);
      if (theirs.length === 1) [reviewer, owed] = [m, theirs];
    }
    expect(owed).toHaveLength(1);
    const target = owed[0]!.contributionId;
    const other = [...ids.values()].find((id) => id !== target && id !== ids.get(reviewer.id))!;

    const page = async (p: Person): Promise<Map<string, PromptContribution>> =>
      new Map(
        (await p.client.ok(PROMPT, { id: promptId })).prompt.contributions.map((c: PromptContribution) => [c.id, c]),
      );
    const mine = await page(reviewer);
    expect(mine.get(target)).toMatchObject({
      viewerReviewAssignment: { id: owed[0]!.id, completedAt: null },
      viewerOpenReviewsElsewhere: [],
    });
    expect(mine.get(other)).toMatchObject({ viewerReviewAssignment: null, viewerOpenReviewsElsewhere: [target] });
    // Their own post: nothing to review there, and nothing said about elsewhere.
    expect(mine.get(ids.get(reviewer.id)!)).toMatchObject({
      viewerReviewAssignment: null,
      viewerOpenReviewsElsewhere: [],
    });

    // One reviewer per contribution: any other member sees no marker on the reviewer's target.
    for (const m of world.members.filter((m) => m !== reviewer && ids.get(m.id) !== target)) {
      expect((await page(m)).get(target)!.viewerReviewAssignment).toBeNull();
    }
    // The facilitator reviews nobody: no markers.
    for (const c of (await page(world.facilitator)).values()) {
      expect(c).toMatchObject({ viewerReviewAssignment: null, viewerOpenReviewsElsewhere: [] });
    }

    await reviewer.client.ok(GIVE_FEEDBACK, FEEDBACK(other));
    expect(await queue(reviewer, world.organization.id)).toHaveLength(1);
    await reviewer.client.ok(GIVE_FEEDBACK, FEEDBACK(target));
    expect(await queue(reviewer, world.organization.id)).toEqual([]);
    const after = await page(reviewer);
    expect(after.get(target)!.viewerReviewAssignment!.completedAt).not.toBeNull();
    expect(after.get(other)!.viewerOpenReviewsElsewhere).toEqual([]);
  });
});
