import { scheduleHuddle } from '../../../test/huddle-factories';
import { createCohortWorld, PUBLISH_PROMPT } from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';

const ADD = `mutation ($input: AddActionItemInput!) { addActionItem(input: $input) { id } }`;
const TURN = `mutation ($id: ID!) { turnActionItemIntoPrompt(id: $id) { id } }`;
const MINE = `query ($org: ID!) { myActionItems(organizationId: $org) { id promptId } }`;
const ON_HUDDLE = `query ($id: ID!) { huddle(id: $id) { actionItems { id promptId } } }`;

describe('the prompt an action item became', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('is linked for a member only once it is published (a draft prompt would answer "Prompt not found")', async () => {
    const world = await createCohortWorld(t, 1);
    const [member] = world.members;
    const fac = world.facilitator.client;
    const [huddle] = await scheduleHuddle(fac, world.cohortId, []);
    const { addActionItem: item } = await fac.ok(ADD, {
      input: { huddleId: huddle.id, ownerId: member!.id, text: 'Build a shared distractor bank' },
    });
    const { turnActionItemIntoPrompt: prompt } = await fac.ok(TURN, { id: item.id });

    expect((await member!.client.ok(MINE, { org: world.organization.id })).myActionItems).toEqual([
      { id: item.id, promptId: null },
    ]);
    expect((await member!.client.ok(ON_HUDDLE, { id: huddle.id })).huddle.actionItems).toEqual([
      { id: item.id, promptId: null },
    ]);
    // The facilitator, who can open the draft, gets the link.
    expect((await fac.ok(ON_HUDDLE, { id: huddle.id })).huddle.actionItems).toEqual([
      { id: item.id, promptId: prompt.id },
    ]);

    await fac.ok(PUBLISH_PROMPT, { id: prompt.id });
    expect((await member!.client.ok(MINE, { org: world.organization.id })).myActionItems).toEqual([
      { id: item.id, promptId: prompt.id },
    ]);
  });
});
