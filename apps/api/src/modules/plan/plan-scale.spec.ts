import { addMember } from '../../../test/factories';
import type { GqlClient } from '../../../test/gql-client';
import { createCohortWorld, openPrompt, post } from '../../../test/learning-factories';
import { ADD_EVIDENCE, COMMENT, PLAN, startPlan } from '../../../test/plan-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';

const ADD = `mutation ($input: AddPlanItemInput!) { addPlanItem(input: $input) { items { id title } } }`;

describe('the plan page costs the same at 5 and 50 items', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** A plan of `goals` goals with four items under each (1 + 1 strategy + 3 steps = 5 per goal), all with evidence. */
  async function planOf(goals: number) {
    const world = await createCohortWorld(t, 1);
    const org = world.organization.id;
    const admin: GqlClient = (await addMember(t, world.facilitator.client, org, 'ADMIN')).client;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    const contributionId = await post(world.members[0]!.client, promptId);
    const planId = await startPlan(admin, org);
    const add = async (fields: Record<string, unknown>) => {
      const { addPlanItem } = await admin.ok(ADD, {
        input: { organizationId: org, planId, ownerUserIds: [world.members[0]!.id], ...fields },
      });
      return (addPlanItem.items as { id: string; title: string }[]).find((i) => i.title === fields.title)!.id;
    };
    for (let g = 0; g < goals; g++) {
      const goal = await add({
        title: `Goal ${g}`,
        measure: { name: 'Met standard', unit: '%', baseline: 50, target: 70 },
      });
      await admin.ok(ADD_EVIDENCE, {
        input: { organizationId: org, itemId: goal, kind: 'MEASURE_VALUE', value: 55, note: '' },
      });
      const strategy = await add({ title: `Strategy ${g}`, parentId: goal });
      await admin.ok(ADD_EVIDENCE, {
        input: { organizationId: org, itemId: strategy, kind: 'CONTRIBUTION', contributionId, note: '' },
      });
      for (let s = 0; s < 3; s++) {
        const step = await add({ title: `Step ${g}.${s}`, parentId: strategy });
        await admin.ok(COMMENT, { input: { organizationId: org, itemId: step, body: 'Keep going.' } });
      }
    }
    return { org, member: world.members[0]!.client };
  }

  it('counts the same statements for the progress page at 5 and 50 items', async () => {
    const small = await planOf(1);
    const large = await planOf(10);
    const measure = async ({ org, member }: Awaited<ReturnType<typeof planOf>>) => {
      const res = await member.request(PLAN, { org });
      expect(res.errors).toBeUndefined();
      return { statements: res.extensions!.sqlStatements!, items: (res.data as any).plan.items.length as number };
    };
    const five = await measure(small);
    const fifty = await measure(large);
    expect([five.items, fifty.items]).toEqual([5, 50]);
    expect(fifty.statements).toBe(five.statements);
    // Session, membership, plan, then items / changes / teams side by side, then owners / evidence / measures.
    expect(five.statements).toBeLessThanOrEqual(9);
    console.info(`plan page: ${five.statements} statements at 5 and 50 items`);
  }, 120_000);
});
