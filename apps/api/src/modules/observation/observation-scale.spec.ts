import { createCohortWorld } from '../../../test/learning-factories';
import { OBSERVATIONS, observe, TRENDS } from '../../../test/observation-factories';
import { COPY_EXAMPLE } from '../../../test/self-assessment-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';

describe('observation pages cost the same at 3 and 30 observations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** `count` observations of member 0 by the others in turn, each rating two practices. */
  async function observed(count: number) {
    const w = await createCohortWorld(t, 6);
    const org = w.organization.id;
    const { copyExampleFramework } = await w.facilitator.client.ok(COPY_EXAMPLE, { org });
    for (let i = 0; i < count; i++)
      await observe(w.members[1 + (i % 5)]!.client, org, copyExampleFramework.id, w.members[0]!.id, {
        'formative-assessment': (i % 4) + 1,
        'student-discussion': ((i + 1) % 4) + 1,
      });
    return {
      org,
      frameworkId: copyExampleFramework.id as string,
      member: w.members[0]!.client,
      facilitator: w.facilitator.client,
    };
  }

  it('counts the same statements for the list and the trends', async () => {
    const small = await observed(3);
    const large = await observed(30);
    const measure = async ({ org, frameworkId, member, facilitator }: Awaited<ReturnType<typeof observed>>) => {
      const list = await member.request(OBSERVATIONS, { input: { organizationId: org, side: 'OF_ME', first: 50 } });
      const trends = await facilitator.request(TRENDS, { input: { organizationId: org, frameworkId, months: 12 } });
      expect(list.errors).toBeUndefined();
      expect(trends.errors).toBeUndefined();
      return {
        items: (list.data as { observations: { nodes: unknown[] } }).observations.nodes.length,
        list: list.extensions!.sqlStatements!,
        trends: trends.extensions!.sqlStatements!,
      };
    };
    const three = await measure(small);
    const thirty = await measure(large);
    expect([three.items, thirty.items]).toEqual([3, 30]);
    expect(thirty.list).toBe(three.list);
    expect(thirty.trends).toBe(three.trends);
    // Session and membership, then one statement for the page (names, version and ratings joined in).
    expect(three.list).toBeLessThanOrEqual(4);
    // Session and membership, the framework and its version, then one grouped statement.
    expect(three.trends).toBeLessThanOrEqual(6);
    console.info(`observations: list ${three.list}, trends ${three.trends} statements at 3 and 30 observations`);
  }, 180_000);
});
