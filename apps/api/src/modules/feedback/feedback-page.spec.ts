import { createCohortWorld, GIVE_FEEDBACK, openPrompt, type Person, post } from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';

const PAGES = `query ($id: ID!, $fFirst: Int, $fAfter: String, $cFirst: Int, $cAfter: String) { contribution(id: $id) {
  id
  feedbackPage(first: $fFirst, after: $fAfter) { totalCount pageInfo { hasNextPage endCursor }
    nodes { id isMine author { id } commentPage { totalCount nodes { id parentId feedbackId } } } }
  viewerFeedback { id isMine }
  commentPage(first: $cFirst, after: $cAfter) { totalCount pageInfo { hasNextPage endCursor }
    nodes { id parentId feedbackId author { id } } } } }`;
const COMMENT = `mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const HIDE = `mutation ($input: HideContentInput!) { hideContent(input: $input) { subjectId } }`;
const feedback = (contributionId: string, text: string) => ({
  input: {
    contributionId,
    answers: [
      { sectionKey: 'glow', text },
      { sectionKey: 'grow', text: 'Add a sample' },
    ],
  },
});

type Conn = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: any[] };

/** Issue 14: the first few feedback and comments under a contribution, a count, and the rest on demand. */
describe('feedback and comments on a contribution as cursor connections', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function walk(p: Person, id: string, field: 'feedbackPage' | 'commentPage', first: number) {
    const pages: Conn[] = [];
    let after: string | null = null;
    do {
      const vars: Record<string, unknown> =
        field === 'feedbackPage' ? { id, fFirst: first, fAfter: after } : { id, cFirst: first, cAfter: after };
      const next: Conn = (await p.client.ok(PAGES, vars)).contribution[field];
      pages.push(next);
      after = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
    } while (after);
    return pages;
  }

  it('pages feedback oldest first, three by default, without hidden feedback in the pages or the total', async () => {
    const world = await createCohortWorld(t, 6);
    const [author, ...givers] = world.members as [Person, ...Person[]];
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    const id = await post(author.client, promptId);
    const given: string[] = [];
    for (const [i, g] of givers.entries())
      given.push((await g.client.ok(GIVE_FEEDBACK, feedback(id, `Glow ${i}`))).giveFeedback.id);
    await world.facilitator.client.ok(HIDE, {
      input: { subjectType: 'FEEDBACK', subjectId: given[2], reason: 'Unkind' },
    });

    const first = (await author.client.ok(PAGES, { id })).contribution.feedbackPage as Conn;
    expect(first.nodes.map((n) => n.id)).toEqual([given[0], given[1], given[3]]);
    expect(first).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    const all = (await walk(author, id, 'feedbackPage', 1)).flatMap((p) => p.nodes.map((n) => n.id));
    expect(all).toEqual([given[0], given[1], given[3], given[4]]);

    // The giver of the last one finds it to revise, though it is not on the first page.
    const last = givers[4]!;
    const theirs = (await last.client.ok(PAGES, { id })).contribution;
    expect(theirs.viewerFeedback).toEqual({ id: given[4], isMine: true });
    expect(theirs.feedbackPage.nodes.map((n: { id: string }) => n.id)).not.toContain(given[4]);
    // The hidden one is gone for its own giver too (its tombstone shows elsewhere).
    expect((await givers[2]!.client.ok(PAGES, { id })).contribution.viewerFeedback).toBeNull();
  });

  it('pages a discussion with replies after what they answer, threads under each feedback, and refuses bad input', async () => {
    const world = await createCohortWorld(t, 2);
    const [author, peer] = world.members as [Person, Person];
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, { anonymity: 'TO_PEERS' });
    const id = await post(author.client, promptId);
    const fb = (await peer.client.ok(GIVE_FEEDBACK, feedback(id, 'Clear'))).giveFeedback.id as string;
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const parentId = i === 2 ? ids[0] : undefined;
      ids.push(
        (await author.client.ok(COMMENT, { input: { contributionId: id, body: `c${i}`, parentId } })).addComment.id,
      );
    }
    const onFeedback = [];
    for (let i = 0; i < 4; i++) {
      onFeedback.push(
        (await peer.client.ok(COMMENT, { input: { contributionId: id, feedbackId: fb, body: `f${i}` } })).addComment.id,
      );
    }
    const pages = await walk(peer, id, 'commentPage', 3);
    expect(pages.map((p) => p.totalCount)).toEqual([4, 4]);
    expect(pages.flatMap((p) => p.nodes.map((n) => n.id))).toEqual(ids);
    // Anonymous to peers: the author's comments carry no author for a peer.
    expect(pages.flatMap((p) => p.nodes).every((n) => n.author === null)).toBe(true);
    const thread = (await peer.client.ok(PAGES, { id })).contribution.feedbackPage.nodes[0].commentPage;
    expect(thread.totalCount).toBe(4);
    expect(thread.nodes.map((n: { id: string }) => n.id)).toEqual(onFeedback.slice(0, 3));

    const contributionCursor = Buffer.from('contribution|2|2026-01-01T00:00:00.000000Z|' + id).toString('base64url');
    for (const variables of [
      { fAfter: 'nope' },
      { cAfter: contributionCursor },
      { cAfter: '' },
      { fFirst: 0 },
      { cFirst: 51 },
    ]) {
      const error = await peer.client.fail(PAGES, { id, ...variables });
      expect({ variables, code: error.extensions?.code }).toEqual({ variables, code: 'BAD_USER_INPUT' });
    }
  });
});
