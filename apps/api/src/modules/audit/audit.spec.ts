import { addMember, createTenant, INVITE_MEMBER, signUp } from '../../../test/factories';
import {
  ADD_COHORT_MEMBERS,
  CREATE_COHORT,
  createCohortWorld,
  openPrompt,
  post,
} from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { AuditAction, AuditSubjectType } from './audit-action';
import { AuditService } from './audit.service';

const AUDIT = `query ($org: ID!, $action: AuditAction, $actorId: ID, $first: Int, $after: String) {
  auditEvents(organizationId: $org, action: $action, actorId: $actorId, first: $first, after: $after) {
    nodes { id action actorId actorName actor { id displayName } subjectType subjectId createdAt
      details { subjectName previousRole role email cohortName name } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;
const ORGANIZATION = `query ($id: ID!) { organization(id: $id) { members { id role user { id } } } }`;
const CHANGE_ROLE = `mutation ($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id role } }`;
const REMOVE = `mutation ($input: MembershipRefInput!) { removeMember(input: $input) }`;
const REVOKE = `mutation ($input: RevokeInvitationInput!) { revokeInvitation(input: $input) { id status } }`;
const RENAME = `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id name } }`;

type Client = ReturnType<TestApp['client']>;
interface Event {
  id: string;
  action: string;
  actorId: string | null;
  actorName: string;
  actor: { id: string } | null;
  subjectId: string | null;
  details: Record<string, string | null>;
}

describe('audit log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function events(client: Client, org: string, vars: Record<string, unknown> = {}) {
    const { auditEvents } = await client.ok(AUDIT, { org, ...vars });
    return auditEvents as {
      nodes: Event[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      totalCount: number;
    };
  }
  async function membershipIdOf(client: Client, organizationId: string, userId: string) {
    const { organization } = await client.ok(ORGANIZATION, { id: organizationId });
    return organization.members.find((m: { user: { id: string } }) => m.user.id === userId).id as string;
  }
  /** Writes `n` events straight through the service (faster than n mutations, same rows). */
  async function seed(organizationId: string, userId: string, n: number, action = AuditAction.ORGANIZATION_UPDATED) {
    const audit = t.app.get(AuditService);
    for (let i = 0; i < n; i++) {
      await audit.record(
        action,
        { organizationId, userId },
        { type: AuditSubjectType.ORGANIZATION, id: organizationId },
      );
    }
  }

  it('requires authentication', async () => {
    const { organization } = await createTenant(t);
    const error = await t.client().fail(AUDIT, { org: organization.id });
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('another organization cannot see it', async () => {
    const { organization, owner, ownerUser } = await createTenant(t);
    await seed(organization.id, ownerUser.id, 1);
    const other = await createTenant(t);
    const error = await other.owner.fail(AUDIT, { org: organization.id });
    expect(error.extensions?.code).toBe('NOT_FOUND');
    expect((await events(owner, organization.id)).nodes).toHaveLength(1);
    expect((await events(other.owner, other.organization.id)).nodes).toEqual([]);
  });

  it.each(['MEMBER', 'FACILITATOR'])('gives a %s FORBIDDEN', async (role) => {
    const { organization, owner } = await createTenant(t);
    const { client } = await addMember(t, owner, organization.id, role);
    const error = await client.fail(AUDIT, { org: organization.id });
    expect(error.extensions?.code).toBe('FORBIDDEN');
  });

  it('records each organization action with its actor and details, newest first', async () => {
    const { organization, owner, ownerUser } = await createTenant(t);
    const { person } = await addMember(t, owner, organization.id, 'MEMBER');
    const membershipId = await membershipIdOf(owner, organization.id, person.id);
    await owner.ok(CHANGE_ROLE, { input: { organizationId: organization.id, membershipId, role: 'FACILITATOR' } });
    const invitee = await signUp(t.client());
    const { inviteMember } = await owner.ok(INVITE_MEMBER, {
      input: { organizationId: organization.id, email: invitee.email, role: 'ADMIN' },
    });
    await owner.ok(REVOKE, { input: { organizationId: organization.id, invitationId: inviteMember.id } });
    await owner.ok(RENAME, { input: { organizationId: organization.id, name: 'Renamed PLC' } });
    await owner.ok(REMOVE, { input: { organizationId: organization.id, membershipId } });

    const { nodes } = await events(owner, organization.id);
    expect(nodes.map((e) => e.action)).toEqual([
      'MEMBER_REMOVED',
      'ORGANIZATION_UPDATED',
      'INVITATION_REVOKED',
      'INVITATION_SENT',
      'MEMBER_ROLE_CHANGED',
      'INVITATION_SENT',
    ]);
    for (const e of nodes) expect(e).toMatchObject({ actorId: ownerUser.id, actorName: 'Olivia Owner' });
    expect(nodes[0]).toMatchObject({
      subjectId: person.id,
      details: { subjectName: 'Test Person', role: 'FACILITATOR' },
    });
    expect(nodes[1].details).toMatchObject({ name: 'Renamed PLC' });
    expect(nodes[2]).toMatchObject({ subjectId: inviteMember.id, details: { email: invitee.email, role: 'ADMIN' } });
    expect(nodes[4]).toMatchObject({
      subjectId: person.id,
      details: { subjectName: 'Test Person', previousRole: 'MEMBER', role: 'FACILITATOR' },
    });
  });

  it('records cohort additions, telling apart FACILITATOR given by an admin who does not facilitate', async () => {
    const { organization, owner } = await createTenant(t);
    const { client: admin, person: adminUser } = await addMember(t, owner, organization.id, 'ADMIN');
    const { person } = await addMember(t, owner, organization.id, 'MEMBER');
    const { createCohort } = await owner.ok(CREATE_COHORT, {
      input: { organizationId: organization.id, name: 'PLC A' },
    });
    // The owner facilitates the cohort (created it): a plain addition, even as FACILITATOR.
    await owner.ok(ADD_COHORT_MEMBERS, {
      input: { cohortId: createCohort.id, userIds: [person.id], role: 'FACILITATOR' },
    });
    // The admin is not in the cohort and makes themselves its facilitator.
    await admin.ok(ADD_COHORT_MEMBERS, {
      input: { cohortId: createCohort.id, userIds: [adminUser.id], role: 'FACILITATOR' },
    });
    const [byAdmin, byOwner] = (await events(owner, organization.id, { action: null })).nodes.filter((e) =>
      e.action.startsWith('COHORT_'),
    );
    expect(byAdmin).toMatchObject({
      action: 'COHORT_FACILITATOR_ADDED_BY_ADMIN',
      actorId: adminUser.id,
      subjectId: adminUser.id,
      details: { role: 'FACILITATOR', cohortName: 'PLC A' },
    });
    expect(byOwner).toMatchObject({
      action: 'COHORT_MEMBER_ADDED',
      subjectId: person.id,
      details: { role: 'FACILITATOR' },
    });
  });

  it('records a contribution deleted by someone other than its author, without naming the author', async () => {
    const world = await createCohortWorld(t, 2);
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, { anonymity: 'TO_PEERS' });
    const own = await post(world.members[0]!.client, promptId, 'Deleted by its author');
    const other = await post(world.members[1]!.client, promptId, 'Deleted by the facilitator');
    const DELETE = `mutation ($id: ID!) { deleteContribution(id: $id) }`;
    await world.members[0]!.client.ok(DELETE, { id: own });
    await world.facilitator.client.ok(DELETE, { id: other });
    const { nodes } = await events(world.facilitator.client, world.organization.id, {
      action: 'CONTRIBUTION_DELETED_BY_OTHER',
    });
    expect(nodes.map((e) => [e.subjectId, e.actorId])).toEqual([[other, world.facilitator.id]]);
    expect(JSON.stringify(nodes)).not.toContain(world.members[1]!.id);
  });

  it('filters by action and by actor', async () => {
    const { organization, owner, ownerUser } = await createTenant(t);
    const { client: admin, person: adminUser } = await addMember(t, owner, organization.id, 'ADMIN');
    await seed(organization.id, adminUser.id, 2, AuditAction.MEMBER_REMOVED);
    await seed(organization.id, ownerUser.id, 3);
    const removed = await events(admin, organization.id, { action: 'MEMBER_REMOVED' });
    expect(removed.nodes.map((e) => e.actorId)).toEqual([adminUser.id, adminUser.id]);
    const byOwner = await events(admin, organization.id, { actorId: ownerUser.id });
    // The owner also sent the admin's invitation.
    expect(byOwner.nodes).toHaveLength(4);
    expect(new Set(byOwner.nodes.map((e) => e.actorId))).toEqual(new Set([ownerUser.id]));
    expect(byOwner.totalCount).toBe(4);
    const both = await events(admin, organization.id, { actorId: ownerUser.id, action: 'MEMBER_REMOVED' });
    expect(both.nodes).toEqual([]);
    expect(both.totalCount).toBe(0);
  });

  it('pages newest first without gaps or repeats, and refuses a made-up cursor', async () => {
    const { organization, owner, ownerUser } = await createTenant(t);
    await seed(organization.id, ownerUser.id, 7);
    const all = (await events(owner, organization.id)).nodes.map((e) => e.id);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page = await events(owner, organization.id, { first: 3, after });
      // The total is the filter's, the same on every page.
      expect(page.totalCount).toBe(all.length);
      seen.push(...page.nodes.map((e) => e.id));
      pages++;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(all);
    for (const bad of ['nope', Buffer.from('2026-13-01T00:00:00.000000Z|x').toString('base64url')]) {
      const error = await owner.fail(AUDIT, { org: organization.id, after: bad });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { after: expect.any(String) } });
    }
    for (const first of [0, -1, 101]) {
      const error = await owner.fail(AUDIT, { org: organization.id, first });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { first: expect.any(String) } });
    }
  });

  it('keeps the event and the actor name after the actor leaves, and after their account is gone', async () => {
    const { organization, owner } = await createTenant(t);
    const { client: admin, person: adminUser } = await addMember(t, owner, organization.id, 'ADMIN');
    await admin.ok(RENAME, { input: { organizationId: organization.id, name: 'By Admin' } });
    await owner.ok(REMOVE, {
      input: {
        organizationId: organization.id,
        membershipId: await membershipIdOf(owner, organization.id, adminUser.id),
      },
    });
    const [, renamed] = (await events(owner, organization.id)).nodes;
    expect(renamed).toMatchObject({
      action: 'ORGANIZATION_UPDATED',
      actorId: adminUser.id,
      actorName: 'Test Person',
      actor: null,
    });
    // No account deletion exists yet: deleting the row is what it will do.
    await t.dataSource.query(`DELETE FROM "user" WHERE id = $1`, [adminUser.id]);
    const after = (await events(owner, organization.id)).nodes.find((e) => e.id === renamed.id);
    expect(after).toMatchObject({ actorId: null, actorName: 'Test Person', actor: null });
  });

  it('reads a page in the same number of statements for 5 and for 50 events', async () => {
    const count = async (n: number) => {
      const { organization, owner, ownerUser } = await createTenant(t);
      await seed(organization.id, ownerUser.id, n);
      const res = await owner.request(AUDIT, { org: organization.id, first: 50 });
      expect(res.errors).toBeUndefined();
      expect(res.data!.auditEvents.nodes).toHaveLength(n);
      return res.extensions!.sqlStatements!;
    };
    expect(await count(50)).toBe(await count(5));
  });
});
