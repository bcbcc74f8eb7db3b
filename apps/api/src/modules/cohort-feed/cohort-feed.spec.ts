import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTenant } from '../../../test/factories';
import { addGuest } from '../../../test/guest-factories';
import { scheduleHuddle } from '../../../test/huddle-factories';
import { createCohortWorld, GIVE_FEEDBACK, openPrompt, post, SAVE_DRAFT } from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';
import type { GqlClient } from '../../../test/gql-client';

const FEED = `query ($cohortId: ID!, $first: Int, $after: String) {
  cohortFeed(cohortId: $cohortId, first: $first, after: $after) {
    newCount lastSeenAt
    nodes { id kind at isNew subjectId promptId promptTitle huddleId huddleTitle
      contribution { id body isAnonymous author { id } } }
    pageInfo { hasNextPage endCursor } } }`;
const SEEN = `mutation ($cohortId: ID!) { markCohortFeedSeen(cohortId: $cohortId) }`;
const COMMENT = `mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const HIDE = `mutation ($input: HideContentInput!) { hideContent(input: $input) { subjectId } }`;
const MEMBERS = `query ($id: ID!) { organization(id: $id) { members { id user { id } } } }`;
const REMOVE = `mutation ($input: MembershipRefInput!) { removeMember(input: $input) }`;

type Item = {
  id: string;
  kind: string;
  isNew: boolean;
  subjectId: string;
  huddleTitle: string | null;
  contribution: { id: string; body: string; isAnonymous: boolean; author: { id: string } | null } | null;
};

async function feed(client: GqlClient, cohortId: string, first = 50) {
  const { cohortFeed } = await client.ok(FEED, { cohortId, first });
  return cohortFeed as {
    newCount: number;
    lastSeenAt: string | null;
    nodes: Item[];
    pageInfo: { hasNextPage: boolean };
  };
}
const contributionIds = (items: Item[]) => items.filter((i) => i.kind === 'CONTRIBUTION').map((i) => i.subjectId);

const feedbackInput = (contributionId: string) => ({
  input: {
    contributionId,
    answers: [
      { sectionKey: 'glow', text: 'Clear evidence' },
      { sectionKey: 'grow', text: 'Try it with grade 8' },
    ],
  },
});

describe('the cohort feed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('requires authentication, is not found from another organisation, and refuses bad input', async () => {
    const world = await createCohortWorld(t, 1);
    expect((await t.client().fail(FEED, { cohortId: world.cohortId })).extensions?.code).toBe('UNAUTHENTICATED');
    const stranger = await createTenant(t);
    expect((await stranger.owner.fail(FEED, { cohortId: world.cohortId })).extensions?.code).toBe('NOT_FOUND');
    expect((await stranger.owner.fail(SEEN, { cohortId: world.cohortId })).extensions?.code).toBe('NOT_FOUND');
    const member = world.members[0]!.client;
    for (const variables of [
      { cohortId: world.cohortId, first: 0 },
      { cohortId: world.cohortId, first: 51 },
      { cohortId: world.cohortId, after: 'not-a-cursor' },
      {
        cohortId: world.cohortId,
        after: Buffer.from('feed|2026-01-01T00:00:00.000000Z|9|' + world.cohortId).toString('base64url'),
      },
      { cohortId: world.cohortId, after: '' },
    ]) {
      const error = await member.fail(FEED, variables);
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(Object.keys((error.extensions?.fields as object) ?? {})).toHaveLength(1);
    }
    expect((await member.fail(FEED, { cohortId: 'nope' })).extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('follows the reveal rules, anonymity, drafts and moderation for every viewer', async () => {
    const world = await createCohortWorld(t, 3);
    const [author, postedPeer, silentPeer] = world.members as [
      (typeof world.members)[number],
      (typeof world.members)[number],
      (typeof world.members)[number],
    ];
    const postFirst = await openPrompt(world.facilitator.client, world.cohortId, {
      revealRule: 'POST_FIRST',
      anonymity: 'TO_PEERS',
    });
    const privatePrompt = await openPrompt(world.facilitator.client, world.cohortId, {
      revealRule: 'FACILITATORS_ONLY',
    });
    const open = await openPrompt(world.facilitator.client, world.cohortId);
    const peerPost = await post(postedPeer.client, postFirst, 'The peer posted first');
    const secret = await post(author.client, postFirst, 'Anonymous and post-first');
    const forFacilitators = await post(author.client, privatePrompt, 'For facilitators only');
    const openId = await post(author.client, open, 'Open to everyone');
    const hidden = await post(author.client, open, 'Off topic, about to be hidden');
    await author.client.ok(SAVE_DRAFT, { input: { promptId: open, kind: 'IDEA', body: 'A private draft' } });
    await world.facilitator.client.ok(HIDE, {
      input: { subjectType: 'CONTRIBUTION', subjectId: hidden, reason: 'Off topic' },
    });
    const guest = await addGuest(t, world.facilitator.client, world.cohortId);

    const seen = async (client: GqlClient) => (await feed(client, world.cohortId)).nodes;
    const facilitator = await seen(world.facilitator.client);
    expect(contributionIds(facilitator)).toEqual(expect.arrayContaining([secret, forFacilitators, openId]));
    expect(facilitator.find((i) => i.subjectId === secret)!.contribution!.author!.id).toBe(author.id);

    // The peer who posted sees the post-first contribution, without its author; never the private one.
    const posted = await seen(postedPeer.client);
    expect(contributionIds(posted).sort()).toEqual([secret, openId].sort());
    const anonymous = posted.find((i) => i.subjectId === secret)!.contribution!;
    expect(anonymous.isAnonymous).toBe(true);
    expect(anonymous.author).toBeNull();
    expect(JSON.stringify(posted.find((i) => i.subjectId === secret))).not.toContain(author.id);

    // The peer who has not posted sees neither the post-first contribution nor the private one.
    const silent = await seen(silentPeer.client);
    expect(contributionIds(silent)).toEqual([openId]);
    // Observers read like members who have posted (never FACILITATORS_ONLY).
    expect(contributionIds(await seen(world.observer.client)).sort()).toEqual([peerPost, secret, openId].sort());
    // A Guest reads the cohort by their cohort role: a member who has not posted.
    expect(contributionIds(await seen(guest.client))).toEqual([openId]);
    // Their own contributions and drafts are not news to the author; drafts and hidden content are nobody's.
    const own = await seen(author.client);
    expect(contributionIds(own)).not.toContain(openId);
    for (const items of [facilitator, posted, silent, own]) {
      expect(JSON.stringify(items)).not.toContain('A private draft');
      expect(contributionIds(items)).not.toContain(hidden);
    }
  });

  it('tells a member about feedback on theirs, replies and huddle outcomes, newest first, a page at a time', async () => {
    const world = await createCohortWorld(t, 2);
    const [me, peer] = world.members as [(typeof world.members)[number], (typeof world.members)[number]];
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    const mine = await post(me.client, promptId, 'Mini whiteboards at the start');
    const theirs = await post(peer.client, promptId, 'Exit tickets');
    await peer.client.ok(GIVE_FEEDBACK, feedbackInput(mine));
    const { addComment: myComment } = await me.client.ok(COMMENT, {
      input: { contributionId: theirs, body: 'How long?' },
    });
    const { addComment: reply } = await peer.client.ok(COMMENT, {
      input: { contributionId: theirs, body: 'Five minutes', parentId: myComment.id },
    });
    const [huddle] = await scheduleHuddle(world.facilitator.client, world.cohortId, [promptId]);
    await world.facilitator.client.ok(`mutation ($id: ID!) { startHuddle(id: $id) { status } }`, { id: huddle!.id });
    await world.facilitator.client.ok(`mutation ($id: ID!) { endHuddle(id: $id) { status } }`, { id: huddle!.id });

    const all = await feed(me.client, world.cohortId);
    expect(all.nodes.map((i) => i.kind)).toEqual(['HUDDLE_OUTCOME', 'REPLY', 'FEEDBACK_ON_MINE', 'CONTRIBUTION']);
    expect(all.nodes.map((i) => i.subjectId).slice(1)).toEqual([reply.id, expect.any(String), theirs]);
    expect(all.nodes[0]!.huddleTitle).toBe(huddle!.title);
    expect(all.nodes[2]!.contribution!.id).toBe(mine);
    // Never looked: everything is new.
    expect(all.newCount).toBe(4);
    expect(all.lastSeenAt).toBeNull();
    expect(all.nodes.every((i) => i.isNew)).toBe(true);

    // Pages of one: the same items in the same order, none repeated, none skipped.
    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { cohortFeed }: { cohortFeed: { nodes: Item[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } =
        await me.client.ok(FEED, { cohortId: world.cohortId, first: 1, after });
      paged.push(...cohortFeed.nodes.map((i) => i.id));
      if (!cohortFeed.pageInfo.hasNextPage) break;
      after = cohortFeed.pageInfo.endCursor;
    }
    expect(paged).toEqual(all.nodes.map((i) => i.id));

    // Marked seen: nothing is new until the next thing happens.
    await me.client.ok(SEEN, { cohortId: world.cohortId });
    const afterSeen = await feed(me.client, world.cohortId);
    expect(afterSeen.newCount).toBe(0);
    expect(afterSeen.lastSeenAt).not.toBeNull();
    expect(afterSeen.nodes.some((i) => i.isNew)).toBe(false);
    const fresh = await post(peer.client, promptId, 'Traffic light cups');
    const later = await feed(me.client, world.cohortId);
    expect(later.newCount).toBe(1);
    expect(later.nodes[0]).toMatchObject({ subjectId: fresh, isNew: true });
    expect(later.nodes.slice(1).some((i) => i.isNew)).toBe(false);
    // The marker is the viewer's own: the peer's feed still counts everything as new.
    expect((await feed(peer.client, world.cohortId)).newCount).toBeGreaterThan(0);
  });

  it('ends for a member removed from the organisation', async () => {
    const world = await createCohortWorld(t, 2);
    const [leaver, stayer] = world.members as [(typeof world.members)[number], (typeof world.members)[number]];
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    await post(stayer.client, promptId, 'Cold calling with think time');
    expect((await feed(leaver.client, world.cohortId)).nodes).toHaveLength(1);
    const { organization } = await world.facilitator.client.ok(MEMBERS, { id: world.organization.id });
    const membership = organization.members.find((m: { user: { id: string } }) => m.user.id === leaver.id);
    await world.facilitator.client.ok(REMOVE, {
      input: { organizationId: world.organization.id, membershipId: membership.id },
    });
    expect((await leaver.client.fail(FEED, { cohortId: world.cohortId })).extensions?.code).toBe('NOT_FOUND');
    expect((await leaver.client.fail(SEEN, { cohortId: world.cohortId })).extensions?.code).toBe('NOT_FOUND');
    // The content stays for the others.
    expect((await feed(stayer.client, world.cohortId)).nodes).toHaveLength(0);
    expect((await feed(world.facilitator.client, world.cohortId)).nodes).toHaveLength(1);
  });
});
