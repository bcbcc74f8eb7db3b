import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { scheduleHuddle } from '../../../test/huddle-factories';
import { createCohortWorld, openPrompt, post } from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { subscribe, wsClientFor } from '../../../test/ws-client';

const MEMBERS = `query ($id: ID!) { organization(id: $id) { members { id role user { id } } deactivatedMembers { id role cohortPlaces user { id } } } }`;
const DEACTIVATE = `mutation ($input: MembershipRefInput!) { deactivateMember(input: $input) }`;
const REACTIVATE = `mutation ($input: ReactivateMemberInput!) { reactivateMember(input: $input) { id role user { id } } }`;
const COHORT = `query ($id: ID!) { cohort(id: $id) { id viewerRole members { role user { id } } } }`;
const CONTRIBUTION = `query ($id: ID!) { contribution(id: $id) { id author { id displayName } } }`;
const ACTIVITY = `subscription ($cohortId: ID!) { cohortActivity(cohortId: $cohortId) { kind } }`;
const AUDIT = `query ($org: ID!) { auditEvents(organizationId: $org) { nodes { action } } }`;

describe('deactivating a member', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function membershipOf(world: Awaited<ReturnType<typeof createCohortWorld>>, userId: string) {
    const { organization } = await world.facilitator.client.ok(MEMBERS, { id: world.organization.id });
    return organization.members.find((m: { user: { id: string } }) => m.user.id === userId) as { id: string };
  }

  it('ends access to everything of the organisation at once, keeps their work, and is undone by reactivating', async () => {
    const world = await createCohortWorld(t, 2);
    const admin = world.facilitator.client;
    const org = world.organization.id;
    const [leaver, stayer] = world.members;
    const promptId = await openPrompt(admin, world.cohortId);
    const mine = await post(leaver!.client, promptId, 'Exit tickets with a traffic light');
    const [huddle] = await scheduleHuddle(admin, world.cohortId, [promptId]);
    const { enableCalendarFeed } = await leaver!.client.ok(`mutation { enableCalendarFeed }`);
    const ics = () => fetch(`${t.baseUrl}${new URL(enableCalendarFeed).pathname}`).then((r) => r.text());
    expect(await ics()).toContain(huddle.id);
    const ws = wsClientFor(leaver!.client);
    const events = subscribe(ws, ACTIVITY, { cohortId: world.cohortId });
    await new Promise((r) => setTimeout(r, 300));
    await post(stayer!.client, promptId, 'First event');
    await events.waitFor(1);

    await admin.ok(DEACTIVATE, {
      input: { organizationId: org, membershipId: (await membershipOf(world, leaver!.id)).id },
    });

    for (const [query, variables] of [
      [COHORT, { id: world.cohortId }],
      [CONTRIBUTION, { id: mine }],
      [`query ($id: ID!) { organization(id: $id) { id } }`, { id: org }],
    ] as const) {
      expect((await leaver!.client.fail(query, variables)).extensions?.code).toBe('NOT_FOUND');
    }
    expect(await ics()).not.toContain(huddle.id);
    await post(stayer!.client, promptId, 'Second event, after deactivation');
    await new Promise((r) => setTimeout(r, 800));
    expect(events.events).toHaveLength(1);
    events.close();
    await ws.dispose();

    // Their work stays, attributed; admins see them as deactivated with what reactivating restores.
    const kept = await admin.ok(CONTRIBUTION, { id: mine });
    expect(kept.contribution.author).toMatchObject({ id: leaver!.id });
    const { organization } = await admin.ok(MEMBERS, { id: org });
    expect(organization.members.map((m: { user: { id: string } }) => m.user.id)).not.toContain(leaver!.id);
    expect(organization.deactivatedMembers).toEqual([
      expect.objectContaining({ role: 'MEMBER', cohortPlaces: 1, user: { id: leaver!.id } }),
    ]);

    const { reactivateMember } = await admin.ok(REACTIVATE, {
      input: { organizationId: org, deactivationId: organization.deactivatedMembers[0].id },
    });
    expect(reactivateMember).toMatchObject({ role: 'MEMBER', user: { id: leaver!.id } });
    const { cohort } = await leaver!.client.ok(COHORT, { id: world.cohortId });
    expect(cohort.viewerRole).toBe('MEMBER');
    expect(await ics()).toContain(huddle.id);
    const { auditEvents } = await admin.ok(AUDIT, { org });
    expect(auditEvents.nodes.slice(0, 2).map((e: { action: string }) => e.action)).toEqual([
      'MEMBER_REACTIVATED',
      'MEMBER_DEACTIVATED',
    ]);
    const after = await admin.ok(MEMBERS, { id: org });
    expect(after.organization.deactivatedMembers).toEqual([]);
  });

  it('refuses members who are not admins, deactivating oneself, bad ids and unknown deactivations, changing nothing', async () => {
    const world = await createCohortWorld(t, 1);
    const org = world.organization.id;
    const target = await membershipOf(world, world.members[0]!.id);
    const asMember = await world.outsider.client.fail(DEACTIVATE, {
      input: { organizationId: org, membershipId: target.id },
    });
    expect(asMember.extensions?.code).toBe('FORBIDDEN');
    const self = await membershipOf(world, world.facilitator.id);
    const own = await world.facilitator.client.fail(DEACTIVATE, {
      input: { organizationId: org, membershipId: self.id },
    });
    expect(own.extensions?.code).toBe('CONFLICT');
    const bad = await world.facilitator.client.fail(DEACTIVATE, {
      input: { organizationId: org, membershipId: 'nope' },
    });
    expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await world.facilitator.client.fail(REACTIVATE, {
      input: { organizationId: org, deactivationId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknown.extensions?.code).toBe('NOT_FOUND');
    const { organization } = await world.facilitator.client.ok(MEMBERS, { id: org });
    expect(organization.members.map((m: { id: string }) => m.id)).toContain(target.id);
    expect(organization.deactivatedMembers).toEqual([]);
  });
});
