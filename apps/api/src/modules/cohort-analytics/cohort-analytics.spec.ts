import { addMember, createTenant } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { ANALYTICS, createDashboardWorld } from '../dashboard/dashboard-test-world';

interface Row {
  member: { key: string; displayName: string; teamName: string | null };
  reviewsGiven: number;
  cells: Array<{ promptId: string; state: string }>;
}
interface Edge {
  from: { key: string };
  to: { key: string; displayName: string };
  count: number;
  sameTeam: boolean;
}

const rowsByKey = (heatmap: Row[]) =>
  Object.fromEntries(
    heatmap.map((r) => [r.member.key, [r.cells.map((c) => c.state), r.reviewsGiven, r.member.teamName]]),
  );

describe('cohort analytics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('computes the heatmap, funnel, coverage, network and trend of a known data set for a facilitator', async () => {
    const w = await createDashboardWorld(t);
    const { cohortAnalytics: a } = await w.facilitator.client.ok(ANALYTICS, { c: w.cohortId });
    expect(a.seesEverything).toBe(true);
    expect(a.prompts.map((p: { id: string }) => p.id)).toEqual([w.p1, w.p2]);
    expect(rowsByKey(a.heatmap)).toEqual({
      [w.m0.id]: [['ON_TIME', 'ON_TIME'], 0, 'Red'],
      [w.m1.id]: [['ON_TIME', 'LATE'], 0, null],
      // m2 only holds a draft of P2: that is m2's own to know, so the facilitator reads it as missing.
      [w.m2.id]: [['MISSING', 'MISSING'], 2, 'Red'],
    });
    expect(a.funnel).toEqual([
      { promptId: w.p1, posted: 2, receivedFeedback: 1, markedHelpful: 1, revised: 1 },
      { promptId: w.p2, posted: 2, receivedFeedback: 1, markedHelpful: 0, revised: 0 },
    ]);
    expect(a.coverage.contributionCount).toBe(4);
    expect(
      a.coverage.withoutFeedback.map((c: { contributionId: string; author: { key: string } }) => [
        c.contributionId,
        c.author.key,
      ]),
    ).toEqual(
      expect.arrayContaining([
        [w.m1p1, w.m1.id],
        [w.m1p2, w.m1.id],
      ]),
    );
    expect(a.coverage.withoutFeedback).toHaveLength(2);
    expect(a.coverage.gaveNone.map((p: { key: string }) => p.key).sort()).toEqual([w.m0.id, w.m1.id].sort());
    // Both prompts' feedback from m2 to m0, in one edge: the facilitator knows the anonymous author.
    expect(a.network.map((e: Edge) => [e.from.key, e.to.key, e.count, e.sameTeam])).toEqual([
      [w.m2.id, w.m0.id, 2, true],
    ]);
    const sum = (k: string) => a.trend.reduce((s: number, wk: Record<string, number>) => s + wk[k]!, 0);
    expect([sum('contributions'), sum('feedback')]).toEqual([4, 2]);
    expect(a.trend[0].weekStart).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('keeps anonymous authors and who posted from an admin outside the cohort (an observer)', async () => {
    const w = await createDashboardWorld(t);
    const admin = await addMember(t, w.facilitator.client, w.organization.id, 'ADMIN');
    const { cohortAnalytics: a } = await admin.client.ok(ANALYTICS, { c: w.cohortId });
    expect(a.seesEverything).toBe(false);
    expect(a.prompts.map((p: { namesVisible: boolean }) => p.namesVisible)).toEqual([true, false]);
    expect(rowsByKey(a.heatmap)).toEqual({
      [w.m0.id]: [['ON_TIME', 'HIDDEN'], 0, 'Red'],
      [w.m1.id]: [['ON_TIME', 'HIDDEN'], 0, null],
      [w.m2.id]: [['MISSING', 'HIDDEN'], 2, 'Red'],
    });
    // The anonymous prompt's feedback goes to "anonymous", never to m0.
    // Edge order follows keys (ids are random), so compare as a set.
    const byKey = (x: unknown[], y: unknown[]) => String(x[1]).localeCompare(String(y[1]));
    expect(a.network.map((e: Edge) => [e.from.key, e.to.key, e.count, e.sameTeam]).sort(byKey)).toEqual(
      [
        [w.m2.id, w.m0.id, 1, true],
        [w.m2.id, 'anonymous', 1, false],
      ].sort(byKey),
    );
    const m1p2 = a.coverage.withoutFeedback.find((c: { contributionId: string }) => c.contributionId === w.m1p2);
    expect(m1p2.author).toEqual({ key: 'anonymous', displayName: 'Anonymous author' });
    // Counts are the same as the facilitator's: how many, never who.
    expect(a.funnel.map((f: { posted: number }) => f.posted)).toEqual([2, 2]);
  });

  it('hides what the reveal rule hides from an observer: FACILITATORS_ONLY contributions are not counted', async () => {
    const w = await createDashboardWorld(t);
    await t.dataSource.query(`UPDATE prompt SET reveal_rule = 'FACILITATORS_ONLY' WHERE id = $1`, [w.p2]);
    const admin = await addMember(t, w.facilitator.client, w.organization.id, 'ADMIN');
    const { cohortAnalytics: a } = await admin.client.ok(ANALYTICS, { c: w.cohortId });
    expect(a.funnel.map((f: { posted: number }) => f.posted)).toEqual([2, 0]);
    expect(a.network.map((e: Edge) => e.to.key)).toEqual([w.m0.id]);
    expect(JSON.stringify(a)).not.toContain(w.m1p2);
    const fac = (await w.facilitator.client.ok(ANALYTICS, { c: w.cohortId })).cohortAnalytics;
    expect(fac.funnel.map((f: { posted: number }) => f.posted)).toEqual([2, 2]);
  });

  it('requires sign-in; members and observers FORBIDDEN; other tenants NOT_FOUND', async () => {
    const w = await createDashboardWorld(t);
    const vars = { c: w.cohortId };
    expect((await t.client().fail(ANALYTICS, vars)).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await w.m0.client.fail(ANALYTICS, vars)).extensions?.code).toBe('FORBIDDEN');
    expect((await w.observer.client.fail(ANALYTICS, vars)).extensions?.code).toBe('FORBIDDEN');
    expect((await w.outsider.client.fail(ANALYTICS, vars)).extensions?.code).toBe('NOT_FOUND');
    const stranger = (await createTenant(t)).owner;
    expect((await stranger.fail(ANALYTICS, vars)).extensions?.code).toBe('NOT_FOUND');
  });
});
