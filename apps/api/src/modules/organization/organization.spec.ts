import {
  ACCEPT_INVITATION,
  addMember,
  createOrganization,
  createTenant,
  INVITE_MEMBER,
  signUp,
  tokenOf,
  uniqueEmail,
} from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/test-app';

const ORGANIZATION = `query ($id: ID!) {
  organization(id: $id) { id name viewerRole viewerCan { inviteMembers manageMembers grantOwner }
    members { id role email user { id displayName } } }
}`;
const INVITATIONS = `query ($id: ID!) { organization(id: $id) { invitations { id email role status } } }`;
const MY_ORGANIZATIONS = `query { me { organizations { id name viewerRole } } }`;
const PREVIEW = `query ($token: String!) { invitation(token: $token) { organizationName email role status invitedByName } }`;
const CHANGE_ROLE = `mutation ($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id role } }`;
const REMOVE = `mutation ($input: MembershipRefInput!) { removeMember(input: $input) }`;
const REVOKE = `mutation ($input: RevokeInvitationInput!) { revokeInvitation(input: $input) { id status } }`;
const RENAME = `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id name } }`;

describe('organizations, memberships and invitations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function membershipIdOf(client: ReturnType<TestApp['client']>, organizationId: string, userId: string) {
    const { organization } = await client.ok(ORGANIZATION, { id: organizationId });
    return organization.members.find((m: { user: { id: string } }) => m.user.id === userId).id as string;
  }

  it('requires authentication to create an organization', async () => {
    const error = await t.client().fail(`mutation { createOrganization(input: { name: "Nope" }) { id } }`);
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('makes the creator OWNER, gives a unique slug and lists it under me', async () => {
    const { owner, organization } = await createTenant(t, 'Westside PLC');
    const again = await createOrganization(owner, 'Westside PLC');
    expect(organization.slug).toBe('westside-plc');
    expect(again.slug).toBe('westside-plc-2');
    const { me } = await owner.ok(MY_ORGANIZATIONS);
    expect(me.organizations.map((o: { viewerRole: string }) => o.viewerRole)).toEqual(['OWNER', 'OWNER']);
    const { organization: read } = await owner.ok(ORGANIZATION, { id: organization.id });
    expect(read.viewerCan).toEqual({ inviteMembers: true, manageMembers: true, grantOwner: true });
  });

  it.each([
    ['an empty name', ''],
    ['a one-letter name', 'A'],
    ['a too long name', 'x'.repeat(101)],
  ])('rejects %s with a field message and creates nothing', async (_label, name) => {
    const client = t.client();
    await signUp(client);
    const error = await client.fail(`mutation ($name: String!) { createOrganization(input: { name: $name }) { id } }`, {
      name,
    });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { name: expect.any(String) } });
    expect((await client.ok(MY_ORGANIZATIONS)).me.organizations).toEqual([]);
  });

  it('invites by email, shows the link to the inviter, mails it, and accepting joins with the role', async () => {
    const { owner, organization } = await createTenant(t, 'Invite Org');
    const invitee = t.client();
    const person = await signUp(invitee, { displayName: 'Ivy Invitee' });
    const { inviteMember } = await owner.ok(INVITE_MEMBER, {
      input: { organizationId: organization.id, email: person.email.toUpperCase(), role: 'FACILITATOR' },
    });
    expect(inviteMember).toMatchObject({ email: person.email, role: 'FACILITATOR', status: 'PENDING' });
    const mail = await t.mailbox.next(person.email, (m) => m.subject.includes('invited you to Invite Org'));
    expect(mail.subject).toBe('Olivia Owner invited you to Invite Org on OpenHuddle');
    expect(mail.links[0]).toBe(inviteMember.acceptUrl);
    expect(mail.text).toContain(inviteMember.acceptUrl);
    expect(mail.text).toContain('as facilitator');

    const token = tokenOf(inviteMember.acceptUrl);
    const { invitation } = await t.client().ok(PREVIEW, { token });
    expect(invitation).toEqual({
      organizationName: 'Invite Org',
      email: person.email,
      role: 'FACILITATOR',
      status: 'PENDING',
      invitedByName: 'Olivia Owner',
    });
    const { acceptInvitation } = await invitee.ok(ACCEPT_INVITATION, { input: { token } });
    expect(acceptInvitation).toMatchObject({ id: organization.id, viewerRole: 'FACILITATOR' });
    expect((await invitee.ok(ACCEPT_INVITATION, { input: { token } })).acceptInvitation.id).toBe(organization.id);
    const { organization: read } = await owner.ok(ORGANIZATION, { id: organization.id });
    expect(read.members).toHaveLength(2);
    expect((await t.client().ok(PREVIEW, { token })).invitation.status).toBe('ACCEPTED');
  });

  it('refuses an expired invitation and an invitation meant for another email, and changes nothing', async () => {
    const { owner, organization } = await createTenant(t);
    const invitee = t.client();
    const person = await signUp(invitee);
    const { inviteMember } = await owner.ok(INVITE_MEMBER, {
      input: { organizationId: organization.id, email: person.email, role: 'MEMBER' },
    });
    const stranger = t.client();
    await signUp(stranger);
    const wrongPerson = await stranger.fail(ACCEPT_INVITATION, { input: { token: tokenOf(inviteMember.acceptUrl) } });
    expect(wrongPerson.extensions?.code).toBe('FORBIDDEN');

    await t.dataSource.query(`UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      inviteMember.id,
    ]);
    const expired = await invitee.fail(ACCEPT_INVITATION, { input: { token: tokenOf(inviteMember.acceptUrl) } });
    expect(expired.extensions?.code).toBe('CONFLICT');
    expect(expired.message).toMatch(/expired/);
    expect((await owner.ok(ORGANIZATION, { id: organization.id })).organization.members).toHaveLength(1);
    expect((await invitee.ok(MY_ORGANIZATIONS)).me.organizations).toEqual([]);
  });

  it('replaces an earlier invitation when inviting the same email again, and revokes on request', async () => {
    const { owner, organization } = await createTenant(t);
    const email = uniqueEmail();
    const first = (await owner.ok(INVITE_MEMBER, { input: { organizationId: organization.id, email, role: 'MEMBER' } }))
      .inviteMember;
    const second = (await owner.ok(INVITE_MEMBER, { input: { organizationId: organization.id, email, role: 'ADMIN' } }))
      .inviteMember;
    expect((await t.client().ok(PREVIEW, { token: tokenOf(first.acceptUrl) })).invitation.status).toBe('REVOKED');
    const pending = (await owner.ok(INVITATIONS, { id: organization.id })).organization.invitations;
    expect(pending).toEqual([{ id: second.id, email, role: 'ADMIN', status: 'PENDING' }]);
    const { revokeInvitation } = await owner.ok(REVOKE, {
      input: { organizationId: organization.id, invitationId: second.id },
    });
    expect(revokeInvitation.status).toBe('REVOKED');
    expect((await owner.ok(INVITATIONS, { id: organization.id })).organization.invitations).toEqual([]);
  });

  it('refuses to invite an existing member (CONFLICT) and bad inputs (BAD_USER_INPUT per field)', async () => {
    const { owner, ownerUser, organization } = await createTenant(t);
    const dup = await owner.fail(INVITE_MEMBER, {
      input: { organizationId: organization.id, email: ownerUser.email, role: 'MEMBER' },
    });
    expect(dup.extensions).toMatchObject({ code: 'CONFLICT', fields: { email: expect.any(String) } });
    const malformed = await owner.fail(INVITE_MEMBER, {
      input: { organizationId: organization.id, email: 'nope', role: 'MEMBER' },
    });
    expect(malformed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { email: expect.any(String) } });
    const unknownRole = await owner.fail(INVITE_MEMBER, {
      input: { organizationId: organization.id, email: uniqueEmail(), role: 'KING' },
    });
    expect(unknownRole.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { role: expect.stringContaining('KING') },
    });
    expect((await owner.ok(INVITATIONS, { id: organization.id })).organization.invitations).toEqual([]);
  });

  it('forbids a MEMBER from admin actions and changes nothing', async () => {
    const { owner, organization } = await createTenant(t);
    const { client: member, person } = await addMember(t, owner, organization.id, 'MEMBER');
    const invite = await member.fail(INVITE_MEMBER, {
      input: { organizationId: organization.id, email: uniqueEmail(), role: 'MEMBER' },
    });
    expect(invite.extensions?.code).toBe('FORBIDDEN');
    const rename = await member.fail(RENAME, { input: { organizationId: organization.id, name: 'Mine now' } });
    expect(rename.extensions?.code).toBe('FORBIDDEN');
    const ownerMembership = (await member.ok(ORGANIZATION, { id: organization.id })).organization.members.find(
      (m: { role: string }) => m.role === 'OWNER',
    );
    const demote = await member.fail(CHANGE_ROLE, {
      input: { organizationId: organization.id, membershipId: ownerMembership.id, role: 'MEMBER' },
    });
    expect(demote.extensions?.code).toBe('FORBIDDEN');
    const invitations = await member.fail(INVITATIONS, { id: organization.id });
    expect(invitations.extensions?.code).toBe('FORBIDDEN');
    const { organization: read } = await owner.ok(ORGANIZATION, { id: organization.id });
    expect(read.name).not.toBe('Mine now');
    expect(read.members.find((m: { role: string }) => m.role === 'OWNER')).toBeTruthy();
    expect(read.members.find((m: { user: { id: string } }) => m.user.id === person.id).role).toBe('MEMBER');
  });

  it('hides an organization from users of another organization: reads are NOT_FOUND, writes change nothing', async () => {
    const a = await createTenant(t, 'Tenant A');
    const b = await createTenant(t, 'Tenant B');
    const { person: memberOfA } = await addMember(t, a.owner, a.organization.id);
    const membershipId = await membershipIdOf(a.owner, a.organization.id, memberOfA.id);

    expect((await b.owner.fail(ORGANIZATION, { id: a.organization.id })).extensions?.code).toBe('NOT_FOUND');
    const unknown = await b.owner.fail(ORGANIZATION, { id: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.message).toBe((await b.owner.fail(ORGANIZATION, { id: a.organization.id })).message);
    for (const [query, input] of [
      [INVITE_MEMBER, { organizationId: a.organization.id, email: uniqueEmail(), role: 'OWNER' }],
      [CHANGE_ROLE, { organizationId: a.organization.id, membershipId, role: 'ADMIN' }],
      [REMOVE, { organizationId: a.organization.id, membershipId }],
      [RENAME, { organizationId: a.organization.id, name: 'Taken over' }],
      // Their own organization id with a membership of A: still not found.
      [CHANGE_ROLE, { organizationId: b.organization.id, membershipId, role: 'ADMIN' }],
      [REMOVE, { organizationId: b.organization.id, membershipId }],
    ] as const) {
      const error = await b.owner.fail(query, { input });
      expect(error.extensions?.code).toBe('NOT_FOUND');
    }
    const { organization } = await a.owner.ok(ORGANIZATION, { id: a.organization.id });
    expect(organization.name).toBe('Tenant A');
    expect(organization.members.find((m: { id: string }) => m.id === membershipId).role).toBe('MEMBER');
    expect((await a.owner.ok(INVITATIONS, { id: a.organization.id })).organization.invitations).toEqual([]);
  });

  it('lets admins change roles, keeps ownership with owners and always leaves an owner', async () => {
    const { owner, ownerUser, organization } = await createTenant(t);
    const { client: admin, person: adminPerson } = await addMember(t, owner, organization.id, 'ADMIN');
    const { person: memberPerson } = await addMember(t, owner, organization.id, 'MEMBER');
    const memberId = await membershipIdOf(owner, organization.id, memberPerson.id);
    const ownerId = await membershipIdOf(owner, organization.id, ownerUser.id);

    const promoted = await admin.ok(CHANGE_ROLE, {
      input: { organizationId: organization.id, membershipId: memberId, role: 'FACILITATOR' },
    });
    expect(promoted.changeMemberRole.role).toBe('FACILITATOR');
    const grant = await admin.fail(CHANGE_ROLE, {
      input: { organizationId: organization.id, membershipId: memberId, role: 'OWNER' },
    });
    expect(grant.extensions?.code).toBe('FORBIDDEN');
    const lastOwner = await owner.fail(CHANGE_ROLE, {
      input: { organizationId: organization.id, membershipId: ownerId, role: 'ADMIN' },
    });
    expect(lastOwner.extensions?.code).toBe('CONFLICT');
    const leave = await owner.fail(REMOVE, { input: { organizationId: organization.id, membershipId: ownerId } });
    expect(leave.extensions?.code).toBe('CONFLICT');

    expect(await admin.ok(REMOVE, { input: { organizationId: organization.id, membershipId: memberId } })).toEqual({
      removeMember: true,
    });
    const { organization: read } = await owner.ok(ORGANIZATION, { id: organization.id });
    expect(read.members.map((m: { user: { id: string } }) => m.user.id).sort()).toEqual(
      [ownerUser.id, adminPerson.id].sort(),
    );
  });

  it('loads the members of every organization in a bounded number of statements', async () => {
    const { owner, organization } = await createTenant(t);
    const few = await owner.request(ORGANIZATION, { id: organization.id });
    for (let i = 0; i < 6; i++) await addMember(t, owner, organization.id);
    const many = await owner.request(ORGANIZATION, { id: organization.id });
    expect(many.extensions?.sqlStatements).toBe(few.extensions?.sqlStatements);
    expect(few.extensions?.sqlStatements).toBeLessThanOrEqual(4);
  });
});
