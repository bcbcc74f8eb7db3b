import { fileTypeFromBuffer } from 'file-type';
import { FileStorage } from '../src/common/storage/storage';
import { DEMO_ACCOUNTS, seedDemo } from '../src/database/seed/demo-seed';
import { startTestApp, type TestApp } from './test-app';

const HOME = `query { me { organizations { id name } } }`;
const COHORTS = `query ($org: ID!) { cohorts(organizationId: $org) { id name prompts { id title status contributionCount } members { role } teams { name } } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { id } }`;

describe('demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('loads a living organisation once: a cohort with teams, prompts in every state and posts to read', async () => {
    const storage = t.app.get(FileStorage, { strict: false });
    expect(await seedDemo(t.dataSource, storage)).toBe(true);
    expect(await seedDemo(t.dataSource, storage)).toBe(false);
    const facilitator = t.client();
    await facilitator.ok(SIGN_IN, {
      input: { email: DEMO_ACCOUNTS.facilitator.email, password: DEMO_ACCOUNTS.password },
    });
    const { me } = await facilitator.ok(HOME);
    expect(me.organizations).toHaveLength(1);
    const { cohorts } = await facilitator.ok(COHORTS, { org: me.organizations[0].id });
    expect(cohorts).toHaveLength(1);
    const [cohort] = cohorts;
    expect(cohort.teams).toHaveLength(2);
    expect(cohort.members.length).toBeGreaterThanOrEqual(11);
    expect(cohort.prompts.map((p: any) => p.status).sort()).toEqual(['CLOSED', 'DRAFT', 'OPEN', 'OPEN', 'SCHEDULED']);
    expect(cohort.prompts.reduce((n: number, p: any) => n + p.contributionCount, 0)).toBeGreaterThanOrEqual(11);

    // The facilitator's dashboard has something to show, and there is a program to launch.
    const { facilitatorDashboard } = await facilitator.ok(
      `query { facilitatorDashboard { cohorts { membersAtRisk overdueReviews } } }`,
    );
    expect(facilitatorDashboard.cohorts[0].membersAtRisk).toBeGreaterThanOrEqual(1);
    expect(facilitatorDashboard.cohorts[0].overdueReviews).toBeGreaterThanOrEqual(1);
    const { programTemplates } = await facilitator.ok(
      `query ($org: ID!) { programTemplates(organizationId: $org) { nodes { title promptCount huddleCount } } }`,
      { org: me.organizations[0].id },
    );
    expect(programTemplates.nodes).toEqual([{ title: 'Leadership Huddles', promptCount: 4, huddleCount: 2 }]);

    // The owner finds retention rules set on the Data settings page.
    const owner = t.client();
    await owner.ok(SIGN_IN, { input: { email: DEMO_ACCOUNTS.owner.email, password: DEMO_ACCOUNTS.password } });
    const { organizationDataPolicy } = await owner.ok(
      `query ($org: ID!) { organizationDataPolicy(organizationId: $org) { retention { draftDays auditMonths formerMemberDays } } }`,
      { org: me.organizations[0].id },
    );
    expect(organizationDataPolicy.retention).toEqual({ draftDays: null, auditMonths: 24, formerMemberDays: 90 });
    // Learning goals: the facilitator coaches several, with one follow-up overdue.
    const GOALS = `query ($org: ID!) { learningGoals(organizationId: $org) { mine { id } coaching { status } overdueFollowUps { goalTitle } } }`;
    const { learningGoals } = await facilitator.ok(GOALS, { org: me.organizations[0].id });
    expect(learningGoals.coaching.map((g: any) => g.status).sort()).toEqual(['APPROVED', 'APPROVED', 'SUBMITTED']);
    expect(learningGoals.overdueFollowUps).toHaveLength(1);
    // The guest consultant: the demo cohort under the school's name, and nothing else of the school.
    const guest = t.client();
    await guest.ok(SIGN_IN, { input: { email: DEMO_ACCOUNTS.guest.email, password: DEMO_ACCOUNTS.password } });
    const { me: guestMe } = await guest.ok(`query { me { guestCohorts { cohortId organizationName role } } }`);
    expect(guestMe.guestCohorts).toEqual([
      { cohortId: cohort.id, organizationName: 'Riverside Middle School', role: 'FACILITATOR' },
    ]);
    const closed = await guest.request(`query ($id: ID!) { organization(id: $id) { id } }`, {
      id: me.organizations[0].id,
    });
    expect(closed.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    // A member who has not posted to the POST_FIRST prompt sees only counts of their own.
    const member = t.client();
    await member.ok(SIGN_IN, { input: { email: DEMO_ACCOUNTS.member.email, password: DEMO_ACCOUNTS.password } });
    const asMember = (await member.ok(COHORTS, { org: me.organizations[0].id })).cohorts[0];
    expect(asMember.prompts.map((p: any) => p.status)).not.toContain('DRAFT');
    const membersGoals = (await member.ok(GOALS, { org: me.organizations[0].id })).learningGoals;
    expect(membersGoals.mine).toHaveLength(1);
    const postFirst = asMember.prompts.find((p: any) => p.title.includes('two-step'));
    expect(postFirst.contributionCount).toBe(0);

    // Evidence files are real: their bytes are what they claim to be, and members can open them.
    const formative = asMember.prompts.find((p: any) => p.title.includes('formative assessment'));
    const withFiles = await member.ok(
      `query ($id: ID!) { prompt(id: $id) { contributions { attachments { contentType url } } } }`,
      {
        id: formative.id,
      },
    );
    const files = withFiles.prompt.contributions.flatMap((c: any) => c.attachments);
    expect(files.map((f: any) => f.contentType).sort()).toEqual(['application/pdf', 'image/png']);
    for (const f of files) {
      const res = await fetch(`${t.baseUrl}${f.url}`, { headers: { cookie: member.cookie! } });
      expect(res.status).toBe(200);
      expect((await fileTypeFromBuffer(Buffer.from(await res.arrayBuffer())))?.mime).toBe(f.contentType);
    }

    // Huddles: one past with minutes, one upcoming whose brief has themes, questions, spotlights.
    const { cohort: withHuddles } = await facilitator.ok(
      `query ($id: ID!) { cohort(id: $id) { huddles { id status minutes } } }`,
      {
        id: cohorts[0].id,
      },
    );
    const [past, upcoming] = withHuddles.huddles;
    expect(past.status).toBe('ENDED');
    expect(past.minutes).toContain('Action items');
    const { brief } = await facilitator.ok(
      `query ($id: ID!) { brief(huddleId: $id) { themes { label } openQuestions { text } spotlights { id } needsDiscussion { id } readers { readCount } prompts { participation { postedCount memberCount } } } }`,
      { id: upcoming.id },
    );
    expect(brief.spotlights.length).toBeGreaterThan(0);
    expect(brief.needsDiscussion.length).toBeGreaterThan(0);
    expect(brief.openQuestions.length).toBeGreaterThan(0);
    expect(brief.readers.readCount).toBe(3);
    expect(brief.prompts[0].participation.postedCount).toBeLessThan(brief.prompts[0].participation.memberCount);

    // A weekly pulse: two rounds above the threshold (a trend), one open with 3 answers (not shown yet).
    const { pulseSurveys } = await member.ok(
      `query ($id: ID!) { pulseSurveys(cohortId: $id) { id viewerCan { answer } } }`,
      {
        id: cohorts[0].id,
      },
    );
    expect(pulseSurveys).toHaveLength(1);
    expect(pulseSurveys[0].viewerCan.answer).toBe(true);
    const { pulseSurveyResults } = await member.ok(
      `query ($id: ID!) { pulseSurveyResults(surveyId: $id) { rounds { respondentCount shown } trend { roundNumber means } } }`,
      { id: pulseSurveys[0].id },
    );
    expect(pulseSurveyResults.rounds).toEqual([
      { respondentCount: 7, shown: true },
      { respondentCount: 6, shown: true },
      { respondentCount: 3, shown: false },
    ]);
    expect(pulseSurveyResults.trend).toHaveLength(2);
    expect(pulseSurveyResults.trend[1].means[0]).toBeGreaterThan(pulseSurveyResults.trend[0].means[0]);
    // The plan: two goals with strategies and action steps, a measured goal with its values, and
    // contribution evidence a plain member may read.
    const { plan } = await member.ok(
      `query ($org: ID!) { plan(organizationId: $org) { items { id kind status owners { name } measure { name baseline target history { value } } latestEvidence { kind contribution { id } } } changesThisMonth { id } } }`,
      { org: me.organizations[0].id },
    );
    const kinds = plan.items.map((i: any) => i.kind);
    expect(kinds.filter((k: string) => k === 'GOAL')).toHaveLength(2);
    expect(kinds).toContain('STRATEGY');
    expect(kinds).toContain('ACTION_STEP');
    expect(new Set(plan.items.map((i: any) => i.status)).size).toBe(4);
    expect(plan.items.every((i: any) => i.owners.length > 0)).toBe(true);
    const math = plan.items.find((i: any) => i.measure?.name === 'Students meeting standard in math');
    expect(math.measure).toMatchObject({ baseline: 54, target: 70 });
    expect(math.measure.history.map((v: any) => v.value)).toEqual([54, 57, 59, 62]);
    expect(
      plan.items.some((i: any) => i.latestEvidence?.kind === 'CONTRIBUTION' && i.latestEvidence.contribution),
    ).toBe(true);
    expect(plan.changesThisMonth.length).toBeGreaterThan(0);
    // The example framework, which every member reads.
    const { frameworks } = await member.ok(
      `query ($org: ID!) { frameworks(organizationId: $org) { id title practiceCount version } }`,
      { org: me.organizations[0].id },
    );
    expect(frameworks).toEqual([
      { id: expect.any(String), title: 'Learning together: a practice framework', practiceCount: 9, version: 1 },
    ]);
    // A closed self-assessment round the cohort's members answered (above the threshold: its results show).
    const { selfAssessmentRounds } = await facilitator.ok(
      `query ($org: ID!) { selfAssessmentRounds(organizationId: $org) { id open respondentCount } }`,
      { org: me.organizations[0].id },
    );
    expect(selfAssessmentRounds).toHaveLength(1);
    expect(selfAssessmentRounds[0].open).toBe(false);
    expect(selfAssessmentRounds[0].respondentCount).toBeGreaterThanOrEqual(5);
    const { selfAssessmentResults } = await facilitator.ok(
      `query ($input: SelfAssessmentRoundRefInput!) { selfAssessmentResults(input: $input) { shown heatmap { shown } individuals { userId } } }`,
      { input: { organizationId: me.organizations[0].id, roundId: selfAssessmentRounds[0].id } },
    );
    expect(selfAssessmentResults.shown).toBe(true);
    expect(selfAssessmentResults.individuals).toEqual([]);
    // Observations of practice: the demo member reads those of them; the facilitator sees formative assessment spreading.
    const { observations } = await member.ok(
      `query ($input: ObservationsInput!) { observations(input: $input) { nodes { kind observer { name } ratings { practiceKey level } } } }`,
      { input: { organizationId: me.organizations[0].id, side: 'OF_ME' } },
    );
    expect(observations.nodes.length).toBeGreaterThan(0);
    const { observationTrends } = await facilitator.ok(
      `query ($input: ObservationTrendsInput!) { observationTrends(input: $input) { practices { practiceKey months { shown peopleCount mean } } } }`,
      { input: { organizationId: me.organizations[0].id, frameworkId: frameworks[0].id, months: 4 } },
    );
    const spreading = observationTrends.practices.find((p: any) => p.practiceKey === 'formative-assessment');
    expect(spreading.months.at(-1)).toMatchObject({ shown: true });
    expect(spreading.months.at(-1).peopleCount).toBeGreaterThanOrEqual(5);
    expect(spreading.months[0].shown).toBe(false);
  });
});
