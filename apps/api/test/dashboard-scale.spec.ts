import { PasswordHasher } from '../src/modules/auth/password-hasher';
import { createBulkDashboard } from '../src/database/bulk/bulk-dashboard';
import { startTestApp, type TestApp } from './test-app';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { id } }`;
// The dashboard page's query and the analytics page's (apps/web/src/features/dashboard/dashboard.graphql).
const DASHBOARD = `query { facilitatorDashboard {
  cohorts { id name organizationId organizationName memberCount promptsThisWeek postedThisWeek postingRate overdueReviews
    membersAtRisk unansweredQuestions openReports nextHuddle { id title startsAt briefReadCount peopleCount } }
  queue { total items { id kind cohortId cohortName organizationId title detail since link } } } }`;
const PEOPLE = `query ($c: ID!) { dashboardPeople(cohortId: $c, figure: AT_RISK) { total people { userId displayName } } }`;
const ANALYTICS = `query ($c: ID!) { cohortAnalytics(cohortId: $c) { id prompts { id namesVisible }
  heatmap { member { key } reviewsGiven cells { promptId state } } funnel { posted receivedFeedback markedHelpful revised }
  coverage { contributionCount withoutFeedback { contributionId } gaveNone { key } }
  network { from { key } to { key } count sameTeam } trend { weekStart contributions feedback activePeople } } }`;

/** The dashboard costs the same statements for 1 cohort as for 20; the analytics the same at 10 and 100 members. */
describe('dashboard and analytics statement counts do not grow with the data', () => {
  let t: TestApp;
  let hash: string;
  beforeAll(async () => {
    t = await startTestApp();
    hash = await new PasswordHasher().hash('password12');
  });
  afterAll(() => t.close());

  async function measure(cohorts: number, members: number, tag: string) {
    const bulk = await createBulkDashboard(t.dataSource, {
      cohorts,
      members,
      prompts: 4,
      feedbackEach: 2,
      passwordHash: hash,
      tag,
    });
    const client = t.client();
    await client.ok(SIGN_IN, { input: { email: bulk.consultantEmail, password: 'password12' } });
    const statements = async (query: string, variables?: Record<string, unknown>) => {
      const res = await client.request(query, variables);
      expect(res.errors).toBeUndefined();
      return { statements: res.extensions!.sqlStatements!, data: res.data as Record<string, any> };
    };
    const cohortId = bulk.cohorts[0]!.cohortId;
    return {
      dashboard: await statements(DASHBOARD),
      people: await statements(PEOPLE, { c: cohortId }),
      analytics: await statements(ANALYTICS, { c: cohortId }),
    };
  }

  it('1 vs 20 cohorts, 10 vs 100 members', async () => {
    const one = await measure(1, 10, 'dash1');
    const twenty = await measure(20, 10, 'dash20');
    const big = await measure(1, 100, 'dash100');
    expect(one.dashboard.data.facilitatorDashboard.cohorts).toHaveLength(1);
    expect(twenty.dashboard.data.facilitatorDashboard.cohorts).toHaveLength(20);
    expect(twenty.dashboard.data.facilitatorDashboard.cohorts[0].overdueReviews).toBeGreaterThan(0);
    expect(twenty.dashboard.statements).toBe(one.dashboard.statements);
    expect(big.dashboard.statements).toBe(one.dashboard.statements);
    // Session, the viewer's cohorts, their access, figures, queue.
    expect(one.dashboard.statements).toBeLessThanOrEqual(5);
    expect(big.people.statements).toBe(one.people.statements);
    expect(big.analytics.data.cohortAnalytics.heatmap).toHaveLength(100);
    expect(big.analytics.statements).toBe(one.analytics.statements);
    expect(one.analytics.statements).toBeLessThanOrEqual(10);
  });
});
