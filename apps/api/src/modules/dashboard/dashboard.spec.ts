import { addMember, createTenant } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { createDashboardWorld, DASHBOARD, PEOPLE } from './dashboard-test-world';

interface Person {
  userId: string;
  count: number;
  detail: string | null;
  link: string | null;
}
const idsOf = (people: Person[]) => people.map((p) => p.userId).sort();

describe('the facilitator’s dashboard', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('shows each figure of a known data set, and the people behind each', async () => {
    const w = await createDashboardWorld(t);
    const fac = w.facilitator.client;
    const { facilitatorDashboard } = await fac.ok(DASHBOARD);
    expect(facilitatorDashboard.cohorts).toEqual([
      {
        id: w.cohortId,
        name: 'Grade 7 Math PLC',
        organizationId: w.organization.id,
        organizationName: w.organization.name,
        memberCount: 3,
        promptsThisWeek: 2,
        postedThisWeek: 2,
        postingRate: 2 / 3,
        overdueReviews: 1,
        membersAtRisk: 1,
        unansweredQuestions: 1,
        openReports: 1,
        nextHuddle: { id: w.huddleId, title: 'Thursday PLC huddle', briefReadCount: 1, peopleCount: 5 },
      },
    ]);

    const people = async (figure: string) =>
      (await fac.ok(PEOPLE, { c: w.cohortId, f: figure })).dashboardPeople as {
        total: number;
        namesHidden: boolean;
        people: Person[];
      };
    const atRisk = await people('AT_RISK');
    expect(atRisk).toMatchObject({ total: 1, namesHidden: false });
    expect(idsOf(atRisk.people)).toEqual([w.m2.id]);
    expect(idsOf((await people('NOT_POSTED_THIS_WEEK')).people)).toEqual([w.m2.id]);
    const posted = await people('POSTED_THIS_WEEK');
    expect(idsOf(posted.people)).toEqual([w.m0.id, w.m1.id].sort());
    expect(posted.people.map((p) => p.count)).toEqual([2, 2]);
    const overdue = await people('OVERDUE_REVIEWS');
    expect(overdue).toMatchObject({ total: 1, people: [{ userId: w.m1.id, count: 1 }] });
    expect(idsOf((await people('BRIEF_READ')).people)).toEqual([w.m0.id]);
    expect((await people('BRIEF_UNREAD')).total).toBe(4);
    const questions = await people('UNANSWERED_QUESTIONS');
    expect(questions.people).toEqual([
      {
        id: w.m1p1,
        userId: w.m1.id,
        displayName: 'Test Person',
        count: 1,
        detail: 'How do you grade exit tickets quickly?',
        link: `/o/${w.organization.id}/prompts/${w.p1}#contribution-${w.m1p1}`,
      },
    ]);

    // The queue, oldest first: the question and the contributions nobody reviewed, then the report.
    const { queue } = facilitatorDashboard;
    expect(queue.total).toBe(4);
    expect(queue.items.map((i: { kind: string }) => i.kind).sort()).toEqual([
      'REPORT',
      'REVIEW_NOBODY_GAVE',
      'REVIEW_NOBODY_GAVE',
      'UNANSWERED_QUESTION',
    ]);
    const nobody = queue.items.filter((i: { kind: string }) => i.kind === 'REVIEW_NOBODY_GAVE');
    expect(nobody.map((i: { id: string }) => i.id).sort()).toEqual([w.m1p1, w.m1p2].sort());
    const report = queue.items.find((i: { kind: string }) => i.kind === 'REPORT');
    expect(report).toMatchObject({
      title: 'A report of spam waits for a decision',
      link: `/o/${w.organization.id}/cohorts/${w.cohortId}/reports`,
    });
  });

  it('answering the question, reading the brief and posting move the figures', async () => {
    const w = await createDashboardWorld(t);
    await w.m2.client.ok(`mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }`, {
      input: { contributionId: w.m1p1, body: 'Sort them into three piles.' },
    });
    await w.m2.client.ok(`mutation ($id: ID!) { markBriefRead(huddleId: $id) }`, { id: w.huddleId });
    await t.dataSource.query(`UPDATE review_assignment SET completed_at = now() WHERE reviewer_id = $1`, [w.m1.id]);
    const { facilitatorDashboard } = await w.facilitator.client.ok(DASHBOARD);
    expect(facilitatorDashboard.cohorts[0]).toMatchObject({
      unansweredQuestions: 0,
      overdueReviews: 0,
      nextHuddle: { briefReadCount: 2 },
    });
  });

  it('lists every cohort the person facilitates, in every organization, and only those', async () => {
    const a = await createDashboardWorld(t);
    const b = await createDashboardWorld(t);
    // a's facilitator also facilitates b's cohort (a member of b's organization, with the cohort role).
    await t.dataSource.query(`INSERT INTO membership (organization_id, user_id, role) VALUES ($1, $2, 'MEMBER')`, [
      b.organization.id,
      a.facilitator.id,
    ]);
    await t.dataSource.query(
      `INSERT INTO cohort_member (organization_id, cohort_id, user_id, role) VALUES ($1, $2, $3, 'FACILITATOR')`,
      [b.organization.id, b.cohortId, a.facilitator.id],
    );
    const { facilitatorDashboard } = await a.facilitator.client.ok(DASHBOARD);
    expect(facilitatorDashboard.cohorts.map((c: { id: string }) => c.id).sort()).toEqual(
      [a.cohortId, b.cohortId].sort(),
    );
    expect(facilitatorDashboard.queue.total).toBe(8);

    // Members, observers and an admin outside the cohort have nothing on theirs.
    const admin = await addMember(t, b.facilitator.client, b.organization.id, 'ADMIN');
    for (const client of [b.m0.client, b.observer.client, admin.client]) {
      const { facilitatorDashboard: theirs } = await client.ok(DASHBOARD);
      expect(theirs).toEqual({ cohorts: [], queue: { total: 0, items: [] } });
    }

    // Losing the membership ends it at once (PRODUCT.md rule 1), even if a cohort role were left behind.
    await t.dataSource.query(`DELETE FROM membership WHERE organization_id = $1 AND user_id = $2`, [
      b.organization.id,
      a.facilitator.id,
    ]);
    const after = await a.facilitator.client.ok(DASHBOARD);
    expect(after.facilitatorDashboard.cohorts.map((c: { id: string }) => c.id)).toEqual([a.cohortId]);
  });

  it('drill-downs: sign-in required, members FORBIDDEN, other tenants NOT_FOUND, admins outside get no names', async () => {
    const w = await createDashboardWorld(t);
    const vars = { c: w.cohortId, f: 'AT_RISK' };
    expect((await t.client().fail(DASHBOARD)).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.client().fail(PEOPLE, vars)).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await w.m0.client.fail(PEOPLE, vars)).extensions?.code).toBe('FORBIDDEN');
    expect((await w.observer.client.fail(PEOPLE, vars)).extensions?.code).toBe('FORBIDDEN');
    expect((await w.outsider.client.fail(PEOPLE, vars)).extensions?.code).toBe('NOT_FOUND');
    const stranger = (await createTenant(t)).owner;
    expect((await stranger.fail(PEOPLE, vars)).extensions?.code).toBe('NOT_FOUND');
    expect((await w.facilitator.client.fail(PEOPLE, { c: w.cohortId, f: 'EVERYONE' })).extensions?.code).toBe(
      'BAD_USER_INPUT',
    );

    const admin = await addMember(t, w.facilitator.client, w.organization.id, 'ADMIN');
    const { dashboardPeople } = await admin.client.ok(PEOPLE, vars);
    expect(dashboardPeople).toMatchObject({ total: 1, namesHidden: true, people: [] });
    expect(JSON.stringify(dashboardPeople)).not.toContain(w.m2.id);
  });
});
