import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createBulkCohort } from '../src/database/bulk/bulk-cohort';
import { PasswordHasher } from '../src/modules/auth/password-hasher';
import { startTestApp, type TestApp } from './test-app';
import { webOperation } from './web-documents';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { id } }`;

/**
 * The cohort page's feed (the web app's own CohortFeed operation) costs the same statements with 20
 * items in the cohort as with 200, for a member and for the facilitator, on the first page of 10 and the next.
 */
describe('cohort feed statement counts do not grow with the data', () => {
  let t: TestApp;
  let hash: string;
  beforeAll(async () => {
    t = await startTestApp();
    hash = await new PasswordHasher().hash('password12');
  });
  afterAll(() => t.close());

  async function measure(members: number, tag: string) {
    const bulk = await createBulkCohort(t.dataSource, {
      members,
      prompts: 2,
      feedbackEach: 1,
      passwordHash: hash,
      tag,
    });
    // Replies: every contribution's author is answered by the facilitator.
    await t.dataSource.query(
      `INSERT INTO comment (organization_id, contribution_id, author_id, body)
       SELECT c.organization_id, c.id, u.id, 'Thanks for sharing' FROM contribution c JOIN "user" u ON u.email = $2
        WHERE c.cohort_id = $1`,
      [bulk.cohortId, bulk.facilitatorEmail],
    );
    const query = webOperation('CohortFeed');
    const counts: Record<string, number> = {};
    const sizes: Record<string, number> = {};
    for (const who of ['memberEmail', 'facilitatorEmail'] as const) {
      const client = t.client();
      await client.ok(SIGN_IN, { input: { email: bulk[who], password: 'password12' } });
      const first = await client.request(query, { cohortId: bulk.cohortId, first: 10 });
      expect(first.errors).toBeUndefined();
      const page = (first.data as { cohortFeed: { nodes: unknown[]; pageInfo: { endCursor: string | null } } })
        .cohortFeed;
      counts[`${who}:first`] = first.extensions!.sqlStatements!;
      sizes[who] = page.nodes.length;
      const next = await client.request(query, { cohortId: bulk.cohortId, first: 10, after: page.pageInfo.endCursor });
      expect(next.errors).toBeUndefined();
      counts[`${who}:next`] = next.extensions!.sqlStatements!;
    }
    return { counts, sizes };
  }

  it('20 vs 200 contributions', async () => {
    const small = await measure(10, 'feed-small');
    const large = await measure(100, 'feed-large');
    expect(small.sizes).toEqual({ memberEmail: 10, facilitatorEmail: 10 });
    expect(large.sizes).toEqual(small.sizes);
    console.info('cohort feed statements', JSON.stringify({ small: small.counts, large: large.counts }));
    expect(large.counts).toEqual(small.counts);
    // Session, cohort access, the last-seen marker, the page and the new count side by side, the page's contributions.
    for (const n of Object.values(small.counts)) expect(n).toBeLessThanOrEqual(6);
  });
});
