import { addMember, createTenant, signUp } from '../../../test/factories';
import { CREATE_COHORT } from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';

const CREATE = `mutation ($input: CreateCohortJoinLinkInput!) { createCohortJoinLink(input: $input) {
  url link { id status maxUses useCount admitsGuests expiresAt uses { user { id } } } } }`;
const LIST = `query ($id: ID!) { cohortJoinLinks(cohortId: $id) { id status useCount createdByName
  uses { guest user { id displayName } } } }`;
const REVOKE = `mutation ($input: RevokeCohortJoinLinkInput!) { revokeCohortJoinLink(input: $input) { id status revokedAt } }`;
const PREVIEW = `query ($token: String!) { cohortJoinLink(token: $token) { cohortName organizationName status admitsGuests } }`;
const JOIN = `mutation ($input: JoinCohortInput!) { joinCohort(input: $input) { cohortId cohortName organizationId role guest } }`;
const COHORT = `query ($id: ID!) { cohort(id: $id) { id viewerRole members { guest role user { id } } } }`;
const ORGANIZATION = `query ($id: ID!) { organization(id: $id) { id } }`;

const tokenOf = (url: string) => url.split('/join/')[1]!;

describe('cohort join links', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function world(options: { maxUses?: number; admitsGuests?: boolean; expiresInDays?: number } = {}) {
    const tenant = await createTenant(t, 'Join Link School');
    const { createCohort } = await tenant.owner.ok(CREATE_COHORT, {
      input: { organizationId: tenant.organization.id, name: 'All Staff Big Question' },
    });
    const cohortId = createCohort.id as string;
    const { createCohortJoinLink } = await tenant.owner.ok(CREATE, {
      input: {
        cohortId,
        expiresInDays: options.expiresInDays ?? 7,
        maxUses: options.maxUses ?? 10,
        admitsGuests: options.admitsGuests ?? false,
      },
    });
    return { ...tenant, cohortId, link: createCohortJoinLink.link, token: tokenOf(createCohortJoinLink.url) };
  }

  it('a member of the organisation joins as MEMBER; the facilitator sees the use; joining again uses nothing', async () => {
    const { owner, organization, cohortId, link, token } = await world();
    expect(link).toMatchObject({ status: 'ACTIVE', maxUses: 10, useCount: 0, admitsGuests: false, uses: [] });
    // Only the hash is stored: the token appears nowhere in the table.
    const stored = await t.dataSource.query(`SELECT token_hash FROM cohort_join_link WHERE id = $1`, [link.id]);
    expect(stored[0].token_hash).not.toContain(token);
    expect(stored[0].token_hash).toMatch(/^[0-9a-f]{64}$/);

    const anonymous = t.client();
    const { cohortJoinLink: preview } = await anonymous.ok(PREVIEW, { token });
    expect(preview).toEqual({
      cohortName: 'All Staff Big Question',
      organizationName: 'Join Link School',
      status: 'ACTIVE',
      admitsGuests: false,
    });
    const refused = await anonymous.request(JOIN, { input: { token } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const member = await addMember(t, owner, organization.id);
    const { joinCohort } = await member.client.ok(JOIN, { input: { token } });
    expect(joinCohort).toEqual({
      cohortId,
      cohortName: 'All Staff Big Question',
      organizationId: organization.id,
      role: 'MEMBER',
      guest: false,
    });
    const { cohort } = await member.client.ok(COHORT, { id: cohortId });
    expect(cohort.viewerRole).toBe('MEMBER');
    await member.client.ok(JOIN, { input: { token } });

    const { cohortJoinLinks } = await owner.ok(LIST, { id: cohortId });
    expect(cohortJoinLinks).toEqual([
      {
        id: link.id,
        status: 'ACTIVE',
        useCount: 1,
        createdByName: 'Olivia Owner',
        uses: [{ guest: false, user: { id: member.person.id, displayName: 'Test Person' } }],
      },
    ]);
    // Members do not manage links.
    const asMember = await member.client.request(LIST, { id: cohortId });
    expect(asMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('an expired or revoked link gives a typed error and changes nothing', async () => {
    const { owner, organization, cohortId, link, token } = await world();
    const member = await addMember(t, owner, organization.id);

    await t.dataSource.query(`UPDATE cohort_join_link SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      link.id,
    ]);
    expect((await member.client.ok(PREVIEW, { token })).cohortJoinLink.status).toBe('EXPIRED');
    const expired = await member.client.request(JOIN, { input: { token } });
    expect(expired.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(expired.errors?.[0]?.message).toMatch(/expired/);

    await t.dataSource.query(`UPDATE cohort_join_link SET expires_at = now() + interval '1 day' WHERE id = $1`, [
      link.id,
    ]);
    const { revokeCohortJoinLink } = await owner.ok(REVOKE, { input: { cohortId, linkId: link.id } });
    expect(revokeCohortJoinLink).toMatchObject({ id: link.id, status: 'REVOKED' });
    expect(revokeCohortJoinLink.revokedAt).toBeTruthy();
    const revoked = await member.client.request(JOIN, { input: { token } });
    expect(revoked.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(revoked.errors?.[0]?.message).toMatch(/turned off/);

    const unknown = await member.client.request(JOIN, { input: { token: 'not-a-real-token' } });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const empty = await member.client.request(JOIN, { input: { token: '' } });
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const { cohort } = await owner.ok(COHORT, { id: cohortId });
    expect(cohort.members.map((m: { user: { id: string } }) => m.user.id)).not.toContain(member.person.id);
  });

  it('the use cap holds when many people open the link at once', async () => {
    const { owner, organization, cohortId, link, token } = await world({ maxUses: 3 });
    const people = [];
    for (let i = 0; i < 8; i++) people.push(await addMember(t, owner, organization.id));
    const results = await Promise.all(people.map((p) => p.client.request(JOIN, { input: { token } })));
    const joined = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(joined).toHaveLength(3);
    expect(refused).toHaveLength(5);
    for (const r of refused) {
      expect(r.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(r.errors?.[0]?.message).toMatch(/as many people as it allows/);
    }
    const [row] = await t.dataSource.query(`SELECT use_count FROM cohort_join_link WHERE id = $1`, [link.id]);
    expect(row.use_count).toBe(3);
    const { cohort } = await owner.ok(COHORT, { id: cohortId });
    const joinedIds = people.filter((_, i) => !results[i]!.errors).map((p) => p.person.id);
    expect(cohort.members.filter((m: { user: { id: string } }) => joinedIds.includes(m.user.id))).toHaveLength(3);
    expect(cohort.members).toHaveLength(4); // the facilitator and three
    expect((await owner.ok(LIST, { id: cohortId })).cohortJoinLinks[0].status).toBe('USED_UP');
    // Someone already in stays in; opening a used-up link again is not an error for them.
    await people[results.findIndex((r) => !r.errors)]!.client.ok(JOIN, { input: { token } });
  });

  it('another organisation’s person cannot join through a members link; a guest link seats them as a Guest of that cohort only', async () => {
    const { owner, organization, cohortId, token } = await world();
    const outsider = t.client();
    const outsiderPerson = await signUp(outsider, { displayName: 'Olu Outsider' });
    await createTenant(t, 'Another School'); // they may belong elsewhere; it makes no difference
    const refused = await outsider.request(JOIN, { input: { token } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toMatch(/for members of Join Link School/);
    expect((await owner.ok(COHORT, { id: cohortId })).cohort.members).toHaveLength(1);

    const { createCohortJoinLink } = await owner.ok(CREATE, {
      input: { cohortId, expiresInDays: 3, maxUses: 5, admitsGuests: true },
    });
    const { joinCohort } = await outsider.ok(JOIN, { input: { token: tokenOf(createCohortJoinLink.url) } });
    expect(joinCohort).toMatchObject({ cohortId, role: 'MEMBER', guest: true });
    const { cohort } = await outsider.ok(COHORT, { id: cohortId });
    expect(cohort.members).toContainEqual({ guest: true, role: 'MEMBER', user: { id: outsiderPerson.id } });
    // A Guest: the cohort and nothing else of the host (PRODUCT.md rule 1).
    const org = await outsider.request(ORGANIZATION, { id: organization.id });
    expect(org.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const list = await owner.ok(LIST, { id: cohortId });
    expect(list.cohortJoinLinks[0].uses).toEqual([
      { guest: true, user: { id: outsiderPerson.id, displayName: 'Olu Outsider' } },
    ]);
  });

  it('bad input is typed per field; another organisation cannot list, create or revoke the cohort’s links', async () => {
    const { owner, cohortId, link } = await world();
    const bad = await owner.request(CREATE, {
      input: { cohortId, expiresInDays: 0, maxUses: 100000, admitsGuests: false },
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.fields).toMatchObject({
      expiresInDays: expect.stringMatching(/at least 1 day/),
      maxUses: expect.stringMatching(/at most/),
    });
    const stranger = (await createTenant(t, 'Elsewhere')).owner;
    for (const [query, variables] of [
      [LIST, { id: cohortId }],
      [CREATE, { input: { cohortId, expiresInDays: 1, maxUses: 1, admitsGuests: false } }],
      [REVOKE, { input: { cohortId, linkId: link.id } }],
    ] as const) {
      const res = await stranger.request(query, variables);
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    // A link of another cohort is not found through this one.
    const other = await world();
    const res = await owner.request(REVOKE, { input: { cohortId, linkId: other.link.id } });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
