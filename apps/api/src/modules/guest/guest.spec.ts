import { addMember, createTenant, signUp, tokenOf } from '../../../test/factories';
import { ACCEPT_GUEST_INVITATION, addGuest, INVITE_GUEST } from '../../../test/guest-factories';
import { CREATE_COHORT, createCohortWorld, openPrompt, post } from '../../../test/learning-factories';
import { CREATE_TEMPLATE, LAUNCH, leadershipContent } from '../program-template/program-template-test-helpers';
import { startTestApp, type TestApp } from '../../../test/test-app';

const COHORT = `query ($id: ID!) { cohort(id: $id) { id name viewerRole viewerCan { facilitate post }
  members { id guest role user { id } } } }`;
const CONTRIBUTIONS = `query ($id: ID!) { prompt(id: $id) { contributions { id authorIsGuest author { id } } } }`;
const GUESTS = `query ($org: ID!) { guests(organizationId: $org) { id cohortId cohortName role email user { id displayName } } }`;
const REMOVE_GUEST = `mutation ($input: RemoveGuestInput!) { removeGuest(input: $input) }`;
const ME = `query { me { organizations { id } guestCohorts { cohortId cohortName organizationId organizationName role } } }`;

describe('guests across organisations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('a guest sees the cohort they were invited to, and nothing else of the host organisation', async () => {
    const world = await createCohortWorld(t, 1);
    const fac = world.facilitator.client;
    const org = world.organization.id;
    const { createCohort: other } = await fac.ok(CREATE_COHORT, { input: { organizationId: org, name: 'Other PLC' } });
    const promptId = await openPrompt(fac, world.cohortId, { revealRule: 'OPEN' });
    await post(world.members[0]!.client, promptId, 'Exit tickets.');
    const guest = await addGuest(t, fac, world.cohortId, 'MEMBER');
    expect(guest.place).toMatchObject({ cohortId: world.cohortId, organizationName: world.organization.name });

    // The cohort: readable, postable, with the guest marked on the member list.
    const { cohort } = await guest.client.ok(COHORT, { id: world.cohortId });
    expect(cohort.viewerRole).toBe('MEMBER');
    expect(cohort.viewerCan).toEqual({ facilitate: false, post: true });
    const me = cohort.members.find((m: { user: { id: string } }) => m.user.id === guest.person.id);
    expect(me).toMatchObject({ guest: true, role: 'MEMBER' });
    const mine = await post(guest.client, promptId, 'From another school: a hinge question.');
    const { prompt } = await fac.ok(CONTRIBUTIONS, { id: promptId });
    const byId = new Map(prompt.contributions.map((c: { id: string; authorIsGuest: boolean }) => [c.id, c]));
    expect(byId.get(mine)).toMatchObject({ authorIsGuest: true });
    expect(prompt.contributions.filter((c: { authorIsGuest: boolean }) => c.authorIsGuest)).toHaveLength(1);
    const { prompt: seenByGuest } = await guest.client.ok(CONTRIBUTIONS, { id: promptId });
    expect(seenByGuest.contributions).toHaveLength(2);

    // Nothing else: another cohort, the organisation, its members, cohorts, search, plan, audit.
    const refusals = [
      [COHORT, { id: other.id }],
      [`query ($id: ID!) { organization(id: $id) { id members { id } } }`, { id: org }],
      [`query ($org: ID!) { cohorts(organizationId: $org) { id } }`, { org }],
      [`query ($org: ID!) { search(organizationId: $org, query: "tickets") { __typename } }`, { org }],
      [`query ($org: ID!) { auditEvents(organizationId: $org) { __typename } }`, { org }],
      [`query ($org: ID!) { guests(organizationId: $org) { id } }`, { org }],
    ] as const;
    for (const [query, variables] of refusals) {
      const res = await guest.client.request(query, variables);
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(res.data ?? null).toBeNull();
    }

    // The switcher: the cohort under the host's name; the host is not among their organisations.
    const { me: viewer } = await guest.client.ok(ME);
    expect(viewer.organizations.map((o: { id: string }) => o.id)).not.toContain(org);
    expect(viewer.guestCohorts).toEqual([
      {
        cohortId: world.cohortId,
        cohortName: 'Grade 7 Math PLC',
        organizationId: org,
        organizationName: world.organization.name,
        role: 'MEMBER',
      },
    ]);
  });

  it('host admins list and remove guests; removal ends the guest’s access at once and keeps their work', async () => {
    const world = await createCohortWorld(t, 1);
    const fac = world.facilitator.client;
    const org = world.organization.id;
    const promptId = await openPrompt(fac, world.cohortId, { revealRule: 'OPEN' });
    const guest = await addGuest(t, fac, world.cohortId, 'FACILITATOR');
    const mine = await post(guest.client, promptId, 'A protocol we use at other schools.');

    const { guests } = await fac.ok(GUESTS, { org });
    expect(guests).toEqual([
      expect.objectContaining({ cohortId: world.cohortId, cohortName: 'Grade 7 Math PLC', role: 'FACILITATOR' }),
    ]);
    // A member of the host is not an admin: they cannot list guests.
    const member = await world.members[0]!.client.request(GUESTS, { org });
    expect(member.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await fac.ok(REMOVE_GUEST, { input: { organizationId: org, guestId: guests[0].id } });
    const after = await guest.client.request(COHORT, { id: world.cohortId });
    expect(after.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const { me } = await guest.client.ok(ME);
    expect(me.guestCohorts).toEqual([]);
    const { prompt } = await fac.ok(CONTRIBUTIONS, { id: promptId });
    expect(prompt.contributions.map((c: { id: string }) => c.id)).toContain(mine);
    // Removing again, or another organisation's guest id: NOT_FOUND.
    const again = await fac.request(REMOVE_GUEST, { input: { organizationId: org, guestId: guests[0].id } });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses bad input, members of the organisation, the wrong email and non-facilitators with typed errors', async () => {
    const world = await createCohortWorld(t, 1);
    const fac = world.facilitator.client;
    const bad = await fac.request(INVITE_GUEST, { input: { cohortId: world.cohortId, email: 'nope', role: 'MEMBER' } });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const member = await addMember(t, fac, world.organization.id);
    const already = await fac.request(INVITE_GUEST, {
      input: { cohortId: world.cohortId, email: member.person.email, role: 'MEMBER' },
    });
    expect(already.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const notFacilitator = await world.members[0]!.client.request(INVITE_GUEST, {
      input: { cohortId: world.cohortId, email: 'someone@consultancy.example', role: 'MEMBER' },
    });
    expect(notFacilitator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const { inviteGuest } = await fac.ok(INVITE_GUEST, {
      input: { cohortId: world.cohortId, email: 'gail@consultancy.example', role: 'MEMBER' },
    });
    const wrongPerson = t.client();
    await signUp(wrongPerson);
    const wrong = await wrongPerson.request(ACCEPT_GUEST_INVITATION, {
      input: { token: tokenOf(inviteGuest.acceptUrl) },
    });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // A guest token is not an organisation invitation.
    const asMember = await wrongPerson.request(
      `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }`,
      { input: { token: tokenOf(inviteGuest.acceptUrl) } },
    );
    expect(asMember.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const preview = await t
      .client()
      .ok(`query ($token: String!) { invitation(token: $token) { cohortName cohortRole } }`, {
        token: tokenOf(inviteGuest.acceptUrl),
      });
    expect(preview.invitation).toEqual({ cohortName: 'Grade 7 Math PLC', cohortRole: 'MEMBER' });
  });

  it('a consultant who is a guest facilitator launches a program into the client organisation', async () => {
    const consultancy = await createTenant(t, 'Huddle Consulting');
    const { createProgramTemplate: template } = await consultancy.owner.ok(CREATE_TEMPLATE, {
      input: { organizationId: consultancy.organization.id, ...leadershipContent() },
    });
    const client = await createTenant(t, 'Lincoln School');
    const { createCohort } = await client.owner.ok(CREATE_COHORT, {
      input: { organizationId: client.organization.id, name: 'Leaders' },
    });
    const launchInput = {
      templateId: template.id,
      organizationId: client.organization.id,
      cohortName: 'Lincoln leaders',
      startDate: '2026-10-19',
      timeZone: 'Europe/London',
      skipDates: [],
    };
    const before = await consultancy.owner.request(LAUNCH, { input: launchInput });
    expect(before.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    // As a guest member only: still not allowed to launch.
    const { inviteGuest } = await client.owner.ok(INVITE_GUEST, {
      input: { cohortId: createCohort.id, email: consultancy.ownerUser.email, role: 'FACILITATOR' },
    });
    await consultancy.owner.ok(ACCEPT_GUEST_INVITATION, { input: { token: tokenOf(inviteGuest.acceptUrl) } });
    const { launchProgram } = await consultancy.owner.ok(LAUNCH, { input: launchInput });
    expect(launchProgram.organizationId).toBe(client.organization.id);
    const { cohort } = await consultancy.owner.ok(COHORT, { id: launchProgram.cohortId });
    expect(cohort.viewerRole).toBe('FACILITATOR');
    expect(cohort.members).toEqual([expect.objectContaining({ guest: true, role: 'FACILITATOR' })]);
    const { me } = await consultancy.owner.ok(ME);
    expect(me.guestCohorts.map((c: { cohortName: string }) => c.cohortName).sort()).toEqual([
      'Leaders',
      'Lincoln leaders',
    ]);
    // The client's organisation itself stays closed to the consultant.
    const org = await consultancy.owner.request(`query ($id: ID!) { organization(id: $id) { id } }`, {
      id: client.organization.id,
    });
    expect(org.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
