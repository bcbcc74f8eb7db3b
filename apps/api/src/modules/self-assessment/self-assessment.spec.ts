import { Clock, type TestClock } from '../../common/clock/clock';
import { addMember, createTenant } from '../../../test/factories';
import { createCohortWorld, openPrompt, post } from '../../../test/learning-factories';
import {
  answers,
  CREATE_COHORTS,
  EXAMPLE_KEYS,
  OPEN_ROUND,
  openRound,
  RESULTS,
  ROUND,
  ROUNDS,
  selfAssess,
  SUBMIT,
  SUGGEST,
} from '../../../test/self-assessment-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';

const DAY = 86_400_000;
const UPDATE = `mutation ($input: UpdateFrameworkInput!) { updateFramework(input: $input) { version } }`;
const GET_FRAMEWORK = `query ($input: FrameworkRefInput!) { framework(input: $input) { title levelNames domains { title practices { key title levels { descriptor } } } } }`;

describe('self-assessment', () => {
  let t: TestApp;
  let clock: TestClock;
  beforeAll(async () => {
    t = await startTestApp();
    clock = t.app.get(Clock) as TestClock;
  });
  afterEach(() => clock.reset());
  afterAll(() => t.close());

  async function world(visibility = 'AGGREGATE_ONLY') {
    const w = await createCohortWorld(t, 6);
    const org = w.organization.id;
    const { frameworkId, roundId } = await openRound(w.facilitator.client, org, w.cohortId, { visibility });
    return { ...w, org, frameworkId, roundId, ref: { organizationId: org, roundId } };
  }
  const stored = async (roundId: string) =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM self_assessment WHERE round_id = $1`, [roundId]))[0]
      .n as number;

  it('requires authentication, hides the round from other organisations and from people it does not ask', async () => {
    const w = await world();
    expect((await t.client().fail(ROUND, { input: w.ref })).extensions?.code).toBe('UNAUTHENTICATED');
    const other = await createTenant(t, 'Another school');
    expect((await other.owner.fail(ROUND, { input: w.ref })).extensions?.code).toBe('NOT_FOUND');
    const cross = { organizationId: other.organization.id, roundId: w.roundId };
    expect((await other.owner.fail(ROUND, { input: cross })).extensions?.code).toBe('NOT_FOUND');
    expect((await other.owner.fail(RESULTS, { input: cross })).extensions?.code).toBe('NOT_FOUND');
    const write = await other.owner.fail(SUBMIT, { input: { ...cross, ...answers(2) } });
    expect(write.extensions?.code).toBe('NOT_FOUND');
    // In the organisation but not in the cohort; an observer of the cohort: the round does not ask them.
    expect((await w.outsider.client.fail(ROUND, { input: w.ref })).extensions?.code).toBe('NOT_FOUND');
    expect((await w.observer.client.fail(ROUND, { input: w.ref })).extensions?.code).toBe('NOT_FOUND');
    expect((await w.outsider.client.ok(ROUNDS, { org: w.org })).selfAssessmentRounds).toEqual([]);
    // A member answers, and reads neither the results nor the teams.
    expect((await w.members[0]!.client.fail(RESULTS, { input: w.ref })).extensions?.code).toBe('FORBIDDEN');
    const suggest = await w.members[0]!.client.fail(SUGGEST, { input: { ...w.ref, teamSize: 3 } });
    expect(suggest.extensions?.code).toBe('FORBIDDEN');
    // Opening a round: the cohort's facilitators (and admins) only.
    const open = await w.members[0]!.client.fail(OPEN_ROUND, {
      input: {
        organizationId: w.org,
        frameworkId: w.frameworkId,
        cohortId: w.cohortId,
        title: 'Mine',
        closesAt: new Date(Date.now() + DAY).toISOString(),
        visibility: 'AGGREGATE_ONLY',
      },
    });
    expect(open.extensions?.code).toBe('FORBIDDEN');
    expect(await stored(w.roundId)).toBe(0);
  });

  it('states the visibility before answering; the member sees their own answer only', async () => {
    const w = await world();
    const before = (await w.members[0]!.client.ok(ROUND, { input: w.ref })).selfAssessmentRound;
    expect(before).toMatchObject({
      visibility: 'AGGREGATE_ONLY',
      scope: 'Grade 7 Math PLC',
      viewerAssessment: null,
      viewerCan: { answer: true, viewResults: false, seeIndividuals: false },
    });
    expect(before.visibilityStatement).toMatch(/^Only you see your ratings and evidence\./);
    expect(before.framework.practiceCount).toBe(9);
    const mine = await selfAssess(w.members[0]!.client, w.org, w.roundId, 3, ['formative-assessment']);
    expect(mine.viewerAssessment.growthPracticeKeys).toEqual(['formative-assessment']);
    expect(mine.viewerAssessment.ratings).toHaveLength(9);
    const peer = (await w.members[1]!.client.ok(ROUND, { input: w.ref })).selfAssessmentRound;
    expect(peer.viewerAssessment).toBeNull();
    expect(peer.respondentCount).toBe(1);
  });

  it('shows nothing of 4 answers and the distribution and heatmap at 5; never individuals when the round hides them', async () => {
    const w = await world();
    for (let i = 0; i < 4; i++) await selfAssess(w.members[i]!.client, w.org, w.roundId, (i % 4) + 1);
    const four = (await w.facilitator.client.ok(RESULTS, { input: w.ref })).selfAssessmentResults;
    expect(four).toMatchObject({ minRespondents: 5, shown: false, heatmap: [], individuals: [] });
    expect(four.practices[0]).toEqual({
      practiceKey: 'clear-learning-intentions',
      distribution: [],
      mean: null,
      growthPickCount: null,
    });
    await selfAssess(w.members[4]!.client, w.org, w.roundId, 4, ['formative-assessment']);
    const five = (await w.facilitator.client.ok(RESULTS, { input: w.ref })).selfAssessmentResults;
    expect(five.shown).toBe(true);
    expect(five.practices[1]).toEqual({
      practiceKey: 'formative-assessment',
      distribution: [1, 1, 1, 2],
      mean: 2.8,
      growthPickCount: 1,
    });
    expect(five.heatmap).toEqual([
      { groupName: 'No team', respondentCount: 5, shown: true, means: Array(9).fill(2.8) },
    ]);
    expect(five.individuals).toEqual([]);
  });

  it('lists each person to facilitators when the round says so', async () => {
    const w = await world('FACILITATORS_SEE_INDIVIDUALS');
    const round = (await w.members[0]!.client.ok(ROUND, { input: w.ref })).selfAssessmentRound;
    expect(round.visibilityStatement).toMatch(/^You and the facilitators of this round see your ratings/);
    await w.members[0]!.client.ok(SUBMIT, {
      input: {
        ...w.ref,
        ...answers(2, ['student-discussion']),
        ratings: answers(2).ratings.map((r, i) => ({ ...r, note: i === 0 ? 'Exit tickets daily' : '' })),
      },
    });
    const results = (await w.facilitator.client.ok(RESULTS, { input: w.ref })).selfAssessmentResults;
    expect(results.shown).toBe(true);
    expect(results.individuals).toEqual([
      expect.objectContaining({
        userId: w.members[0]!.id,
        levels: Array(9).fill(2),
        growthPracticeKeys: ['student-discussion'],
      }),
    ]);
    expect(results.individuals[0].notes[0]).toBe('Exit tickets daily');
  });

  it('refuses bad answers with per-field messages and stores nothing', async () => {
    const w = await world();
    const m = w.members[0]!.client;
    const missing = await m.fail(SUBMIT, { input: { ...w.ref, ...answers(2), ratings: answers(2).ratings.slice(1) } });
    expect(missing.extensions?.code).toBe('BAD_USER_INPUT');
    expect(missing.extensions?.fields?.ratings).toMatch(
      /^Rate yourself on every practice \(Clear learning intentions\)/,
    );
    const tooHigh = await m.fail(SUBMIT, { input: { ...w.ref, ...answers(5) } });
    expect(tooHigh.extensions?.fields?.['ratings.0.level']).toBe('Pick a level from 1 to 4.');
    const picks = await m.fail(SUBMIT, { input: { ...w.ref, ...answers(2, EXAMPLE_KEYS.slice(0, 4)) } });
    expect(picks.extensions?.code).toBe('BAD_USER_INPUT');
    // Evidence must be the member's own published contribution.
    const promptId = await openPrompt(w.facilitator.client, w.cohortId);
    const theirs = await post(w.members[1]!.client, promptId, 'My exit-ticket routine');
    const evidence = answers(2).ratings.map((r, i) => (i === 0 ? { ...r, contributionId: theirs } : r));
    const stolen = await m.fail(SUBMIT, { input: { ...w.ref, ratings: evidence, growthPracticeKeys: [] } });
    expect(stolen.extensions?.fields?.['ratings.0.contributionId']).toBe(
      'Link one of your own published contributions.',
    );
    expect(await stored(w.roundId)).toBe(0);
    // A closed round takes no answer.
    clock.advance(8 * DAY);
    expect((await m.fail(SUBMIT, { input: { ...w.ref, ...answers(2) } })).extensions?.code).toBe('CONFLICT');
  });

  it('keeps the version a round was made on, and shows each person their growth in the next round', async () => {
    const w = await world();
    const m = w.members[0]!.client;
    await selfAssess(m, w.org, w.roundId, 2);
    // An admin edits the framework: version 2 renames a practice.
    const v1 = (
      await w.facilitator.client.ok(GET_FRAMEWORK, { input: { organizationId: w.org, frameworkId: w.frameworkId } })
    ).framework;
    const domains = v1.domains.map((d: any) => ({
      title: d.title,
      practices: d.practices.map((p: any) => ({
        key: p.key,
        title: p.key === 'formative-assessment' ? 'Assessment for learning' : p.title,
        descriptors: p.levels.map((l: any) => l.descriptor),
      })),
    }));
    await w.facilitator.client.ok(UPDATE, {
      input: { organizationId: w.org, frameworkId: w.frameworkId, title: v1.title, levelNames: v1.levelNames, domains },
    });
    const first = (await m.ok(ROUND, { input: w.ref })).selfAssessmentRound;
    expect(first.framework).toMatchObject({ version: 1 });
    expect(first.framework.domains[0].practices[1].title).toBe('Formative assessment');
    expect(first.viewerAssessment.ratings).toHaveLength(9);

    clock.advance(8 * DAY);
    const { openSelfAssessmentRound: spring } = await w.facilitator.client.ok(OPEN_ROUND, {
      input: {
        organizationId: w.org,
        frameworkId: w.frameworkId,
        cohortId: w.cohortId,
        title: 'Spring self-assessment',
        closesAt: new Date(clock.now().getTime() + 7 * DAY).toISOString(),
        visibility: 'AGGREGATE_ONLY',
      },
    });
    expect(spring.framework.version).toBe(2);
    const again = await selfAssess(m, w.org, spring.id, { 'formative-assessment': 4 });
    expect(again.previousRoundTitle).toBe('Autumn self-assessment');
    expect(again.viewerGrowth.find((g: any) => g.practiceKey === 'formative-assessment')).toEqual({
      practiceKey: 'formative-assessment',
      previousLevel: 2,
      level: 4,
    });
    // Another member sees no growth of anyone else's.
    const peer = (await w.members[1]!.client.ok(ROUND, { input: { organizationId: w.org, roundId: spring.id } }))
      .selfAssessmentRound;
    expect(peer.viewerGrowth).toEqual([]);
  });

  it('suggests teams formed by need, the same for the same seed, and creates them as cohorts in one step', async () => {
    const w = await world();
    const picks = [
      ['formative-assessment'],
      ['formative-assessment'],
      ['formative-assessment', 'differentiation'],
      ['student-discussion'],
      ['student-discussion'],
      ['student-discussion'],
    ];
    for (let i = 0; i < 6; i++)
      await selfAssess(
        w.members[i]!.client,
        w.org,
        w.roundId,
        { 'formative-assessment': i === 0 ? 3 : 2, 'student-discussion': i === 3 ? 4 : 1 },
        picks[i],
      );
    const input = { ...w.ref, teamSize: 3, seed: 42 };
    const teams = (await w.facilitator.client.ok(SUGGEST, { input })).suggestTeams;
    expect((await w.facilitator.client.ok(SUGGEST, { input })).suggestTeams).toEqual(teams);
    expect(teams.map((g: any) => [g.practiceKey, g.members.length])).toEqual([
      ['formative-assessment', 3],
      ['student-discussion', 3],
    ]);
    expect(teams[0].explanation).toBe(
      'These 3 chose Formative assessment as a practice to grow. One of them rates themselves 3 or above in it.',
    );
    expect(teams[0].warnings).toEqual([]);

    const outsiderOrg = await createTenant(t, 'Elsewhere');
    const bad = await w.facilitator.client.fail(CREATE_COHORTS, {
      input: { ...w.ref, teams: [{ name: 'Formative', userIds: [w.members[0]!.id, outsiderOrg.ownerUser.id] }] },
    });
    expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
    const cohortsBefore = (
      await t.dataSource.query(`SELECT count(*)::int AS n FROM cohort WHERE organization_id = $1`, [w.org])
    )[0].n;
    expect(cohortsBefore).toBe(1);

    const { createCohortsFromTeams } = await w.facilitator.client.ok(CREATE_COHORTS, {
      input: {
        ...w.ref,
        teams: teams.map((g: any) => ({ name: g.practiceTitle, userIds: g.members.map((m: any) => m.userId) })),
      },
    });
    expect(createCohortsFromTeams).toEqual([
      { id: expect.any(String), name: 'Formative assessment', memberCount: 3 },
      { id: expect.any(String), name: 'Student discussion', memberCount: 3 },
    ]);
    const members = await t.dataSource.query(
      `SELECT role, count(*)::int AS n FROM cohort_member WHERE cohort_id = $1 GROUP BY role ORDER BY role`,
      [createCohortsFromTeams[0].id],
    );
    expect(members).toEqual([
      { role: 'FACILITATOR', n: 1 },
      { role: 'MEMBER', n: 3 },
    ]);
  });

  it('lets an admin ask the whole organisation, and only admins', async () => {
    const { owner, organization } = await createTenant(t);
    const facilitator = await addMember(t, owner, organization.id, 'FACILITATOR');
    const member = await addMember(t, owner, organization.id, 'MEMBER');
    const { roundId } = await openRound(owner, organization.id, null);
    const seen = (await member.client.ok(ROUND, { input: { organizationId: organization.id, roundId } }))
      .selfAssessmentRound;
    expect(seen).toMatchObject({
      scope: 'Everyone in the organisation',
      viewerCan: { answer: true, viewResults: false },
    });
    const refused = await facilitator.client.fail(OPEN_ROUND, {
      input: {
        organizationId: organization.id,
        frameworkId: (
          await t.dataSource.query(`SELECT framework_id AS id FROM self_assessment_round WHERE id = $1`, [roundId])
        )[0].id,
        title: 'Everyone',
        closesAt: new Date(Date.now() + DAY).toISOString(),
        visibility: 'AGGREGATE_ONLY',
      },
    });
    expect(refused.extensions?.code).toBe('FORBIDDEN');
  });
});
