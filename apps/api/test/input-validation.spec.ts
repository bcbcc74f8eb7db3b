import { startTestApp, type TestApp } from './test-app';
import { createTenant, signUp, SIGN_UP, PASSWORD, uniqueEmail } from './factories';
import { createCohortWorld, openPrompt, post } from './learning-factories';

const UUID = '6f1c2b9e-1d4a-4c3e-9b7a-2f5e8d9c0a1b';

describe('GraphQL boundary: ids and text', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('ids must be UUIDs', () => {
    it('refuses an inline literal with BAD_USER_INPUT naming the argument', async () => {
      const { owner } = await createTenant(t);
      const error = await owner.fail(`query { cohort(id: "0") { id } }`);
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: { id: 'Must be an id (a UUID).' } });
    });

    it('refuses a variable, a nested input field and a list item, each by name', async () => {
      const { owner } = await createTenant(t);
      expect((await owner.fail(`query ($id: ID!) { cohort(id: $id) { id } }`, { id: '0' })).extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: { id: 'Must be an id (a UUID).' },
      });
      const nested = await owner.fail(
        `mutation ($input: AddCohortMembersInput!) { addCohortMembers(input: $input) { id } }`,
        { input: { cohortId: 'nope', userIds: [UUID, "1' OR 1=1"], role: 'MEMBER' } },
      );
      expect(nested.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: { cohortId: 'Must be an id (a UUID).', userIds: 'Must be an id (a UUID).' },
      });
      const literal = await owner.fail(
        `mutation { addCohortMembers(input: { cohortId: "${UUID}", userIds: ["x"], role: MEMBER }) { id } }`,
      );
      expect(literal.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: { userIds: 'Must be an id (a UUID).' } });
    });

    it('still answers NOT_FOUND for a well-formed id nobody owns', async () => {
      const { owner } = await createTenant(t);
      expect((await owner.fail(`query { cohort(id: "${UUID}") { id } }`)).extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('strings', () => {
    it('refuses NUL and other control characters, naming the field; keeps line breaks and tabs', async () => {
      const world = await createCohortWorld(t, 1);
      const promptId = await openPrompt(world.facilitator.client, world.cohortId);
      const member = world.members[0]!.client;
      const SAVE = `mutation ($input: SaveDraftInput!) { saveDraft(input: $input) { id body } }`;
      const error = await member.fail(SAVE, { input: { promptId, kind: 'IDEA', body: 'a\u0000b' } });
      expect(error.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: { body: 'Remove control characters (only line breaks and tabs are allowed).' },
      });
      const inline = await member.fail(
        `query { search(organizationId: "${world.organization.id}", query: "x\\u0000") { id } }`,
      );
      expect(inline.extensions?.fields).toEqual({ query: expect.stringContaining('control characters') });
      const { saveDraft } = await member.ok(SAVE, {
        input: { promptId, kind: 'IDEA', body: 'line one\n\tline two\r\n' },
      });
      expect(saveDraft.body).toBe('line one\n\tline two\r\n');
    });

    it('takes the longest contribution a member may write, in any script, and names the field past it', async () => {
      const world = await createCohortWorld(t, 1);
      const promptId = await openPrompt(world.facilitator.client, world.cohortId);
      const member = world.members[0]!.client;
      const SAVE = `mutation ($input: SaveDraftInput!) { saveDraft(input: $input) { id } }`;
      // 50,000 characters of 3-byte UTF-8: 150 kB of JSON, over Express's default body limit.
      const longest = '日'.repeat(50_000);
      const { saveDraft } = await member.ok(SAVE, { input: { promptId, kind: 'IDEA', body: longest } });
      expect(saveDraft.id).toEqual(expect.any(String));
      const tooLong = await member.fail(SAVE, { input: { promptId, kind: 'IDEA', body: `${longest}x` } });
      expect(tooLong.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { body: expect.any(String) } });
    });

    it('answers a request body over the limit as a GraphQL error with a code', async () => {
      // The limit itself is derived from the field limits (common/http/body-limits.ts, body-limits.spec).
      const res = await t.client().request(`query ($q: String!) { __typename }`, { q: 'x'.repeat(1_100_000) });
      expect(res.errors).toHaveLength(1);
      expect(res.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('refuses NUL in names of people, cohorts and organisations', async () => {
      const { owner, organization } = await createTenant(t);
      const cases: [string, Record<string, unknown>, string][] = [
        [SIGN_UP, { input: { email: uniqueEmail(), password: PASSWORD, displayName: 'Ana\u0000' } }, 'displayName'],
        [
          `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
          { input: { name: 'Org\u0000' } },
          'name',
        ],
        [
          `mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id } }`,
          { input: { organizationId: organization.id, name: '\u0000PLC' } },
          'name',
        ],
      ];
      for (const [query, variables, field] of cases) {
        const error = await owner.fail(query, variables);
        expect(error.extensions?.code).toBe('BAD_USER_INPUT');
        expect(Object.keys(error.extensions?.fields ?? {})).toEqual([field]);
      }
    });

    it('stores text in NFC, so search finds what was typed decomposed', async () => {
      const world = await createCohortWorld(t, 1);
      const promptId = await openPrompt(world.facilitator.client, world.cohortId);
      const decomposed = 'Cafe\u0301 conversations about re\u0301sume\u0301s';
      const id = await post(world.members[0]!.client, promptId, decomposed);
      const [row] = await t.dataSource.query('SELECT body FROM contribution WHERE id = $1', [id]);
      expect(row.body).toBe(decomposed.normalize('NFC'));
      const SEARCH = `query ($org: ID!, $q: String!) { search(organizationId: $org, query: $q) { contributionId } }`;
      for (const q of ['re\u0301sume\u0301s', 'r\u00e9sum\u00e9s']) {
        const { search } = await world.facilitator.client.ok(SEARCH, { org: world.organization.id, q });
        expect(search.map((hit: { contributionId: string }) => hit.contributionId)).toContain(id);
      }
    });
  });

  describe('emails and display names', () => {
    it('treats an email typed in NFC and in NFD, in any case, as one account', async () => {
      const local = `jos\u00e9-${Date.now()}`;
      const nfc = `${local}@example.org`;
      const nfd = `${local.normalize('NFD').toUpperCase()}@EXAMPLE.ORG`;
      const first = await signUp(t.client(), { email: nfc });
      expect(first.email).toBe(nfc);
      // Signing up again with the decomposed spelling reaches the same account: its owner is told so.
      await t.client().ok(SIGN_UP, { input: { email: nfd, password: PASSWORD, displayName: 'José' } });
      await t.mailbox.next(nfc, (m) => m.subject === 'You already have an OpenHuddle account');
      const signIn = t.client();
      const { signIn: user } = await signIn.ok(
        `mutation ($input: SignInInput!) { signIn(input: $input) { id email } }`,
        { input: { email: nfd, password: PASSWORD } },
      );
      expect(user).toEqual({ id: first.id, email: nfc });
    });

    it('normalises invited emails the same way', async () => {
      const { owner, organization } = await createTenant(t);
      const local = `ren\u00e9e-${Date.now()}`;
      const { inviteMember } = await owner.ok(
        `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { email } }`,
        { input: { organizationId: organization.id, email: `${local.normalize('NFD')}@School.org`, role: 'MEMBER' } },
      );
      expect(inviteMember.email).toBe(`${local}@school.org`);
    });

    it('refuses names with bidi controls or nothing visible, on sign up and on profile edit', async () => {
      const bad: [string, string][] = [
        ['Ana \u202Eevil', 'Names cannot contain text-direction control characters.'],
        ['\u2066Bob\u2069', 'Names cannot contain text-direction control characters.'],
        ['\u200B\u200B', 'Your name needs at least one visible character.'],
        ['\u200D \u2060\uFEFF', 'Your name needs at least one visible character.'],
      ];
      const client = t.client();
      await signUp(client);
      for (const [displayName, message] of bad) {
        const signUpError = await t
          .client()
          .fail(SIGN_UP, { input: { email: uniqueEmail(), password: PASSWORD, displayName } });
        expect(signUpError.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: { displayName: message } });
        const editError = await client.fail(
          `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { displayName } }`,
          { input: { displayName } },
        );
        expect(editError.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: { displayName: message } });
      }
      // Scripts written right to left are names too; only the invisible controls are refused.
      expect((await signUp(t.client(), { displayName: 'نور الهدى' })).displayName).toBe('نور الهدى');
    });
  });

  describe('operation limits', () => {
    const briefs = (n: number) =>
      `query { ${Array.from({ length: n }, (_, i) => `b${i}: briefMarkdown(huddleId: "${UUID}")`).join(' ')} }`;

    it('refuses a thousand aliases of the brief at parse, naming the limit', async () => {
      const { owner } = await createTenant(t);
      // Refused by graphql-js's token limit while parsing: no validation, no resolver. (How long that
      // takes on a loaded machine is for `pnpm bench:abuse`, not a timed test.)
      const res = await owner.request(briefs(1000));
      expect(res.data).toBeUndefined();
      // formatGraphQLError reports parse failures as BAD_USER_INPUT; the message names the limit.
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toMatch(/more tha[nt] 3000 tokens/);
    });

    it('refuses four briefs in one request by cost, allows three', async () => {
      const { owner } = await createTenant(t);
      const refused = await owner.request(briefs(4));
      expect(refused.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(refused.errors?.[0]?.message).toMatch(/^Operation cost limit of 300 exceeded/);
      const allowed = await owner.request(briefs(3));
      expect(allowed.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('counts a brief inside a fragment every time the fragment is spread', async () => {
      const { owner } = await createTenant(t);
      const query = `fragment B on Query { briefMarkdown(huddleId: "${UUID}") }
        query { ...B a: briefMarkdown(huddleId: "${UUID}") ... on Query { ...B } s1: search(organizationId: "${UUID}", query: "x") s2: search(organizationId: "${UUID}", query: "y") }`;
      const res = await owner.request(query);
      expect(res.errors?.[0]?.message).toMatch(/cost limit/);
    });

    it('refuses too many aliases, too deep a query and too many directives', async () => {
      const { owner } = await createTenant(t);
      const aliases = `query { ${Array.from({ length: 21 }, (_, i) => `m${i}: me { id }`).join(' ')} }`;
      const aliasError = await owner.fail(aliases);
      expect(aliasError).toMatchObject({
        message: 'Aliases limit of 20 exceeded, found 21.',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      });
      let deep = 'id';
      for (let i = 0; i < 13; i++) deep = `organization { id cohorts { ${deep} } }`;
      const deepError = await owner.fail(`query { me { id } c: cohort(id: "${UUID}") { ${deep} } }`);
      expect(deepError.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(deepError.message).toMatch(/^Query depth limit of 12 exceeded/);
      const directives = `query { me { id ${'@include(if: true) '.repeat(21)} } }`;
      const directiveError = await owner.fail(directives);
      expect(directiveError.message).toMatch(/^Directives limit of 20 exceeded/);
    });
  });
});

describe('GraphQL introspection and suggestions', () => {
  const INTROSPECT = `query { __schema { queryType { name } } }`;

  it('are off in production unless GRAPHQL_INTROSPECTION=true', async () => {
    const production = await startTestApp({ NODE_ENV: 'production' });
    try {
      const client = production.client();
      const error = await client.fail(INTROSPECT);
      expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const typo = await client.fail(`query { mee { id } }`);
      expect(typo.message).not.toMatch(/Did you mean/);
    } finally {
      await production.close();
    }
    const opened = await startTestApp({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' });
    try {
      const client = opened.client();
      expect(await client.ok(INTROSPECT)).toEqual({ __schema: { queryType: { name: 'Query' } } });
      expect((await client.fail(`query { mee { id } }`)).message).toMatch(/Did you mean "me"/);
    } finally {
      await opened.close();
    }
  });
});
