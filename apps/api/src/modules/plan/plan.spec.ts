import { addMember, createTenant } from '../../../test/factories';
import { ADD_COHORT_MEMBERS, createCohortWorld, openPrompt, post } from '../../../test/learning-factories';
import {
  ADD_EVIDENCE,
  ADD_ITEM,
  addItem,
  COMMENT,
  CREATE_PLAN,
  DELETE_ITEM,
  ITEM_DETAIL,
  PLAN,
  SET_STATUS,
  startPlan,
  UPDATE_ITEM,
} from '../../../test/plan-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';

const MATH = { name: 'Students meeting standard in math', unit: '%', baseline: 54, target: 70 };

describe('the organisation’s plan', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** An organization with a cohort, an admin and a plan with one goal → strategy → action step. */
  async function planWorld() {
    const world = await createCohortWorld(t, 2);
    const org = world.organization.id;
    const admin = await addMember(t, world.facilitator.client, org, 'ADMIN');
    const planId = await startPlan(admin.client, org);
    const goal = await addItem(admin.client, org, planId, {
      title: 'Every student meets standard in math',
      measure: MATH,
    });
    const strategy = await addItem(admin.client, org, planId, {
      title: 'Common formative assessment',
      parentId: goal.id,
    });
    const step = await addItem(admin.client, org, planId, {
      title: 'Grade 7 team writes three common assessments',
      parentId: strategy.id,
      dueOn: '2026-11-30',
      ownerUserIds: [world.members[0]!.id],
    });
    return { ...world, org, admin, planId, goal, strategy, step };
  }

  it('requires authentication and hides one organisation’s plan from another', async () => {
    const w = await planWorld();
    const anonymous = await t.client().fail(PLAN, { org: w.org });
    expect(anonymous.extensions?.code).toBe('UNAUTHENTICATED');
    const other = await createTenant(t, 'Another school');
    expect((await other.owner.fail(PLAN, { org: w.org })).extensions?.code).toBe('NOT_FOUND');
    // Their own organization's id does not open our items either.
    const foreign = await other.owner.fail(ITEM_DETAIL, {
      input: { organizationId: other.organization.id, itemId: w.goal.id },
    });
    expect(foreign.extensions?.code).toBe('NOT_FOUND');
    const write = await other.owner.fail(COMMENT, {
      input: { organizationId: other.organization.id, itemId: w.goal.id, body: 'Hello' },
    });
    expect(write.extensions?.code).toBe('NOT_FOUND');
  });

  it('is built by an admin and read, with its measure history, by every member', async () => {
    const w = await planWorld();
    for (const [value, measuredOn] of [
      [58, '2026-10-15'],
      [61.5, '2027-01-20'],
    ] as const) {
      await w.admin.client.ok(ADD_EVIDENCE, {
        input: {
          organizationId: w.org,
          itemId: w.goal.id,
          kind: 'MEASURE_VALUE',
          value,
          measuredOn,
          note: 'Benchmark',
        },
      });
    }
    const { plan } = await w.outsider.client.ok(PLAN, { org: w.org });
    expect(plan.items.map((i: any) => [i.kind, i.title])).toEqual([
      ['GOAL', 'Every student meets standard in math'],
      ['STRATEGY', 'Common formative assessment'],
      ['ACTION_STEP', 'Grade 7 team writes three common assessments'],
    ]);
    const goal = plan.items[0];
    expect(goal.measure).toEqual({
      ...MATH,
      latest: { value: 61.5, measuredOn: '2027-01-20' },
      history: [
        { value: 58, measuredOn: '2026-10-15' },
        { value: 61.5, measuredOn: '2027-01-20' },
      ],
    });
    expect(goal.latestEvidence).toMatchObject({ kind: 'MEASURE_VALUE', value: 61.5 });
    expect(goal.evidenceCount).toBe(2);
    expect(plan.items[2].owners).toEqual([{ id: w.members[0]!.id, kind: 'PERSON', name: 'Test Person' }]);
    expect(plan.viewerCan.edit).toBe(false);
    expect(goal.viewerCan).toEqual({ edit: false, updateProgress: false, comment: true });
    // What changed this month: the items created and the values recorded, newest first, with who did it.
    expect(plan.changesThisMonth.map((c: any) => c.action)).toEqual([
      'EVIDENCE',
      'EVIDENCE',
      'CREATED',
      'CREATED',
      'CREATED',
      'CREATED',
    ]);
    expect(plan.changesThisMonth[0].actor.id).toBeTruthy();
  });

  it('lets owners update status and evidence, admins edit, every member comment, and nobody else', async () => {
    const w = await planWorld();
    const owner = w.members[0]!.client;
    const peer = w.members[1]!.client;
    const ref = { organizationId: w.org, itemId: w.step.id };

    const { setPlanItemStatus } = await owner.ok(SET_STATUS, { input: { ...ref, status: 'ON_TRACK' } });
    expect(setPlanItemStatus.status).toBe('ON_TRACK');
    expect(setPlanItemStatus.viewerCan).toEqual({ edit: false, updateProgress: true, comment: true });
    await owner.ok(ADD_EVIDENCE, {
      input: { ...ref, kind: 'LINK', url: 'https://example.org/cfa-1', note: 'First CFA' },
    });

    expect((await peer.fail(SET_STATUS, { input: { ...ref, status: 'DONE' } })).extensions?.code).toBe('FORBIDDEN');
    expect(
      (await peer.fail(ADD_EVIDENCE, { input: { ...ref, kind: 'NOTE', note: 'Not mine' } })).extensions?.code,
    ).toBe('FORBIDDEN');
    // A facilitator is not an admin: the plan is the admins' to shape.
    const facilitator = await addMember(t, w.facilitator.client, w.org, 'FACILITATOR');
    const add = await facilitator.client.fail(ADD_ITEM, {
      input: { organizationId: w.org, planId: w.planId, title: 'Mine' },
    });
    expect(add.extensions?.code).toBe('FORBIDDEN');
    const edit = await owner.fail(UPDATE_ITEM, { input: { ...ref, title: 'Renamed' } });
    expect(edit.extensions?.code).toBe('FORBIDDEN');

    const { commentOnPlanItem } = await peer.ok(COMMENT, { input: { ...ref, body: 'Glow: the common rubric.' } });
    expect(commentOnPlanItem.body).toBe('Glow: the common rubric.');

    const { planItem } = await peer.ok(ITEM_DETAIL, { input: ref });
    expect(planItem.item.status).toBe('ON_TRACK');
    expect(planItem.ancestors.map((a: any) => a.id)).toEqual([w.goal.id, w.strategy.id]);
    expect(planItem.comments.nodes.map((c: any) => c.body)).toEqual(['Glow: the common rubric.']);
    expect(planItem.evidence.nodes.map((e: any) => e.kind)).toEqual(['LINK']);
    expect(planItem.history.map((h: any) => h.action)).toEqual(['EVIDENCE', 'STATUS', 'CREATED']);
    expect(planItem.history[1].changes).toEqual([{ field: 'status', from: 'NOT_STARTED', to: 'ON_TRACK' }]);
    expect(planItem.history[1].actor.id).toBe(w.members[0]!.id);
  });

  it('lets a team own an item: its members update it', async () => {
    const w = await planWorld();
    const { createTeam } = await w.facilitator.client.ok(
      `mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id } }`,
      { input: { cohortId: w.cohortId, name: 'Grade 7' } },
    );
    const teammate = await addMember(t, w.facilitator.client, w.org, 'MEMBER');
    const { addCohortMembers } = await w.facilitator.client.ok(ADD_COHORT_MEMBERS, {
      input: { cohortId: w.cohortId, userIds: [teammate.person.id], role: 'MEMBER' },
    });
    await w.facilitator.client.ok(`mutation ($input: AssignTeamInput!) { assignTeam(input: $input) { id } }`, {
      input: { cohortMemberId: addCohortMembers[0].id, teamId: createTeam.id },
    });
    const ref = { organizationId: w.org, itemId: w.strategy.id };
    expect((await teammate.client.fail(SET_STATUS, { input: { ...ref, status: 'AT_RISK' } })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    const { updatePlanItem } = await w.admin.client.ok(UPDATE_ITEM, {
      input: { ...ref, title: w.strategy.title, ownerTeamIds: [createTeam.id] },
    });
    expect(updatePlanItem.owners).toEqual([{ id: createTeam.id, kind: 'TEAM', name: 'Grade 7 (Grade 7 Math PLC)' }]);
    const { setPlanItemStatus } = await teammate.client.ok(SET_STATUS, { input: { ...ref, status: 'AT_RISK' } });
    expect(setPlanItemStatus.status).toBe('AT_RISK');
  });

  it('never shows contribution evidence to a viewer who may not see the contribution', async () => {
    const w = await planWorld();
    const promptId = await openPrompt(w.facilitator.client, w.cohortId, { revealRule: 'POST_FIRST' });
    const contributionId = await post(w.members[0]!.client, promptId, 'Our CFA results: 62% met standard.');
    const ref = { organizationId: w.org, itemId: w.step.id };
    // The owner (member 0, the author) links it; the facilitator (org owner) sees every contribution.
    await w.members[0]!.client.ok(ADD_EVIDENCE, { input: { ...ref, kind: 'CONTRIBUTION', contributionId, note: '' } });

    const stepOf = async (client: typeof w.admin.client) =>
      (await client.ok(PLAN, { org: w.org })).plan.items.find((i: any) => i.id === w.step.id);
    expect((await stepOf(w.facilitator.client)).latestEvidence.contribution).toEqual({
      id: contributionId,
      promptTitle: 'Share one formative assessment that worked',
      excerpt: 'Our CFA results: 62% met standard.',
    });
    // Member 1 has not posted to the POST_FIRST prompt; the outsider is not in the cohort.
    for (const viewer of [w.members[1]!.client, w.outsider.client]) {
      const step = await stepOf(viewer);
      expect(step.latestEvidence).toBeNull();
      expect(step.evidenceCount).toBe(0);
      const { planItem } = await viewer.ok(ITEM_DETAIL, { input: ref });
      expect(planItem.evidence.nodes).toEqual([]);
      expect(JSON.stringify(planItem)).not.toContain(contributionId);
    }
    // Once member 1 posts, the reveal rule lets them see it, and the plan shows it.
    await post(w.members[1]!.client, promptId, 'Mine.');
    expect((await stepOf(w.members[1]!.client)).latestEvidence.contribution.id).toBe(contributionId);

    // Nobody links what they cannot open: member 1 owns the goal but cannot see a FACILITATORS_ONLY post.
    const hidden = await openPrompt(w.facilitator.client, w.cohortId, { revealRule: 'FACILITATORS_ONLY' });
    const secret = await post(w.members[0]!.client, hidden, 'Only facilitators.');
    await w.admin.client.ok(UPDATE_ITEM, {
      input: {
        organizationId: w.org,
        itemId: w.goal.id,
        title: w.goal.title,
        measure: MATH,
        ownerUserIds: [w.members[1]!.id],
      },
    });
    const refused = await w.members[1]!.client.fail(ADD_EVIDENCE, {
      input: { organizationId: w.org, itemId: w.goal.id, kind: 'CONTRIBUTION', contributionId: secret, note: '' },
    });
    expect(refused.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.extensions?.fields).toEqual({
      contributionId: 'Pick a contribution you can open in this organization.',
    });
  });

  it('refuses bad input with field messages and changes nothing', async () => {
    const w = await planWorld();
    const before = (await w.admin.client.ok(PLAN, { org: w.org })).plan;
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ title: 'Late', startsOn: '2026-09-01', dueOn: '2026-08-01' }, { dueOn: 'Pick a day on or after the start.' }],
      [{ title: 'Feb', dueOn: '2026-02-30' }, { dueOn: 'Use a real date (YYYY-MM-DD).' }],
      [
        { title: 'Too deep', parentId: w.step.id },
        { parentId: 'Action steps have no items under them: pick a goal or a strategy.' },
      ],
      [
        { title: 'Stranger', ownerUserIds: ['00000000-0000-4000-a000-00000000abcd'] },
        { ownerUserIds: 'Pick people of this organization.' },
      ],
      [{ title: '   ' }, { title: 'Use 1 to 200 characters.' }],
    ];
    for (const [fields, expected] of cases) {
      const error = await w.admin.client.fail(ADD_ITEM, {
        input: { organizationId: w.org, planId: w.planId, ...fields },
      });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.extensions?.fields).toEqual(expected);
    }
    const noMeasure = await w.admin.client.fail(ADD_EVIDENCE, {
      input: { organizationId: w.org, itemId: w.step.id, kind: 'MEASURE_VALUE', value: 3, note: '' },
    });
    expect(noMeasure.extensions?.fields).toEqual({
      kind: 'This item has no measure: add one before recording values.',
    });
    const badUrl = await w.admin.client.fail(ADD_EVIDENCE, {
      input: { organizationId: w.org, itemId: w.step.id, kind: 'LINK', url: 'javascript:alert(1)', note: '' },
    });
    expect(badUrl.extensions?.fields).toEqual({ url: 'Use a full link (https://…).' });
    const after = (await w.admin.client.ok(PLAN, { org: w.org })).plan;
    expect(after).toEqual(before);
  });

  it('keeps a replaced plan as a read-only record, and deletes items with what is under them', async () => {
    const w = await planWorld();
    const { deletePlanItem } = await w.admin.client.ok(DELETE_ITEM, {
      input: { organizationId: w.org, itemId: w.strategy.id },
    });
    expect(deletePlanItem.items.map((i: any) => i.id)).toEqual([w.goal.id]);
    expect(deletePlanItem.changesThisMonth[0]).toMatchObject({
      action: 'DELETED',
      itemTitle: 'Common formative assessment',
    });

    const { createPlan } = await w.admin.client.ok(CREATE_PLAN, {
      input: { organizationId: w.org, title: 'Plan 2027–28' },
    });
    expect(createPlan.active).toBe(true);
    const { plan: current } = await w.members[0]!.client.ok(PLAN, { org: w.org });
    expect(current.id).toBe(createPlan.id);
    const { plan: past } = await w.members[0]!.client.ok(PLAN, { org: w.org, planId: w.planId });
    expect(past).toMatchObject({ active: false, viewerCan: { edit: false } });
    expect(past.items[0].viewerCan).toEqual({ edit: false, updateProgress: false, comment: false });
    const frozen = await w.admin.client.fail(SET_STATUS, {
      input: { organizationId: w.org, itemId: w.goal.id, status: 'DONE' },
    });
    expect(frozen.extensions?.code).toBe('CONFLICT');
  });
});
