import { addMember, createTenant } from '../../../test/factories';
import { scheduleHuddle } from '../../../test/huddle-factories';
import {
  ADD_INQUIRY_EVIDENCE,
  COHORT_CYCLES,
  COMMENT_ON_SHOWCASE,
  CYCLE,
  LINK_STAGE,
  MOVE_STAGE,
  runToShowcase,
  SHOWCASE,
  SHOWCASE_MARKDOWN,
  SHOWCASES,
  START_CYCLE,
  startCycle,
  UPDATE_CYCLE,
  WARM_COOL,
} from '../../../test/inquiry-factories';
import { ADD_COHORT_MEMBERS, createCohortWorld, openPrompt, post } from '../../../test/learning-factories';
import { addItem, startPlan } from '../../../test/plan-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';

describe('PLC inquiry cycles and showcases', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** A cohort of two members with a plan goal and a cycle started by the facilitator. */
  async function cycleWorld() {
    const world = await createCohortWorld(t, 2);
    const org = world.organization.id;
    const planId = await startPlan(world.facilitator.client, org);
    const goal = await addItem(world.facilitator.client, org, planId, {
      title: 'Every student meets standard in math',
    });
    const cycle = await startCycle(world.facilitator.client, org, world.cohortId, { goalItemId: goal.id });
    return { ...world, org, planId, goal, cycle, ref: { organizationId: org, cycleId: cycle.id as string } };
  }

  it('requires authentication and hides one organisation’s cycles from another', async () => {
    const w = await cycleWorld();
    expect((await t.client().fail(CYCLE, { input: w.ref })).extensions?.code).toBe('UNAUTHENTICATED');
    const other = await createTenant(t, 'Another school');
    expect((await other.owner.fail(CYCLE, { input: w.ref })).extensions?.code).toBe('NOT_FOUND');
    const foreign = { organizationId: other.organization.id, cycleId: w.cycle.id };
    expect((await other.owner.fail(CYCLE, { input: foreign })).extensions?.code).toBe('NOT_FOUND');
    expect((await other.owner.fail(MOVE_STAGE, { input: { ...foreign, stage: 'PLAN' } })).extensions?.code).toBe(
      'NOT_FOUND',
    );
    const start = await other.owner.fail(START_CYCLE, {
      input: { organizationId: other.organization.id, cohortId: w.cohortId, question: 'Ours?' },
    });
    expect(start.extensions?.code).toBe('NOT_FOUND');
    const { showcases } = await other.owner.ok(SHOWCASES, { input: { organizationId: other.organization.id } });
    expect(showcases.nodes).toEqual([]);
  });

  it('runs a cycle through its stages to a showcase the whole organisation browses and comments on', async () => {
    const w = await cycleWorld();
    const member = w.members[0]!.client;
    expect(w.cycle).toMatchObject({
      stage: 'QUESTION',
      goal: { id: w.goal.id, title: 'Every student meets standard in math' },
      dates: { questionOn: '2026-09-01', planOn: '2026-09-15', actOn: '2026-10-01', evidenceOn: null },
      protocol: { id: WARM_COOL },
      viewerCan: { work: true, showcase: false, comment: false },
    });
    // In progress, the cycle is the cohort's: a member outside it does not find it; an observer watches.
    expect((await w.outsider.client.fail(CYCLE, { input: w.ref })).extensions?.code).toBe('NOT_FOUND');
    const watched = (await w.observer.client.ok(CYCLE, { input: w.ref })).inquiryCycle;
    expect(watched.viewerCan).toEqual({ work: false, showcase: false, comment: false });
    expect((await w.observer.client.fail(MOVE_STAGE, { input: { ...w.ref, stage: 'PLAN' } })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    // Only who runs the cohort starts a cycle.
    const refused = await member.fail(START_CYCLE, {
      input: { organizationId: w.org, cohortId: w.cohortId, question: 'Mine?' },
    });
    expect(refused.extensions?.code).toBe('FORBIDDEN');

    // The PLC links a prompt to the act stage and a huddle to the reflect stage.
    const promptId = await openPrompt(w.facilitator.client, w.cohortId);
    const [huddle] = await scheduleHuddle(w.facilitator.client, w.cohortId, [promptId]);
    await member.ok(MOVE_STAGE, { input: { ...w.ref, stage: 'PLAN' } });
    await member.ok(LINK_STAGE, { input: { ...w.ref, stage: 'ACT', promptId } });
    const { linkToInquiryStage } = await member.ok(LINK_STAGE, {
      input: { ...w.ref, stage: 'REFLECT', huddleId: huddle!.id },
    });
    expect(linkToInquiryStage.stageLinks).toEqual([
      { stage: 'ACT', kind: 'PROMPT', subjectId: promptId, title: 'Share one formative assessment that worked' },
      { stage: 'REFLECT', kind: 'HUDDLE', subjectId: huddle!.id, title: 'Thursday PLC huddle' },
    ]);
    const early = await member.fail(SHOWCASE, { input: w.ref });
    expect(early.extensions?.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(early.extensions?.fields ?? {}).sort()).toEqual(['learned', 'stage', 'tried']);

    await member.ok(ADD_INQUIRY_EVIDENCE, {
      input: { ...w.ref, kind: 'LINK', url: 'https://example.org/fractions-benchmark', note: 'Benchmark: 48% → 63%' },
    });
    const moved = await member.fail(MOVE_STAGE, { input: { ...w.ref, stage: 'REFLECT' } });
    expect(moved.extensions?.fields).toEqual({ stage: 'Move one stage at a time.' });
    const showcased = await runToShowcase(member, w.org, w.cycle as { id: string; question: string });
    expect(showcased.showcasedAt).toBeTruthy();
    expect(showcased.viewerCan).toEqual({ work: false, showcase: false, comment: true });

    // A record from now on.
    expect((await member.fail(MOVE_STAGE, { input: { ...w.ref, stage: 'EVIDENCE' } })).extensions?.code).toBe(
      'CONFLICT',
    );

    // The gallery: every member, the cohort's stage links stay the cohort's.
    const { showcases } = await w.outsider.client.ok(SHOWCASES, { input: { organizationId: w.org } });
    expect(showcases.nodes).toEqual([
      expect.objectContaining({
        id: w.cycle.id,
        cohortName: 'Grade 7 Math PLC',
        goal: { title: 'Every student meets standard in math' },
        evidenceCount: 1,
        commentCount: 0,
      }),
    ]);
    const seen = (await w.outsider.client.ok(CYCLE, { input: w.ref })).inquiryCycle;
    expect(seen.stageLinks).toEqual([]);
    expect(seen.viewerCan).toEqual({ work: false, showcase: false, comment: true });

    const noGrow = await w.outsider.client.fail(COMMENT_ON_SHOWCASE, {
      input: { ...w.ref, answers: [{ sectionKey: 'warm', text: 'Clear evidence.' }] },
    });
    expect(noGrow.extensions?.code).toBe('BAD_USER_INPUT');
    expect(noGrow.extensions?.fields).toEqual({ 'answers.cool': 'Answer “Cool”.' });
    const { commentOnShowcase } = await w.outsider.client.ok(COMMENT_ON_SHOWCASE, {
      input: {
        ...w.ref,
        answers: [
          { sectionKey: 'warm', text: 'Clear evidence, and the regrouping idea travels.' },
          { sectionKey: 'cool', text: 'How did you choose the hinge questions?' },
        ],
      },
    });
    expect(commentOnShowcase.answers.map((a: any) => a.label)).toEqual(['Warm', 'Cool']);

    const { showcaseMarkdown } = await w.outsider.client.ok(SHOWCASE_MARKDOWN, { input: w.ref });
    expect(showcaseMarkdown).toContain('# Do daily exit tickets raise');
    expect(showcaseMarkdown).toContain('## What we tried');
    expect(showcaseMarkdown).toContain('<https://example.org/fractions-benchmark> — Benchmark: 48% → 63%');
    expect(showcaseMarkdown).toContain('Regrouping the next day mattered');
    expect(showcaseMarkdown).toContain('- **Cool:** How did you choose the hinge questions?');
    const { inquiryCycles } = await w.facilitator.client.ok(COHORT_CYCLES, {
      input: { organizationId: w.org, cohortId: w.cohortId },
    });
    expect(inquiryCycles.map((c: any) => c.id)).toEqual([w.cycle.id]);
  });

  it('never shows contribution evidence to a viewer who may not see the contribution, in the gallery or its Markdown', async () => {
    const w = await cycleWorld();
    const promptId = await openPrompt(w.facilitator.client, w.cohortId, { revealRule: 'POST_FIRST' });
    const secret = 'Our exit tickets: 62% met standard.';
    const contributionId = await post(w.members[0]!.client, promptId, secret);
    await w.members[0]!.client.ok(ADD_INQUIRY_EVIDENCE, {
      input: { ...w.ref, kind: 'CONTRIBUTION', contributionId, note: '' },
    });
    // Member 1 has not posted, so they cannot link what they cannot see.
    const blind = await w.members[1]!.client.fail(ADD_INQUIRY_EVIDENCE, {
      input: { ...w.ref, kind: 'CONTRIBUTION', contributionId, note: '' },
    });
    expect(blind.extensions?.fields).toEqual({
      contributionId: 'Pick a published contribution you can open in this organisation.',
    });
    await runToShowcase(w.members[0]!.client, w.org, w.cycle as { id: string; question: string });

    const facilitatorView = (await w.facilitator.client.ok(CYCLE, { input: w.ref })).inquiryCycle;
    expect(facilitatorView.evidence[0].contribution).toEqual({
      id: contributionId,
      promptTitle: 'Share one formative assessment that worked',
      excerpt: secret,
    });
    for (const viewer of [w.members[1]!.client, w.outsider.client]) {
      const cycle = (await viewer.ok(CYCLE, { input: w.ref })).inquiryCycle;
      expect(cycle.evidence).toEqual([]);
      expect(cycle.evidenceCount).toBe(0);
      const { showcases } = await viewer.ok(SHOWCASES, { input: { organizationId: w.org } });
      expect(showcases.nodes[0].evidenceCount).toBe(0);
      const { showcaseMarkdown } = await viewer.ok(SHOWCASE_MARKDOWN, { input: w.ref });
      expect(showcaseMarkdown).not.toContain('62%');
    }
  });

  it('refuses bad input with per-field messages and changes nothing', async () => {
    const w = await cycleWorld();
    const member = w.members[0]!.client;
    const strategy = await addItem(w.facilitator.client, w.org, w.planId, {
      title: 'Common assessments',
      parentId: w.goal.id,
    });
    const bad = await member.fail(UPDATE_CYCLE, {
      input: {
        ...w.ref,
        question: '   ',
        goalItemId: strategy.id,
        dates: { planOn: '2026-10-01', actOn: '2026-09-01', reflectOn: '2026-02-30' },
      },
    });
    expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(bad.extensions?.fields ?? {})).toContain('question');
    const dates = await member.fail(UPDATE_CYCLE, {
      input: {
        ...w.ref,
        question: 'Still ours?',
        goalItemId: strategy.id,
        dates: { planOn: '2026-10-01', actOn: '2026-09-01', reflectOn: '2026-02-30' },
      },
    });
    expect(dates.extensions?.fields).toEqual({
      goalItemId: 'Pick a goal of the organisation’s plan.',
      'dates.actOn': 'A stage starts on or after the one before it.',
      'dates.reflectOn': 'Use a real date (YYYY-MM-DD).',
    });
    const link = await member.fail(LINK_STAGE, { input: { ...w.ref, stage: 'ACT' } });
    expect(link.extensions?.fields).toEqual({ promptId: 'Pick a prompt or a huddle (one of them).' });
    const evidence = await member.fail(ADD_INQUIRY_EVIDENCE, { input: { ...w.ref, kind: 'LINK', url: 'not a link' } });
    expect(evidence.extensions?.code).toBe('BAD_USER_INPUT');
    const team = await w.facilitator.client.fail(START_CYCLE, {
      input: { organizationId: w.org, cohortId: w.cohortId, question: 'Q?', teamId: w.cycle.id },
    });
    expect(team.extensions?.fields).toEqual({ teamId: 'Pick a team of this cohort.' });
    const after = (await member.ok(CYCLE, { input: w.ref })).inquiryCycle;
    expect(after).toMatchObject({ question: w.cycle.question, goal: { id: w.goal.id }, evidence: [] });
  });

  it('lets a team’s cycle be worked on by that team, not the rest of the cohort', async () => {
    const w = await createCohortWorld(t, 2);
    const org = w.organization.id;
    const { createTeam } = await w.facilitator.client.ok(
      `mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id } }`,
      { input: { cohortId: w.cohortId, name: 'Fractions team' } },
    );
    const teammate = await addMember(t, w.facilitator.client, org, 'MEMBER');
    const { addCohortMembers } = await w.facilitator.client.ok(ADD_COHORT_MEMBERS, {
      input: { cohortId: w.cohortId, userIds: [teammate.person.id], role: 'MEMBER' },
    });
    await w.facilitator.client.ok(`mutation ($input: AssignTeamInput!) { assignTeam(input: $input) { id } }`, {
      input: { cohortMemberId: addCohortMembers[0].id, teamId: createTeam.id },
    });
    const cycle = await startCycle(w.facilitator.client, org, w.cohortId, { teamId: createTeam.id });
    expect(cycle.teamName).toBe('Fractions team');
    const ref = { organizationId: org, cycleId: cycle.id };
    // Members of the cohort not on the team read it but do not work on it.
    const other = await w.members[1]!.client.ok(CYCLE, { input: ref });
    expect(other.inquiryCycle.viewerCan.work).toBe(false);
    expect((await w.members[1]!.client.fail(MOVE_STAGE, { input: { ...ref, stage: 'PLAN' } })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    const admin = await addMember(t, w.facilitator.client, org, 'ADMIN');
    expect((await admin.client.ok(CYCLE, { input: ref })).inquiryCycle.viewerCan.work).toBe(true);
    const { moveInquiryStage } = await teammate.client.ok(MOVE_STAGE, { input: { ...ref, stage: 'PLAN' } });
    expect(moveInquiryStage.stage).toBe('PLAN');
  });
});
