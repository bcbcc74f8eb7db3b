import { createCohortWorld, openPrompt, type Person, post } from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';

const PAGE = `query ($id: ID!, $first: Int, $after: String) { prompt(id: $id) { id contributionCount
  contributionPage(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    nodes { id isMine spotlighted author { id } } }
  viewerDrafts { id status } } }`;
const SPOTLIGHT = `mutation ($input: SpotlightContributionInput!) { spotlightContribution(input: $input) { id } }`;
const DELETE = `mutation ($id: ID!) { deleteContribution(id: $id) }`;
const HIDE = `mutation ($input: HideContentInput!) { hideContent(input: $input) { subjectId } }`;
const SAVE_DRAFT = `mutation ($input: SaveDraftInput!) { saveDraft(input: $input) { id } }`;

type Node = { id: string; isMine: boolean; spotlighted: boolean; author: { id: string } | null };
type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Node[] };

/** Issue 14: a prompt's contributions a page at a time, in a stable order, under the reveal rules. */
describe('a prompt’s contributions as a cursor connection', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const page = async (p: Person, id: string, first?: number, after?: string | null): Promise<Page> =>
    (await p.client.ok(PAGE, { id, first, after })).prompt.contributionPage;

  /** Every page after the first, following `endCursor` until the last. */
  const walk = async (p: Person, id: string, first: number, between?: (n: number) => Promise<void>) => {
    const pages: Page[] = [];
    let after: string | null = null;
    do {
      const next: Page = await page(p, id, first, after);
      pages.push(next);
      after = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
      if (after && between) await between(pages.length);
    } while (after);
    return pages;
  };

  /** The order the page promises, computed from the tables (spotlight, the viewer's reviews, newest, id). */
  const expectedOrder = async (promptId: string, viewerId: string, visible: Set<string>) => {
    const rows: Array<{ id: string }> = await t.dataSource.query(
      `SELECT c.id FROM contribution c
        WHERE c.prompt_id = $1 AND c.status = 'PUBLISHED' AND c.deleted_at IS NULL AND c.hidden_at IS NULL
        ORDER BY (CASE WHEN c.spotlighted_at IS NOT NULL THEN 0
                       WHEN EXISTS (SELECT 1 FROM review_assignment ra WHERE ra.contribution_id = c.id AND ra.reviewer_id = $2) THEN 1
                       ELSE 2 END), c.published_at DESC, c.id DESC`,
      [promptId, viewerId],
    );
    return rows.map((r) => r.id).filter((id) => visible.has(id));
  };

  it('requires authentication', async () => {
    const error = await t.client().fail(PAGE, { id: '00000000-0000-4000-8000-000000000000' });
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('pages spotlights, then the viewer’s reviews, then the newest — no duplicates or gaps while others post and delete', async () => {
    const world = await createCohortWorld(t, 3);
    const [author, other, viewer] = world.members as [Person, Person, Person];
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, {
      reviewMode: 'ASSIGNED',
      reviewsPerContribution: 2,
    });
    const ids: string[] = [];
    for (let i = 0; i < 22; i++)
      ids.push(await post(i % 4 === 3 ? other.client : author.client, promptId, `Idea ${i}`));
    await post(viewer.client, promptId, 'Mine');
    for (const id of [ids[3]!, ids[15]!]) {
      await world.facilitator.client.ok(SPOTLIGHT, { input: { contributionId: id, spotlight: true } });
    }
    const assigned: Array<{ contribution_id: string }> = await t.dataSource.query(
      'SELECT contribution_id FROM review_assignment WHERE reviewer_id = $1',
      [viewer.id],
    );
    expect(assigned.length).toBeGreaterThan(0); // the order's second group is exercised

    const before = await expectedOrder(promptId, viewer.id, new Set(await all()));
    async function all() {
      return (await t.dataSource.query('SELECT id FROM contribution WHERE prompt_id = $1', [promptId])).map(
        (r: { id: string }) => r.id,
      );
    }
    expect(before.slice(0, 2).sort()).toEqual([ids[3]!, ids[15]!].sort());

    // The first page is 20 by default.
    const first = await page(viewer, promptId);
    expect(first.nodes.map((n) => n.id)).toEqual(before.slice(0, 20));
    expect(first).toMatchObject({ totalCount: 23, pageInfo: { hasNextPage: true } });

    // While the viewer pages, peers post (newest: before the cursor, so they arrive by event, not here)
    // and one not yet shown is deleted: the pages still hold every remaining row exactly once.
    const lateDeleted = before[12]!;
    const arrived: string[] = [];
    const pages = await walk(viewer, promptId, 5, async (n) => {
      if (n === 1) arrived.push(await post(other.client, promptId, 'Late idea'));
      if (n === 2) await author.client.ok(DELETE, { id: lateDeleted });
    });
    const seen = pages.flatMap((p) => p.nodes.map((n) => n.id));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(before.filter((id) => id !== lateDeleted));
    expect(seen).not.toContain(arrived[0]);
    expect(pages.at(-1)!.totalCount).toBe(23); // +1 posted, −1 deleted
    expect(pages.at(-1)!.pageInfo.hasNextPage).toBe(false);
  });

  it('POST_FIRST: a member who has not posted gets no peer rows and a total that says no more than the count', async () => {
    const world = await createCohortWorld(t, 3);
    const [author, silent, anotherPeer] = world.members as [Person, Person, Person];
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, {
      revealRule: 'POST_FIRST',
      anonymity: 'TO_PEERS',
    });
    const posted = [];
    for (let i = 0; i < 4; i++) posted.push(await post(author.client, promptId, `Idea ${i}`));
    await post(anotherPeer.client, promptId, 'Another');
    await silent.client.ok(SAVE_DRAFT, { input: { promptId, kind: 'IDEA', body: 'thinking…' } });

    const before = await silent.client.ok(PAGE, { id: promptId, first: 2 });
    expect(before.prompt.contributionPage).toEqual({
      totalCount: 0,
      pageInfo: { hasNextPage: false, endCursor: null },
      nodes: [],
    });
    expect(before.prompt.contributionCount).toBe(0);
    expect(before.prompt.viewerDrafts).toEqual([{ id: expect.any(String), status: 'DRAFT' }]);
    // Drafts are private: nobody else sees them, not even the facilitator, and they are not in the pages.
    const facilitatorView = await world.facilitator.client.ok(PAGE, { id: promptId });
    expect(facilitatorView.prompt.viewerDrafts).toEqual([]);
    expect(facilitatorView.prompt.contributionPage.totalCount).toBe(5);
    expect(facilitatorView.prompt.contributionPage.nodes.every((n: Node) => n.author)).toBe(true);

    await post(silent.client, promptId, 'Now mine');
    const pages = await walk(silent, promptId, 2);
    expect(pages.every((p) => p.totalCount === 6)).toBe(true);
    const nodes = pages.flatMap((p) => p.nodes);
    expect(nodes).toHaveLength(6);
    // Anonymous to peers: no author on any page, and no cursor carries one.
    expect(nodes.filter((n) => !n.isMine).every((n) => n.author === null)).toBe(true);
    const cursors = pages.map((p) => Buffer.from(p.pageInfo.endCursor ?? '', 'base64url').toString('utf8'));
    for (const c of cursors) {
      expect(c).not.toContain(author.id);
      expect(c).not.toContain(anotherPeer.id);
    }
  });

  it('hidden and deleted contributions leave every page and the total', async () => {
    const world = await createCohortWorld(t, 2);
    const [author, peer] = world.members as [Person, Person];
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push(await post(author.client, promptId, `Idea ${i}`));
    await author.client.ok(DELETE, { id: ids[1] });
    await world.facilitator.client.ok(HIDE, {
      input: { subjectType: 'CONTRIBUTION', subjectId: ids[3], reason: 'A student’s name' },
    });
    for (const viewer of [peer, author, world.facilitator]) {
      const pages = await walk(viewer, promptId, 2);
      const seen = pages.flatMap((p) => p.nodes.map((n) => n.id));
      expect(seen.sort()).toEqual([ids[0], ids[2], ids[4]].sort());
      expect(pages.every((p) => p.totalCount === 3)).toBe(true);
    }
  });

  it('FACILITATORS_ONLY: peers page through their own only; outsiders are refused', async () => {
    const world = await createCohortWorld(t, 2);
    const [author, peer] = world.members as [Person, Person];
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, { revealRule: 'FACILITATORS_ONLY' });
    await post(author.client, promptId);
    const mine = await post(peer.client, promptId, 'Mine');
    const peerPage = await page(peer, promptId);
    expect(peerPage.nodes.map((n) => n.id)).toEqual([mine]);
    expect(peerPage.totalCount).toBe(1);
    expect((await page(world.observer, promptId)).totalCount).toBe(0);
    expect((await page(world.facilitator, promptId)).totalCount).toBe(2);
    const refused = await world.outsider.client.fail(PAGE, { id: promptId });
    expect(refused.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a bad page size or a cursor it did not hand out with BAD_USER_INPUT', async () => {
    const world = await createCohortWorld(t, 1);
    const [author] = world.members as [Person];
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    await post(author.client, promptId);
    await post(author.client, promptId, 'Second');
    const good = (await page(author, promptId, 1)).pageInfo.endCursor!;
    const decoded = Buffer.from(good, 'base64url').toString('utf8');
    const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
    const bad: Array<[string, Record<string, unknown>]> = [
      ['after', { after: 'not a cursor' }],
      ['after', { after: '' }],
      ['after', { after: b64(decoded.replace(/-\d\d-/, '-13-')) }], // month 13
      ['after', { after: b64(decoded.replace(/\|[^|]+$/, '|not-a-uuid')) }],
      ['after', { after: b64(decoded.replace(/^contribution\|\d/, 'contribution|9999999')) }],
      ['after', { after: b64(decoded.replace(/^contribution/, 'notification')) }],
      ['after', { after: b64(`${decoded}|extra`) }],
      ['after', { after: 'x'.repeat(5000) }],
      ['first', { first: 0 }],
      ['first', { first: 51 }],
      ['first', { first: -3 }],
    ];
    for (const [field, variables] of bad) {
      const error = await author.client.fail(PAGE, { id: promptId, ...variables });
      expect({ variables, code: error.extensions?.code }).toEqual({ variables, code: 'BAD_USER_INPUT' });
      expect(error.extensions?.fields?.[field]).toBeTruthy();
    }
  });
});
