import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { scheduleHuddle } from './huddle-factories';
import { createCohortWorld, openPrompt, post, SAVE_DRAFT } from './learning-factories';
import { startTestApp, type TestApp } from './test-app';
import { subscribe, wsClientFor } from './ws-client';

const MEMBERS = `query ($id: ID!) { organization(id: $id) { members { id user { id } } } }`;
const REMOVE = `mutation ($input: MembershipRefInput!) { removeMember(input: $input) }`;
const COHORT = `query ($id: ID!) { cohort(id: $id) { id members { user { id } } } }`;
const PROMPT = `query ($id: ID!) { prompt(id: $id) { id instructions contributions { id body author { id } } } }`;
const CONTRIBUTION = `query ($id: ID!) { contribution(id: $id) { id body author { id displayName } } }`;
const BRIEF_MD = `query ($huddleId: ID!) { briefMarkdown(huddleId: $huddleId) }`;
const HUDDLE = `query ($id: ID!) { huddle(id: $id) { id } }`;
const COMMENT = `mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const ACTIVITY = `subscription ($cohortId: ID!) { cohortActivity(cohortId: $cohortId) { kind contribution { id body } } }`;
const SEARCH = `query ($organizationId: ID!, $query: String!) { search(organizationId: $organizationId, query: $query) { contributionId } }`;

/** PRODUCT.md rule 1: losing the organization ends access to everything of it at once, open connections included. */
describe('a member removed from the organization', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('loses every path into its cohorts at once, while their content stays', async () => {
    const world = await createCohortWorld(t, 2);
    const [leaver, stayer] = world.members;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    const mine = await post(leaver.client, promptId, 'Exit tickets with a traffic light');
    const theirs = await post(stayer.client, promptId, 'Cold calling with think time');
    const [huddle] = await scheduleHuddle(world.facilitator.client, world.cohortId, [promptId]);
    const { enableCalendarFeed } = await leaver.client.ok(`mutation { enableCalendarFeed }`);
    const feedUrl = new URL(enableCalendarFeed);
    const ics = () => fetch(`${t.baseUrl}${feedUrl.pathname}`).then((r) => r.text());
    expect(await ics()).toContain(huddle.id);

    // Before: everything is readable, and a socket is listening.
    await leaver.client.ok(CONTRIBUTION, { id: theirs });
    const ws = wsClientFor(leaver.client);
    const events = subscribe(ws, ACTIVITY, { cohortId: world.cohortId });
    await new Promise((r) => setTimeout(r, 300));
    await post(stayer.client, promptId, 'First event, still a member');
    await events.waitFor(1);

    const { organization } = await world.facilitator.client.ok(MEMBERS, { id: world.organization.id });
    const membership = organization.members.find((m: { user: { id: string } }) => m.user.id === leaver.id);
    await world.facilitator.client.ok(REMOVE, {
      input: { organizationId: world.organization.id, membershipId: membership.id },
    });

    // Reads: NOT_FOUND everywhere, as for a stranger.
    for (const [query, variables] of [
      [COHORT, { id: world.cohortId }],
      [PROMPT, { id: promptId }],
      [CONTRIBUTION, { id: theirs }],
      [CONTRIBUTION, { id: mine }],
      [BRIEF_MD, { huddleId: huddle.id }],
      [HUDDLE, { id: huddle.id }],
      [SEARCH, { organizationId: world.organization.id, query: 'cold calling' }],
    ] as const) {
      expect((await leaver.client.fail(query, variables)).extensions?.code).toBe('NOT_FOUND');
    }
    // Writes: refused, nothing saved.
    expect(
      (await leaver.client.fail(COMMENT, { input: { contributionId: theirs, body: 'Still here?' } })).extensions?.code,
    ).toBe('NOT_FOUND');
    expect(
      (await leaver.client.fail(SAVE_DRAFT, { input: { promptId, kind: 'IDEA', body: 'A draft' } })).extensions?.code,
    ).toBe('NOT_FOUND');
    // Downloads: the huddle invitation and the calendar feed no longer carry the organization.
    const invite = await fetch(`${t.baseUrl}/api/huddles/${huddle.id}/invite.ics`, {
      headers: { cookie: leaver.client.cookie ?? '' },
    });
    expect(invite.status).toBe(404);
    expect(await ics()).not.toContain(huddle.id);
    // The open socket receives nothing more.
    await post(stayer.client, promptId, 'Second event, after the removal');
    await new Promise((r) => setTimeout(r, 800));
    expect(events.events).toHaveLength(1);
    events.close();
    await ws.dispose();

    // The cohort no longer lists them; what they wrote stays, attributed to them.
    const { cohort } = await world.facilitator.client.ok(COHORT, { id: world.cohortId });
    expect(cohort.members.map((m: { user: { id: string } }) => m.user.id)).not.toContain(leaver.id);
    const kept = await world.facilitator.client.ok(CONTRIBUTION, { id: mine });
    expect(kept.contribution).toMatchObject({ id: mine, author: { id: leaver.id } });
  });
});
