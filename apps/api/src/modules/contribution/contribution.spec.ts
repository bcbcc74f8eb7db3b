import { createCohortWorld, GIVE_FEEDBACK, openPrompt, post, SAVE_DRAFT } from '../../../test/learning-factories';
import { createTenant } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/test-app';

const PROMPT_CONTRIBUTIONS = `query ($id: ID!) { prompt(id: $id) { id contributionCount viewerHasPublished contributions { id isMine author { id } } } }`;
const CONTRIBUTION = `query ($id: ID!) { contribution(id: $id) { id body author { id } isAnonymous isMine
  comments { id author { id } byContributionAuthor } revisions { version body editedBy { id } } } }`;
const EDIT = `mutation ($input: EditContributionInput!) { editContribution(input: $input) { id version body } }`;
const DELETE = `mutation ($id: ID!) { deleteContribution(id: $id) }`;
const COMMENT = `mutation ($input: AddCommentInput!) { addComment(input: $input) { id author { id } byContributionAuthor } }`;

describe('contributions: reveal rules, anonymity, drafts, revisions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('requires authentication', async () => {
    const error = await t.client().fail(PROMPT_CONTRIBUTIONS, { id: '00000000-0000-4000-8000-000000000000' });
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
  });

  /**
   * The reveal matrix: for each rule, what the facilitator, the author, a peer who posted, a peer
   * who did not, an observer, an org member outside the cohort and another organization see —
   * through the list, the count, and fetch by id.
   */
  it.each([
    ['OPEN', {}, { postedPeer: true, silentPeer: true, observer: true }],
    ['POST_FIRST', {}, { postedPeer: true, silentPeer: false, observer: true }],
    [
      'AT_TIME (not yet)',
      { revealRule: 'AT_TIME', revealAt: new Date(Date.now() + 3_600_000).toISOString() },
      { postedPeer: false, silentPeer: false, observer: false },
    ],
    [
      'AT_TIME (passed)',
      { revealRule: 'AT_TIME', revealAt: new Date(Date.now() - 1000).toISOString() },
      { postedPeer: true, silentPeer: true, observer: true },
    ],
    ['FACILITATORS_ONLY', {}, { postedPeer: false, silentPeer: false, observer: false }],
  ])('%s: list, count and by-id agree for every viewer', async (label, extra, expected) => {
    const world = await createCohortWorld(t, 3);
    const [author, postedPeer, silentPeer] = world.members;
    const rule = label.split(' ')[0];
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, { revealRule: rule, ...extra });
    const contributionId = await post(author.client, promptId);
    await post(postedPeer.client, promptId, 'My own take.');
    const stranger = await createTenant(t, 'Other org');

    const sees = async (client: typeof author.client) => {
      const list = await client.request(PROMPT_CONTRIBUTIONS, { id: promptId });
      const byId = await client.request(CONTRIBUTION, { id: contributionId });
      const inList = !!list.data?.prompt?.contributions.some((c: any) => c.id === contributionId);
      const viaId = !!byId.data?.contribution;
      expect(viaId).toBe(inList);
      if (!viaId) expect(byId.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      return {
        inList,
        count: list.data?.prompt?.contributionCount as number | undefined,
        listError: list.errors?.[0]?.extensions?.code,
      };
    };

    expect((await sees(world.facilitator.client)).inList).toBe(true);
    expect((await sees(author.client)).inList).toBe(true);
    const posted = await sees(postedPeer.client);
    expect(posted.inList).toBe(expected.postedPeer);
    expect(posted.count).toBe(expected.postedPeer ? 2 : 1); // their own always counts
    const silent = await sees(silentPeer.client);
    expect(silent.inList).toBe(expected.silentPeer);
    expect(silent.count).toBe(expected.silentPeer ? 2 : 0);
    expect((await sees(world.observer.client)).inList).toBe(expected.observer);
    const outsider = await sees(world.outsider.client);
    expect(outsider).toMatchObject({ inList: false, listError: 'NOT_FOUND' });
    expect(await sees(stranger.owner)).toMatchObject({ inList: false, listError: 'NOT_FOUND' });
  });

  it('keeps drafts private to their author, even from facilitators', async () => {
    const world = await createCohortWorld(t, 2);
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    const { saveDraft } = await world.members[0].client.ok(SAVE_DRAFT, {
      input: { promptId, kind: 'IDEA', body: 'half-baked' },
    });
    expect(saveDraft.status).toBe('DRAFT');
    expect((await world.members[0].client.ok(CONTRIBUTION, { id: saveDraft.id })).contribution.body).toBe('half-baked');
    for (const other of [world.facilitator.client, world.members[1].client]) {
      expect((await other.fail(CONTRIBUTION, { id: saveDraft.id })).extensions?.code).toBe('NOT_FOUND');
      expect((await other.ok(PROMPT_CONTRIBUTIONS, { id: promptId })).prompt.contributionCount).toBe(0);
    }
  });

  it('never shows peers the author of an anonymous contribution, in any field; facilitators see it', async () => {
    const world = await createCohortWorld(t, 2);
    const [author, peer] = world.members;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, { anonymity: 'TO_PEERS' });
    const id = await post(author.client, promptId, 'Anonymous idea');
    await peer.client.ok(GIVE_FEEDBACK, {
      input: {
        contributionId: id,
        answers: [
          { sectionKey: 'glow', text: 'a' },
          { sectionKey: 'grow', text: 'b' },
        ],
      },
    });
    await author.client.ok(COMMENT, { input: { contributionId: id, body: 'Thanks, I will try it.' } });
    await author.client.ok(EDIT, {
      input: { contributionId: id, expectedVersion: 1, kind: 'SOLUTION', body: 'Anonymous idea, revised' },
    });

    const asPeer = await peer.client.request(CONTRIBUTION, { id });
    const text = JSON.stringify(asPeer);
    expect(text).not.toContain(author.id);
    expect(asPeer.data!.contribution).toMatchObject({ author: null, isAnonymous: true, isMine: false });
    expect(asPeer.data!.contribution.comments[0]).toMatchObject({ author: null, byContributionAuthor: true });
    expect(asPeer.data!.contribution.revisions[0].editedBy).toBeNull();
    expect(JSON.stringify(await peer.client.request(PROMPT_CONTRIBUTIONS, { id: promptId }))).not.toContain(author.id);

    // The author mentions the peer: the notification does not name them either.
    await author.client.ok(COMMENT, {
      input: { contributionId: id, body: 'What do you think?', mentionedUserIds: [peer.id] },
    });
    const notes = await peer.client.ok(
      `query ($org: ID!) { notifications(organizationId: $org) { items { kind text } } }`,
      { org: world.organization.id },
    );
    expect(notes.notifications.items.filter((n: { kind: string }) => n.kind === 'MENTION')).toEqual([
      { kind: 'MENTION', text: 'The author mentioned you: “What do you think?”' },
    ]);

    const asFacilitator = await world.facilitator.client.ok(CONTRIBUTION, { id });
    expect(asFacilitator.contribution.author.id).toBe(author.id);
    expect((await author.client.ok(CONTRIBUTION, { id })).contribution).toMatchObject({ isMine: true });
  });

  it('keeps revisions on edit and refuses an edit based on a stale version (nothing is overwritten)', async () => {
    const world = await createCohortWorld(t, 1);
    const [author] = world.members;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    const id = await post(author.client, promptId, 'v1 text');
    const { editContribution } = await author.client.ok(EDIT, {
      input: { contributionId: id, expectedVersion: 1, kind: 'SOLUTION', body: 'v2 text' },
    });
    expect(editContribution.version).toBe(2);
    const stale = await author.client.fail(EDIT, {
      input: { contributionId: id, expectedVersion: 1, kind: 'SOLUTION', body: 'from an old tab' },
    });
    expect(stale.extensions).toMatchObject({
      code: 'CONFLICT',
      fields: { expectedVersion: expect.stringContaining('2') },
    });
    const { contribution } = await world.facilitator.client.ok(CONTRIBUTION, { id });
    expect(contribution.body).toBe('v2 text');
    expect(contribution.revisions).toEqual([{ version: 1, body: 'v1 text', editedBy: { id: author.id } }]);
  });

  it('rejects bad input with field messages and changes nothing', async () => {
    const world = await createCohortWorld(t, 1);
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, { acceptedKinds: ['IDEA'] });
    const client = world.members[0].client;
    const kind = await client.fail(SAVE_DRAFT, { input: { promptId, kind: 'SOLUTION', body: 'x' } });
    expect(kind.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { kind: expect.any(String) } });
    const unknownKind = await client.fail(SAVE_DRAFT, { input: { promptId, kind: 'RANT', body: 'x' } });
    expect(unknownKind.extensions?.code).toBe('BAD_USER_INPUT');
    const tooLong = await client.fail(SAVE_DRAFT, { input: { promptId, kind: 'IDEA', body: 'x'.repeat(50_001) } });
    expect(tooLong.extensions?.fields?.body).toBeTruthy();
    const badLink = await client.fail(SAVE_DRAFT, {
      input: { promptId, kind: 'IDEA', body: 'x', links: [{ url: 'javascript:alert(1)', title: 'x' }] },
    });
    expect(badLink.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await client.ok(PROMPT_CONTRIBUTIONS, { id: promptId })).prompt.contributions).toEqual([]);
    const observer = await world.observer.client.fail(SAVE_DRAFT, { input: { promptId, kind: 'IDEA', body: 'x' } });
    expect(observer.extensions?.code).toBe('FORBIDDEN');
  });

  it('stores Markdown exactly as written, script tags included, for the client to render safely', async () => {
    const world = await createCohortWorld(t, 1);
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    const xss = '<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>';
    const id = await post(world.members[0].client, promptId, xss);
    expect((await world.facilitator.client.ok(CONTRIBUTION, { id })).contribution.body).toBe(xss);
  });

  it('lets facilitators (only) spotlight a contribution and take the spotlight back', async () => {
    const world = await createCohortWorld(t, 2);
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    const id = await post(world.members[0].client, promptId);
    const SPOTLIGHT = `mutation ($input: SpotlightContributionInput!) { spotlightContribution(input: $input) { spotlighted } }`;
    expect(
      (await world.members[1].client.fail(SPOTLIGHT, { input: { contributionId: id, spotlight: true } })).extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await world.facilitator.client.ok(SPOTLIGHT, { input: { contributionId: id, spotlight: true } }))
        .spotlightContribution.spotlighted,
    ).toBe(true);
    expect(
      (await world.facilitator.client.ok(SPOTLIGHT, { input: { contributionId: id, spotlight: false } }))
        .spotlightContribution.spotlighted,
    ).toBe(false);
  });

  it('soft-deletes for everyone and leaves an auditable tombstone', async () => {
    const world = await createCohortWorld(t, 2);
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    const id = await post(world.members[0].client, promptId);
    expect((await world.members[1].client.fail(DELETE, { id })).extensions?.code).toBe('FORBIDDEN');
    await world.members[0].client.ok(DELETE, { id });
    for (const c of [world.members[0].client, world.members[1].client, world.facilitator.client]) {
      expect((await c.fail(CONTRIBUTION, { id })).extensions?.code).toBe('NOT_FOUND');
      expect((await c.ok(PROMPT_CONTRIBUTIONS, { id: promptId })).prompt.contributionCount).toBe(0);
    }
    const [row] = await t.dataSource.query('SELECT deleted_at, deleted_by_id, body FROM contribution WHERE id = $1', [
      id,
    ]);
    expect(row).toMatchObject({ deleted_by_id: world.members[0].id, body: 'Exit tickets with a hinge question.' });
    expect(row.deleted_at).toBeTruthy();
  });

  it('reads a prompt page in the same number of statements at 3 and at 12 contributions', async () => {
    const world = await createCohortWorld(t, 12);
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    const page = `query ($id: ID!) { prompt(id: $id) { contributionCount contributions { id author { id } feedback { id author { id } answers { text } } comments { id } } } }`;
    for (const m of world.members.slice(0, 3)) await post(m.client, promptId);
    const few = await world.facilitator.client.request(page, { id: promptId });
    for (const m of world.members.slice(3)) await post(m.client, promptId);
    for (const m of world.members.slice(0, 4)) {
      const { prompt } = await m.client.ok(PROMPT_CONTRIBUTIONS, { id: promptId });
      const other = prompt.contributions.find((c: any) => !c.isMine);
      await m.client.ok(GIVE_FEEDBACK, {
        input: {
          contributionId: other.id,
          answers: [
            { sectionKey: 'glow', text: 'g' },
            { sectionKey: 'grow', text: 'h' },
          ],
        },
      });
    }
    const many = await world.facilitator.client.request(page, { id: promptId });
    expect(many.data!.prompt.contributions).toHaveLength(12);
    expect(many.extensions?.sqlStatements).toBe(few.extensions?.sqlStatements);
    expect(few.extensions?.sqlStatements).toBeLessThanOrEqual(10);
  });
});
