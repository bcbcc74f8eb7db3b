import type { Client } from 'graphql-ws';
import { addMember, createTenant, uploadAvatar } from '../../../test/factories';
import type { GqlClient } from '../../../test/gql-client';
import { scheduleHuddle } from '../../../test/huddle-factories';
import {
  ADD_COHORT_MEMBERS,
  CREATE_COHORT,
  createCohortWorld,
  GIVE_FEEDBACK,
  openPrompt,
  post,
  SAVE_DRAFT,
} from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { subscribe, type Subscription, wsClientFor } from '../../../test/ws-client';

/**
 * The reveal-rule matrix on the paths contribution.spec.ts does not walk: search, the
 * cohortActivity subscription and the brief's Markdown export. One world, one prompt per rule
 * (every one anonymous TO_PEERS), one WebSocket per viewer; the events are fired once and each
 * subscription is read up to a sentinel every cohort viewer may see, so "not received" needs no
 * timeout.
 */

const REVEAL_AT_BEFORE = new Date(Date.now() + 3_600_000).toISOString();
const REVEAL_AT_AFTER = new Date(Date.now() - 1000).toISOString();

const RULES = {
  OPEN: { revealRule: 'OPEN' },
  POST_FIRST: { revealRule: 'POST_FIRST' },
  AT_TIME_BEFORE: { revealRule: 'AT_TIME', revealAt: REVEAL_AT_BEFORE },
  AT_TIME_AFTER: { revealRule: 'AT_TIME', revealAt: REVEAL_AT_AFTER },
  FACILITATORS_ONLY: { revealRule: 'FACILITATORS_ONLY' },
} as const;
type Rule = keyof typeof RULES;
const RULE_NAMES = Object.keys(RULES) as Rule[];

type ViewerName =
  'facilitator' | 'orgAdmin' | 'author' | 'postedPeer' | 'silentPeer' | 'observer' | 'otherCohort' | 'otherOrg';

const row = (...seen: boolean[]): Record<Rule, boolean> =>
  Object.fromEntries(RULE_NAMES.map((rule, i) => [rule, seen[i]])) as Record<Rule, boolean>;

/**
 * Whether the viewer sees a published contribution by someone else. The author and the peer who
 * posted have both posted to every rule's prompt; the silent peer to none.
 */
// prettier-ignore
const SEES_OTHERS: Record<ViewerName, Record<Rule, boolean>> = {
  //                    OPEN   POST_FIRST  AT_TIME_BEFORE  AT_TIME_AFTER  FACILITATORS_ONLY
  facilitator: row(     true,  true,       true,           true,          true),  // cohort facilitator, org member
  orgAdmin:    row(     true,  true,       false,          true,          false), // org admin, not in the cohort: reads as an observer (rule 2)
  author:      row(     true,  true,       false,          true,          false),
  postedPeer:  row(     true,  true,       false,          true,          false),
  silentPeer:  row(     true,  false,      false,          true,          false),
  observer:    row(     true,  true,       false,          true,          false),
  otherCohort: row(     false, false,      false,          false,         false), // same org, another cohort
  otherOrg:    row(     false, false,      false,          false,         false),
};
const VIEWERS = Object.keys(SEES_OTHERS) as ViewerName[];
const IN_COHORT: ViewerName[] = ['facilitator', 'orgAdmin', 'author', 'postedPeer', 'silentPeer', 'observer'];

const sees = (viewer: ViewerName, by: 'author' | 'postedPeer', rule: Rule) =>
  viewer === by || SEES_OTHERS[viewer][rule];
/** TO_PEERS: only the cohort's facilitators and the author themselves learn who wrote it (not admins outside it: rule 3). */
const namesAuthor = (viewer: ViewerName, by: ViewerName) => viewer === by || viewer === 'facilitator';

/** Unique words per rule and piece, so search hits and export lines can be traced back. */
const marker = (rule: Rule, piece: 'author' | 'peer' | 'question') =>
  `mk${RULE_NAMES.indexOf(rule)}${piece.slice(0, 3)}x`;
const WORD = 'quokka';

const SEARCH = `query ($org: ID!, $q: String!) {
  search(organizationId: $org, query: $q) { kind id contributionId promptId promptTitle excerpt } }`;
/** Every field of a Contribution that could name a person, as reachable from an event or a search hit. */
const CONTRIBUTION_FIELDS = `id promptId isAnonymous isMine body
  author { id displayName avatarUrl timeZone }
  comments { id author { id displayName avatarUrl } byContributionAuthor parentId feedbackId mentionedUserIds }
  feedback { id author { id displayName avatarUrl } isMine helpful answers { text } }
  revisions { version editedBy { id displayName avatarUrl } answersFeedbackId }
  reactions { kind count viewerReacted }
  attachments { id fileName url }`;
const ACTIVITY = `subscription ($cohortId: ID!) {
  cohortActivity(cohortId: $cohortId) { kind promptId subjectId contribution { ${CONTRIBUTION_FIELDS} } } }`;
const CONTRIBUTION = `query ($id: ID!) { contribution(id: $id) { ${CONTRIBUTION_FIELDS} } }`;
const MARKDOWN = `query ($id: ID!) { briefMarkdown(huddleId: $id) }`;
const EDIT = `mutation ($input: EditContributionInput!) { editContribution(input: $input) { id } }`;
const COMMENT = `mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const DELETE = `mutation ($id: ID!) { deleteContribution(id: $id) }`;
const MARK_HELPFUL = `mutation ($input: MarkFeedbackHelpfulInput!) { markFeedbackHelpful(input: $input) { id } }`;
const REACT = `mutation ($input: ReactInput!) { react(input: $input) { id } }`;
const UPDATE_PROFILE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`;

// Their pictures are uploaded in beforeAll: the address (which names the person) is a trace too.
const AUTHOR_PROFILE = { displayName: 'Zenobia Quillfeather', avatarUrl: '' };
const PEER_PROFILE = { displayName: 'Bartholomew Finchley', avatarUrl: '' };

type Activity = { cohortActivity: { kind: string; promptId: string; subjectId: string | null; contribution: any } };

/** Resolves once an event matching `predicate` has arrived (bounded: rejects after `ms`). */
async function waitForEvent(sub: Subscription<Activity>, predicate: (e: Activity) => boolean, ms = 5000) {
  const deadline = Date.now() + ms;
  while (!sub.events.some(predicate)) await sub.waitFor(sub.events.length + 1, Math.max(1, deadline - Date.now()));
}

describe('reveal-rule matrix: search, real-time events and the brief export', () => {
  let t: TestApp;
  let orgId: string;
  let cohortId: string;
  let huddleId: string;
  const clients = {} as Record<ViewerName, GqlClient>;
  const userIds = {} as Record<ViewerName, string>;
  const promptIds = {} as Record<Rule, string>;
  /** The author's and the posted peer's contribution to each rule's prompt. */
  const authorPost = {} as Record<Rule, string>;
  const peerPost = {} as Record<Rule, string>;
  const feedbackOn = {} as Record<Rule, string>;
  const commentOn = {} as Record<Rule, string>;
  let controlPrompt: string;
  let controlPost: string;
  let deletedPost: string;
  let draftPost: string;
  let otherPrompt: string;
  const wsClients: Client[] = [];
  const subs = {} as Partial<Record<ViewerName, Subscription<Activity>>>;
  const refused = {} as Partial<Record<ViewerName, Subscription<Activity>>>;
  let sentinel: string;
  let otherSentinel: string;

  beforeAll(async () => {
    t = await startTestApp();
    const world = await createCohortWorld(t, 3);
    const owner = world.facilitator.client;
    orgId = world.organization.id;
    cohortId = world.cohortId;
    const [author, postedPeer, silentPeer] = world.members;
    const facilitator = await world.join('FACILITATOR');
    const admin = await addMember(t, owner, orgId, 'ADMIN');
    const stranger = await createTenant(t, 'Riverside District');
    const { createCohort } = await owner.ok(CREATE_COHORT, { input: { organizationId: orgId, name: 'Science PLC' } });
    await owner.ok(ADD_COHORT_MEMBERS, {
      input: { cohortId: createCohort.id, userIds: [world.outsider.id], role: 'MEMBER' },
    });
    await author.client.ok(UPDATE_PROFILE, { input: { displayName: AUTHOR_PROFILE.displayName } });
    await postedPeer.client.ok(UPDATE_PROFILE, { input: { displayName: PEER_PROFILE.displayName } });
    AUTHOR_PROFILE.avatarUrl = await uploadAvatar(author.client);
    PEER_PROFILE.avatarUrl = await uploadAvatar(postedPeer.client, '#6b2f4f');
    const people: Record<ViewerName, { client: GqlClient; id: string }> = {
      facilitator,
      orgAdmin: { client: admin.client, id: admin.person.id },
      author,
      postedPeer,
      silentPeer,
      observer: world.observer,
      otherCohort: world.outsider,
      otherOrg: { client: stranger.owner, id: stranger.ownerUser.id },
    };
    for (const v of VIEWERS) [clients[v], userIds[v]] = [people[v].client, people[v].id];

    for (const rule of RULE_NAMES) {
      promptIds[rule] = await openPrompt(owner, cohortId, {
        title: `Rule ${rule}`,
        anonymity: 'TO_PEERS',
        ...RULES[rule],
      });
      peerPost[rule] = await post(postedPeer.client, promptIds[rule], `${WORD} ${marker(rule, 'peer')} from a peer`);
    }
    controlPrompt = await openPrompt(owner, cohortId, { title: 'Control (open, named)' });
    controlPost = await post(author.client, controlPrompt, `${WORD} named control post`);
    deletedPost = await post(author.client, promptIds.OPEN, `${WORD} mkdeletedx`);
    await author.client.ok(DELETE, { id: deletedPost });
    draftPost = (
      await author.client.ok(SAVE_DRAFT, {
        input: { promptId: promptIds.OPEN, kind: 'IDEA', body: `${WORD} mkdraftx` },
      })
    ).saveDraft.id;
    otherPrompt = await openPrompt(owner, createCohort.id, { title: 'Other cohort prompt' });
    const otherPost = await post(world.outsider.client, otherPrompt, 'their own work');
    huddleId = (
      await scheduleHuddle(
        owner,
        cohortId,
        RULE_NAMES.map((r) => promptIds[r]),
      )
    )[0].id;

    // One WebSocket per viewer; the other cohort's member listens to their own cohort.
    const open = (v: ViewerName, cohort: string) => {
      const ws = wsClientFor(clients[v]);
      wsClients.push(ws);
      return subscribe<Activity>(ws, ACTIVITY, { cohortId: cohort });
    };
    for (const v of IN_COHORT) subs[v] = open(v, cohortId);
    subs.otherCohort = open('otherCohort', createCohort.id);
    refused.otherCohort = open('otherCohort', cohortId);
    refused.otherOrg = open('otherOrg', cohortId);
    // Registered once each has received a poke (a comment on a post everyone in its cohort sees).
    const listening = Object.values(subs);
    for (let tries = 0; listening.some((s) => !s.events.length); tries++) {
      if (tries === 50) throw new Error('subscriptions did not start');
      await owner.ok(COMMENT, { input: { contributionId: controlPost, body: 'poke' } });
      await owner.ok(COMMENT, { input: { contributionId: otherPost, body: 'poke' } });
      await Promise.all(listening.map((s) => s.waitFor(1, 100).catch(() => undefined)));
    }

    // The events: per rule, the author publishes, edits, reacts, gets feedback, and replies with a question.
    for (const rule of RULE_NAMES) {
      const id = await post(author.client, promptIds[rule], `${WORD} ${marker(rule, 'author')} first draft`);
      authorPost[rule] = id;
      await author.client.ok(EDIT, {
        input: { contributionId: id, expectedVersion: 1, kind: 'SOLUTION', body: `${WORD} ${marker(rule, 'author')}` },
      });
      await author.client.ok(REACT, { input: { contributionId: id, kind: 'WILL_TRY', on: true } });
      const { giveFeedback } = await facilitator.client.ok(GIVE_FEEDBACK, {
        input: {
          contributionId: id,
          answers: [
            { sectionKey: 'glow', text: `${WORD} glow` },
            { sectionKey: 'grow', text: 'Try it with fractions' },
          ],
        },
      });
      feedbackOn[rule] = giveFeedback.id;
      await author.client.ok(MARK_HELPFUL, { input: { feedbackId: giveFeedback.id, helpful: true } });
      const { addComment } = await author.client.ok(COMMENT, {
        input: {
          contributionId: id,
          feedbackId: giveFeedback.id,
          body: `${WORD} ${marker(rule, 'question')} did you mean the hinge question?`,
          mentionedUserIds: [postedPeer.id],
        },
      });
      commentOn[rule] = addComment.id;
    }
    // Sentinels: once a subscriber has these, every earlier event has been filtered for them.
    sentinel = await post(author.client, controlPrompt, 'sentinel');
    otherSentinel = await post(world.outsider.client, otherPrompt, 'sentinel');
    await Promise.all([
      ...IN_COHORT.map((v) => waitForEvent(subs[v]!, (e) => e.cohortActivity.contribution.id === sentinel)),
      waitForEvent(subs.otherCohort!, (e) => e.cohortActivity.contribution.id === otherSentinel),
    ]);
  });

  afterAll(async () => {
    await Promise.all(wsClients.map((c) => c.dispose()));
    await t.close();
  });

  const ruleOfPrompt = (promptId: string) => RULE_NAMES.find((r) => promptIds[r] === promptId);
  /** What would give the anonymous author away. */
  const authorTraces = () => [userIds.author, AUTHOR_PROFILE.displayName, AUTHOR_PROFILE.avatarUrl];

  describe('search', () => {
    /** Hits per rule, as labels: CONTRIBUTION:author, CONTRIBUTION:peer, FEEDBACK, COMMENT. */
    const expectedHits = (viewer: ViewerName) => {
      const byRule: Record<string, string[]> = {};
      for (const rule of RULE_NAMES) {
        byRule[rule] = [
          ...(sees(viewer, 'author', rule) ? ['COMMENT', 'CONTRIBUTION:author', 'FEEDBACK'] : []),
          ...(sees(viewer, 'postedPeer', rule) ? ['CONTRIBUTION:peer'] : []),
        ].sort();
      }
      byRule.CONTROL = IN_COHORT.includes(viewer) ? ['CONTRIBUTION:author'] : [];
      return byRule;
    };

    it.each(VIEWERS.filter((v) => v !== 'otherOrg'))('%s finds exactly what the rule lets them see', async (viewer) => {
      const { search } = await clients[viewer].ok(SEARCH, { org: orgId, q: WORD });
      const byRule: Record<string, string[]> = Object.fromEntries(
        [...RULE_NAMES, 'CONTROL'].map((r) => [r, [] as string[]]),
      );
      for (const hit of search) {
        const rule = ruleOfPrompt(hit.promptId) ?? (hit.promptId === controlPrompt ? 'CONTROL' : hit.promptId);
        const whose =
          hit.kind !== 'CONTRIBUTION'
            ? ''
            : hit.contributionId === peerPost[rule as Rule]
              ? ':peer'
              : hit.contributionId === authorPost[rule as Rule] || hit.contributionId === controlPost
                ? ':author'
                : `:${hit.contributionId}`; // the deleted post or the draft: must never show
        (byRule[rule] ??= []).push(hit.kind + whose);
        if (hit.kind === 'FEEDBACK') expect(hit.id).toBe(feedbackOn[rule as Rule]);
        if (hit.kind === 'COMMENT') expect(hit.id).toBe(commentOn[rule as Rule]);
        expect(hit.contributionId).not.toBe(deletedPost);
        expect(hit.contributionId).not.toBe(draftPost);
      }
      for (const r of Object.keys(byRule)) byRule[r].sort();
      expect(byRule).toEqual(expectedHits(viewer));
    });

    it('refuses a member of another organization', async () => {
      const error = await clients.otherOrg.fail(SEARCH, { org: orgId, q: WORD });
      expect(error.extensions?.code).toBe('NOT_FOUND');
    });

    it.each(['postedPeer', 'silentPeer', 'observer'] as ViewerName[])(
      '%s cannot learn the anonymous author from a hit, the contribution it opens, or a search for their name',
      async (viewer) => {
        const { search } = await clients[viewer].ok(SEARCH, { org: orgId, q: WORD });
        const anonymous = search.filter((h: any) => h.promptId !== controlPrompt);
        expect(anonymous.length).toBeGreaterThan(0);
        const opened = [];
        for (const id of new Set(anonymous.map((h: any) => h.contributionId as string)))
          opened.push((await clients[viewer].ok(CONTRIBUTION, { id })).contribution);
        const text = JSON.stringify([anonymous, opened]);
        for (const secret of authorTraces()) expect(text).not.toContain(secret);
        for (const c of opened.filter((c) => Object.values(authorPost).includes(c.id))) {
          expect(c).toMatchObject({ author: null, isAnonymous: true, isMine: false });
          expect(c.comments).toEqual([expect.objectContaining({ author: null, byContributionAuthor: true })]);
          expect(c.revisions).toEqual([expect.objectContaining({ editedBy: null })]);
        }
        // Names are not searchable, so searching for the author finds nothing.
        expect((await clients[viewer].ok(SEARCH, { org: orgId, q: 'Zenobia' })).search).toEqual([]);
        // The control: on a named prompt the same peer does see the author.
        const named = (await clients[viewer].ok(CONTRIBUTION, { id: controlPost })).contribution;
        expect(named.author).toMatchObject({ id: userIds.author, ...AUTHOR_PROFILE });
      },
    );
  });

  describe('cohortActivity subscription', () => {
    const EVENT_KINDS = ['CONTRIBUTION_PUBLISHED', 'CONTRIBUTION_EDITED', 'FEEDBACK_GIVEN', 'COMMENT_ADDED'];
    /** Events per rule (kinds in order), ignoring pokes and sentinels. */
    const received = (sub: Subscription<Activity>) => {
      const byRule = Object.fromEntries(RULE_NAMES.map((r) => [r, [] as string[]]));
      for (const { cohortActivity: e } of sub.events) {
        if (e.promptId === controlPrompt) continue;
        const rule = ruleOfPrompt(e.promptId);
        if (!rule) throw new Error(`event from an unexpected prompt: ${JSON.stringify(e)}`);
        expect(e.contribution.id).toBe(authorPost[rule]);
        byRule[rule].push(e.kind);
      }
      return byRule;
    };

    it.each(IN_COHORT)('%s receives exactly the events of what the rule lets them see', (viewer) => {
      const expected = Object.fromEntries(RULE_NAMES.map((r) => [r, sees(viewer, 'author', r) ? EVENT_KINDS : []]));
      expect(received(subs[viewer]!)).toEqual(expected);
      expect(subs[viewer]!.errors).toEqual([]);
    });

    it('a member of another cohort of the organization gets only their own cohort’s events, and cannot listen to this one', async () => {
      const theirs = subs.otherCohort!.events.map((e) => e.cohortActivity);
      expect(new Set(theirs.map((e) => e.promptId))).toEqual(new Set([otherPrompt]));
      expect(theirs.at(-1)!.contribution.id).toBe(otherSentinel);
      await expect(refused.otherCohort!.waitFor(1, 3000)).rejects.toThrow(/NOT_FOUND|not found/);
      expect(refused.otherCohort!.events).toEqual([]);
    });

    it('a member of another organization cannot listen', async () => {
      await expect(refused.otherOrg!.waitFor(1, 3000)).rejects.toThrow(/NOT_FOUND|not found/);
      expect(refused.otherOrg!.events).toEqual([]);
    });

    it.each(IN_COHORT)('%s: each payload names the anonymous author only to facilitators and the author', (viewer) => {
      const events = subs[viewer]!.events.map((e) => e.cohortActivity);
      const anonymous = events.filter((e) => e.promptId !== controlPrompt);
      expect(anonymous.length).toBeGreaterThan(0); // everyone in the cohort sees the OPEN prompt's
      if (namesAuthor(viewer, 'author')) {
        for (const e of anonymous) expect(e.contribution.author?.id).toBe(userIds.author);
      } else {
        for (const secret of authorTraces()) expect(JSON.stringify(anonymous)).not.toContain(secret);
        for (const e of anonymous) {
          expect(e.contribution).toMatchObject({ author: null, isAnonymous: true, isMine: false });
          for (const c of e.contribution.comments)
            expect(c).toMatchObject({ author: null, byContributionAuthor: true });
          for (const r of e.contribution.revisions) expect(r.editedBy).toBeNull();
        }
      }
      // The control: on the named prompt everyone in the cohort sees the author.
      const named = events.find((e) => e.contribution.id === sentinel)!;
      expect(named.contribution.author).toMatchObject({ id: userIds.author, ...AUTHOR_PROFILE });
    });

    it.each(IN_COHORT)(
      '%s: each payload is current (it carries the feedback, comment or edit it announces)',
      (viewer) => {
        for (const { cohortActivity: e } of subs[viewer]!.events) {
          if (e.kind === 'FEEDBACK_GIVEN') expect(e.contribution.feedback.map((f: any) => f.id)).toContain(e.subjectId);
          if (e.kind === 'COMMENT_ADDED') expect(e.contribution.comments.map((c: any) => c.id)).toContain(e.subjectId);
          if (e.kind === 'CONTRIBUTION_EDITED') expect(e.contribution.revisions).toHaveLength(1);
        }
      },
    );
  });

  describe('brief Markdown export', () => {
    const present = (markdown: string) =>
      Object.fromEntries(
        RULE_NAMES.map((rule) => [
          rule,
          (['author', 'peer', 'question'] as const).filter((piece) => markdown.includes(marker(rule, piece))),
        ]),
      );

    it.each(IN_COHORT)('%s: holds what the rule lets them see, and names only whom they may know', async (viewer) => {
      const md: string = (await clients[viewer].ok(MARKDOWN, { id: huddleId })).briefMarkdown;
      const expected = Object.fromEntries(
        RULE_NAMES.map((rule) => [
          rule,
          [
            ...(sees(viewer, 'author', rule) ? ['author'] : []),
            ...(sees(viewer, 'postedPeer', rule) ? ['peer'] : []),
            ...(sees(viewer, 'author', rule) ? ['question'] : []),
          ],
        ]),
      );
      expect(present(md)).toEqual(expected);
      expect(md).not.toContain('mkdeletedx');
      expect(md).not.toContain('mkdraftx');
      for (const [who, profile] of [
        ['author', AUTHOR_PROFILE],
        ['postedPeer', PEER_PROFILE],
      ] as const) {
        if (namesAuthor(viewer, who)) expect(md).toContain(profile.displayName);
        else expect(md).not.toContain(profile.displayName);
      }
      expect(md).not.toContain(userIds.author);
    });

    it.each(['otherCohort', 'otherOrg'] as ViewerName[])('%s cannot export it', async (viewer) => {
      expect((await clients[viewer].fail(MARKDOWN, { id: huddleId })).extensions?.code).toBe('NOT_FOUND');
    });
  });
});
