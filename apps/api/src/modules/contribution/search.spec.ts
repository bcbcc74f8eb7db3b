import { createCohortWorld, GIVE_FEEDBACK, openPrompt, post } from '../../../test/learning-factories';
import { createTenant } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/test-app';

const SEARCH = `query ($org: ID!, $q: String!) { search(organizationId: $org, query: $q) { kind contributionId excerpt } }`;

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
});
