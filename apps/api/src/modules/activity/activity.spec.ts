import { createTenant } from '../../../test/factories';
import { createCohortWorld, GIVE_FEEDBACK, openPrompt, post } from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { subscribe, wsClientFor } from '../../../test/ws-client';

const ACTIVITY = `subscription ($cohortId: ID!) {
  cohortActivity(cohortId: $cohortId) { kind promptId subjectId contribution { id body isAnonymous author { id displayName } } }
}`;

describe('real-time cohort activity over WebSocket', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refuses anonymous and other-tenant subscribers', async () => {
    const world = await createCohortWorld(t, 1);
    const anonymous = wsClientFor(t.client());
    const a = subscribe(anonymous, ACTIVITY, { cohortId: world.cohortId });
    await expect(a.waitFor(1, 3000)).rejects.toThrow(/UNAUTHENTICATED|Please sign in/);
    const stranger = await createTenant(t);
    const strangerClient = wsClientFor(stranger.owner);
    const s = subscribe(strangerClient, ACTIVITY, { cohortId: world.cohortId });
    await expect(s.waitFor(1, 3000)).rejects.toThrow(/NOT_FOUND|not found/);
    await Promise.all([anonymous.dispose(), strangerClient.dispose()]);
  });

  it('delivers each event only to those who may see it, with anonymity applied per subscriber', async () => {
    const world = await createCohortWorld(t, 3);
    const [author, postedPeer, silentPeer] = world.members;
    const hidden = await openPrompt(world.facilitator.client, world.cohortId, {
      revealRule: 'POST_FIRST',
      anonymity: 'TO_PEERS',
    });
    const open = await openPrompt(world.facilitator.client, world.cohortId, { revealRule: 'OPEN' });
    await post(postedPeer.client, hidden, 'I posted first');

    const clients = [world.facilitator, postedPeer, silentPeer].map((p) => wsClientFor(p.client));
    const [asFacilitator, asPosted, asSilent] = clients.map((c) =>
      subscribe(c, ACTIVITY, { cohortId: world.cohortId }),
    );
    await new Promise((r) => setTimeout(r, 300)); // subscriptions are registered

    const secretId = await post(author.client, hidden, 'Anonymous and post-first');
    const openId = await post(author.client, open, 'Open to all');
    await postedPeer.client.ok(GIVE_FEEDBACK, {
      input: {
        contributionId: openId,
        answers: [
          { sectionKey: 'glow', text: 'Nice' },
          { sectionKey: 'grow', text: 'More' },
        ],
      },
    });

    const facilitatorEvents = await asFacilitator.waitFor(3);
    expect(facilitatorEvents.map((e: any) => [e.cohortActivity.kind, e.cohortActivity.contribution.id])).toEqual([
      ['CONTRIBUTION_PUBLISHED', secretId],
      ['CONTRIBUTION_PUBLISHED', openId],
      ['FEEDBACK_GIVEN', openId],
    ]);
    expect(facilitatorEvents[0].cohortActivity.contribution.author.id).toBe(author.id);

    const postedEvents = await asPosted.waitFor(3);
    expect(postedEvents[0].cohortActivity.contribution).toMatchObject({
      id: secretId,
      author: null,
      isAnonymous: true,
    });
    expect(JSON.stringify(postedEvents[0])).not.toContain(author.id);

    // The silent peer sees the open post and its feedback, never the post-first one.
    const silentEvents = await asSilent.waitFor(2);
    await new Promise((r) => setTimeout(r, 300));
    expect(asSilent.events.map((e: any) => e.cohortActivity.contribution.id)).toEqual([openId, openId]);
    expect(JSON.stringify(silentEvents)).not.toContain(secretId);

    await Promise.all(clients.map((c) => c.dispose()));
  });
  it('tells who may see a contribution that it was spotlighted or flagged for discussion, never who flagged', async () => {
    const world = await createCohortWorld(t, 3);
    const [author, flagger, silentPeer] = world.members;
    const open = await openPrompt(world.facilitator.client, world.cohortId, { revealRule: 'OPEN' });
    const hidden = await openPrompt(world.facilitator.client, world.cohortId, { revealRule: 'POST_FIRST' });
    const openId = await post(author.client, open, 'Open to all');
    const hiddenId = await post(author.client, hidden, 'Post first');
    await post(flagger.client, hidden, 'Mine too');

    const clients = [world.facilitator, silentPeer].map((p) => wsClientFor(p.client));
    const [asFacilitator, asSilent] = clients.map((c) => subscribe(c, ACTIVITY, { cohortId: world.cohortId }));
    await new Promise((r) => setTimeout(r, 300)); // subscriptions are registered

    await flagger.client.ok(`mutation ($id: ID!) { flagForDiscussion(contributionId: $id, on: true) }`, {
      id: hiddenId,
    });
    await world.facilitator.client.ok(
      `mutation ($id: ID!) { spotlightContribution(input: { contributionId: $id, spotlight: true }) { id } }`,
      { id: openId },
    );

    const facilitatorEvents = await asFacilitator.waitFor(2);
    expect(facilitatorEvents.map((e: any) => [e.cohortActivity.kind, e.cohortActivity.contribution.id])).toEqual([
      ['FLAGGED_FOR_DISCUSSION', hiddenId],
      ['SPOTLIGHTED', openId],
    ]);
    expect(JSON.stringify(facilitatorEvents)).not.toContain(flagger.id);
    // The silent peer may not see the post-first contribution, so not its flag either.
    await asSilent.waitFor(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(asSilent.events.map((e: any) => [e.cohortActivity.kind, e.cohortActivity.contribution.id])).toEqual([
      ['SPOTLIGHTED', openId],
    ]);

    await Promise.all(clients.map((c) => c.dispose()));
  });
});
