import { createCohortWorld, GIVE_FEEDBACK, openPrompt, post } from '../../../test/learning-factories';
import { createTenant } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/test-app';

const SEARCH = `query ($org: ID!, $q: String!, $cohort: ID) { search(organizationId: $org, query: $q, cohortId: $cohort) { kind contributionId excerpt } }`;
const SET_LANGUAGE = `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id language } }`;
const CREATE_COHORT = `mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id } }`;

describe('full-text search', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('limits searches per person: past the limit RATE_LIMITED with a retry hint, others unaffected', async () => {
    const world = await createCohortWorld(t, 2);
    const [busy, other] = world.members;
    const org = world.organization.id;
    const results = await Promise.all(
      Array.from({ length: 65 }, () => busy!.client.request(SEARCH, { org, q: 'fractions' })),
    );
    const limited = results.filter((r) => r.errors?.[0]?.extensions?.code === 'RATE_LIMITED');
    expect(results.length - limited.length).toBe(60);
    expect((limited[0]!.errors![0]!.extensions as { retryAfterSeconds?: number }).retryAfterSeconds).toBeGreaterThan(0);
    await other!.client.ok(SEARCH, { org, q: 'fractions' });
  });

  it('finds contributions and feedback the searcher may see, and nothing hidden by the reveal rule', async () => {
    const world = await createCohortWorld(t, 3);
    const [author, peer, silent] = world.members;
    const open = await openPrompt(world.facilitator.client, world.cohortId, { revealRule: 'OPEN' });
    const hidden = await openPrompt(world.facilitator.client, world.cohortId, { revealRule: 'POST_FIRST' });
    const visibleId = await post(author.client, open, 'Hinge questions with whiteboards worked');
    await post(author.client, hidden, 'Secret whiteboards plan for fractions');
    await peer.client.ok(GIVE_FEEDBACK, {
      input: {
        contributionId: visibleId,
        answers: [
          { sectionKey: 'glow', text: 'Whiteboards make thinking visible' },
          { sectionKey: 'grow', text: 'Share photos' },
        ],
      },
    });

    const asSilent = (await silent.client.ok(SEARCH, { org: world.organization.id, q: 'whiteboards' })).search;
    expect(asSilent.map((h: any) => h.kind).sort()).toEqual(['CONTRIBUTION', 'FEEDBACK']);
    expect(asSilent.every((h: any) => h.contributionId === visibleId)).toBe(true);
    const asFacilitator = (await world.facilitator.client.ok(SEARCH, { org: world.organization.id, q: 'whiteboards' }))
      .search;
    expect(asFacilitator).toHaveLength(3);

    const other = await createTenant(t);
    expect((await other.owner.fail(SEARCH, { org: world.organization.id, q: 'whiteboards' })).extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect(
      (await silent.client.fail(SEARCH, { org: world.organization.id, q: '   ' })).extensions?.fields?.query,
    ).toBeTruthy();
  });

  it("searches in the organisation's language: Spanish stems and stop words, accents optional, and a switch re-indexes", async () => {
    const world = await createCohortWorld(t, 2);
    const [author, reader] = world.members;
    const org = world.organization.id;
    const prompt = await openPrompt(world.facilitator.client, world.cohortId);
    const id = await post(author.client, prompt, 'La evaluación formativa con pizarras funcionó en matemáticas');
    const hits = async (q: string) =>
      (
        (await reader.client.ok(SEARCH, { org, q })).search as Array<{ contributionId: string; excerpt: string }>
      ).filter((h) => h.contributionId === id).length;

    // In English, "funcionaron" is not a form of "funcionó" and "con la" are words like any other;
    // accents are folded in every language.
    expect(await hits('funcionaron')).toBe(0);
    expect(await hits('con la')).toBe(1);
    expect(await hits('matematicas')).toBe(1);

    const { updateOrganization } = await world.facilitator.client.ok(SET_LANGUAGE, {
      input: { organizationId: org, name: world.organization.name, language: 'ES' },
    });
    expect(updateOrganization.language).toBe('ES');
    expect(await hits('funcionaron')).toBe(1);
    expect(await hits('evaluaciones')).toBe(1);
    expect(await hits('evaluacion')).toBe(1);
    expect(await hits('MATEMATICAS')).toBe(1);
    // "con" and "la" are Spanish stop words: a query of stop words alone matches nothing.
    expect(await hits('con la')).toBe(0);
    const [hit] = (await reader.client.ok(SEARCH, { org, q: 'pizarra' })).search;
    expect(hit.excerpt).toContain('**pizarras**');

    // What is written after the switch is indexed in Spanish too, comments included.
    await reader.client.ok(`mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }`, {
      input: { contributionId: id, body: 'Probaré las preguntas bisagra mañana' },
    });
    const comment = (await reader.client.ok(SEARCH, { org, q: 'pregunta manana' })).search;
    expect(comment.map((h: { kind: string }) => h.kind)).toEqual(['COMMENT']);

    const refused = await world.facilitator.client.fail(SET_LANGUAGE, {
      input: { organizationId: org, name: world.organization.name, language: 'KLINGON' },
    });
    expect(refused.extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
  });

  it('narrows to one cohort, and a malformed cohort id is a typed error', async () => {
    const world = await createCohortWorld(t, 1);
    const [author] = world.members;
    const org = world.organization.id;
    const first = await post(
      author.client,
      await openPrompt(world.facilitator.client, world.cohortId),
      'Rubrics co-written with students',
    );
    const { createCohort } = await world.facilitator.client.ok(CREATE_COHORT, {
      input: { organizationId: org, name: 'Reading club' },
    });
    const second = await post(
      world.facilitator.client,
      await openPrompt(world.facilitator.client, createCohort.id),
      'Rubrics for book talks',
    );
    const ids = async (cohort?: string) =>
      (
        (await world.facilitator.client.ok(SEARCH, { org, q: 'rubrics', cohort })).search as Array<{
          contributionId: string;
        }>
      )
        .map((h) => h.contributionId)
        .sort();
    expect(await ids()).toEqual([first, second].sort());
    expect(await ids(world.cohortId)).toEqual([first]);
    expect(await ids(createCohort.id)).toEqual([second]);
    const bad = await world.facilitator.client.fail(SEARCH, { org, q: 'rubrics', cohort: 'not-an-id' });
    expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("stores each row's search vector, in its organisation's language, when it is written", async () => {
    const world = await createCohortWorld(t, 1);
    const prompt = await openPrompt(world.facilitator.client, world.cohortId);
    await post(world.members[0]!.client, prompt, 'Exit tickets every lesson');
    const [{ config }] = await t.dataSource.query(
      `SELECT openhuddle_search_config(openhuddle_org_language($1))::text AS config`,
      [world.organization.id],
    );
    expect(config).toBe('openhuddle_en');
    const [{ vector }] = await t.dataSource.query(
      `SELECT search_vector::text AS vector FROM contribution WHERE prompt_id = $1`,
      [prompt],
    );
    expect(vector).toContain("'ticket'");
  });
});
