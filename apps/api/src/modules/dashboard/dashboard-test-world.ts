import { createCohortWorld, GIVE_FEEDBACK, openPrompt, post, SAVE_DRAFT } from '../../../test/learning-factories';
import { scheduleHuddle } from '../../../test/huddle-factories';
import type { TestApp } from '../../../test/test-app';

export const DASHBOARD = `query { facilitatorDashboard {
  cohorts { id name organizationId organizationName memberCount promptsThisWeek postedThisWeek postingRate overdueReviews
    membersAtRisk unansweredQuestions openReports nextHuddle { id title briefReadCount peopleCount } }
  queue { total items { id kind cohortId cohortName title detail since link } } } }`;
export const PEOPLE = `query ($c: ID!, $f: DashboardFigure!) { dashboardPeople(cohortId: $c, figure: $f) {
  id total namesHidden cohortName people { id userId displayName count detail link } } }`;
export const ANALYTICS = `query ($c: ID!) { cohortAnalytics(cohortId: $c) { id cohortName seesEverything
  prompts { id title namesVisible }
  heatmap { member { key displayName teamName } reviewsGiven cells { promptId state } }
  funnel { promptId posted receivedFeedback markedHelpful revised }
  coverage { contributionCount withoutFeedback { contributionId author { key displayName } link } gaveNone { key } }
  network { from { key teamName } to { key displayName } count sameTeam }
  trend { weekStart contributions feedback activePeople } } }`;

const REPORT = `mutation ($input: ReportContentInput!) { reportContent(input: $input) { id } }`;
const HELPFUL = `mutation ($input: MarkFeedbackHelpfulInput!) { markFeedbackHelpful(input: $input) { id } }`;
const EDIT = `mutation ($input: EditContributionInput!) { editContribution(input: $input) { id version } }`;
const READ_BRIEF = `mutation ($id: ID!) { markBriefRead(huddleId: $id) }`;
const CREATE_TEAM = `mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id } }`;
const ASSIGN_TEAM = `mutation ($input: AssignTeamInput!) { assignTeam(input: $input) { id } }`;

const feedback = (contributionId: string) => ({
  input: {
    contributionId,
    answers: [
      { sectionKey: 'glow', text: 'Clear steps' },
      { sectionKey: 'grow', text: 'Add student work' },
    ],
  },
});

/**
 * The known data set of the dashboard and analytics specs: a cohort of three members, two prompts
 * both past due (P1 open and named, P2 anonymous), one huddle ahead.
 * - m0 posts to both on time; m1 asks a question on P1 (on time) and posts to P2 late; m2 only drafts P2.
 * - m2 gives feedback to m0 on both prompts; m0 marks the P1 feedback helpful and revises after it.
 * - m1 owes m0 an overdue review on P1; m2 reports m1's P2 contribution.
 * - m0 has read the next huddle's brief. m0 and m2 are in team Red, m1 in none.
 */
export async function createDashboardWorld(t: TestApp) {
  const world = await createCohortWorld(t, 3);
  const fac = world.facilitator.client;
  const [m0, m1, m2] = world.members as [
    (typeof world.members)[0],
    (typeof world.members)[0],
    (typeof world.members)[0],
  ];
  const soon = new Date(Date.now() + 3_600_000).toISOString();
  const p1 = await openPrompt(fac, world.cohortId, { title: 'Exit tickets', dueAt: soon });
  const p2 = await openPrompt(fac, world.cohortId, { title: 'Hinge questions', dueAt: soon, anonymity: 'TO_PEERS' });
  const m0p1 = await post(m0.client, p1);
  const m1p1 = await post(m1.client, p1, 'How do you grade exit tickets quickly?', 'QUESTION');
  const m0p2 = await post(m0.client, p2);
  const m1p2 = await post(m1.client, p2, 'A late one.');
  await m2.client.ok(SAVE_DRAFT, { input: { promptId: p2, kind: 'IDEA', body: 'Not sure yet' } });

  const { giveFeedback: f1 } = await m2.client.ok(GIVE_FEEDBACK, feedback(m0p1));
  await m2.client.ok(GIVE_FEEDBACK, feedback(m0p2));
  await m0.client.ok(HELPFUL, { input: { feedbackId: f1.id, helpful: true } });
  const [{ version }] = await t.dataSource.query(`SELECT version FROM contribution WHERE id = $1`, [m0p1]);
  await m0.client.ok(EDIT, {
    input: {
      contributionId: m0p1,
      expectedVersion: version,
      kind: 'SOLUTION',
      body: 'Revised after feedback.',
      answersFeedbackId: f1.id,
    },
  });
  await m2.client.ok(REPORT, { input: { subjectType: 'CONTRIBUTION', subjectId: m1p2, reason: 'SPAM' } });

  const [huddle] = await scheduleHuddle(fac, world.cohortId, [p1, p2]);
  await m0.client.ok(READ_BRIEF, { id: huddle!.id });

  const { createTeam } = await fac.ok(CREATE_TEAM, { input: { cohortId: world.cohortId, name: 'Red' } });
  const memberRows: Array<{ id: string; user_id: string }> = await t.dataSource.query(
    `SELECT id, user_id FROM cohort_member WHERE cohort_id = $1 AND user_id = ANY($2::uuid[])`,
    [world.cohortId, [m0.id, m2.id]],
  );
  for (const row of memberRows) await fac.ok(ASSIGN_TEAM, { input: { cohortMemberId: row.id, teamId: createTeam.id } });

  // Time moves on: both prompts fell due an hour ago; everything was published before, except m1's P2.
  await t.dataSource.query(`UPDATE prompt SET due_at = now() - interval '1 hour' WHERE id = ANY($1::uuid[])`, [
    [p1, p2],
  ]);
  await t.dataSource.query(
    `UPDATE contribution SET published_at = now() - interval '2 hours' WHERE id = ANY($1::uuid[])`,
    [[m0p1, m1p1, m0p2]],
  );
  await t.dataSource.query(
    `INSERT INTO review_assignment (organization_id, prompt_id, contribution_id, reviewer_id, due_at)
     VALUES ($1, $2, $3, $4, now() - interval '30 minutes')`,
    [world.organization.id, p1, m0p1, m1.id],
  );
  return { ...world, m0, m1, m2, p1, p2, m0p1, m1p1, m0p2, m1p2, huddleId: huddle!.id };
}
