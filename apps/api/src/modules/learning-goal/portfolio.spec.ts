import { PDFParse } from 'pdf-parse';
import { addMember, createTenant } from '../../../test/factories';
import type { GqlClient } from '../../../test/gql-client';
import { ADD_CHECK_IN, approvedGoal, COMMENT_GOAL } from '../../../test/learning-goal-factories';
import { createCohortWorld, openPrompt, post } from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';

describe('the portfolio export', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const download = (client: GqlClient, organizationId: string, format: 'markdown' | 'pdf') =>
    fetch(`${client.baseUrl}/api/o/${organizationId}/portfolio/${format}`, {
      headers: client.cookie ? { cookie: client.cookie } : {},
    });

  async function portfolioWorld() {
    const world = await createCohortWorld(t, 2);
    const org = world.organization.id;
    const teacher = world.members[0]!;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, { title: 'Week 3: exit tickets' });
    const mine = await post(teacher.client, promptId, 'Exit tickets with a hinge question.');
    await post(world.members[1]!.client, promptId, 'A peer’s private idea');
    const goalId = await approvedGoal(teacher.client, world.facilitator.client, org, world.facilitator.id);
    await teacher.client.ok(ADD_CHECK_IN, {
      input: { organizationId: org, goalId, reflection: 'Four of five lessons', contributionIds: [mine] },
    });
    await world.facilitator.client.ok(COMMENT_GOAL, { input: { organizationId: org, goalId, body: 'Keep going' } });
    // Someone else's goal in the same organization, which the teacher's portfolio must not hold.
    await approvedGoal(world.members[1]!.client, world.facilitator.client, org, world.facilitator.id, 'Peer goal');
    return { ...world, org, teacher };
  }

  it('requires authentication, and another organisation gets nothing', async () => {
    const w = await portfolioWorld();
    expect((await download(t.client(), w.org, 'markdown')).status).toBe(401);
    const other = await createTenant(t, 'Another school');
    expect((await download(other.owner, w.org, 'pdf')).status).toBe(404);
  });

  it('gathers the person’s own goals, check-ins, coach feedback and contributions as Markdown, nobody else’s', async () => {
    const w = await portfolioWorld();
    const res = await download(w.teacher.client, w.org, 'markdown');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/markdown');
    const text = await res.text();
    expect(text).toContain('### Use hinge questions in every lesson');
    expect(text).toContain('Check-in');
    expect(text).toContain('Four of five lessons');
    expect(text).toContain('Evidence: Week 3: exit tickets');
    expect(text).toContain('Keep going');
    expect(text).toContain('Exit tickets with a hinge question.');
    expect(text).not.toContain('Peer goal');
    expect(text).not.toContain('A peer’s private idea');
    // An admin's export is their own (empty), never the teacher's.
    const admin = await addMember(t, w.facilitator.client, w.org, 'ADMIN');
    const theirs = await (await download(admin.client, w.org, 'markdown')).text();
    expect(theirs).toContain('No learning goal yet.');
    expect(theirs).not.toContain('hinge');
  });

  it('renders a PDF on the server that opens and contains the goal', async () => {
    const w = await portfolioWorld();
    const res = await download(w.teacher.client, w.org, 'pdf');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const parser = new PDFParse({ data: new Uint8Array(bytes) });
    const { text, total } = await parser.getText().finally(() => parser.destroy());
    expect(total).toBeGreaterThanOrEqual(1);
    expect(text).toContain('Use hinge questions in every lesson');
    expect(text).toContain('Four of five lessons');
    expect(text).not.toContain('Peer goal');
  });

  it('puts one’s own learning goals in the personal export, not the goals one coaches', async () => {
    const w = await portfolioWorld();
    const exportOf = (client: GqlClient) =>
      fetch(`${client.baseUrl}/api/me/export`, { headers: client.cookie ? { cookie: client.cookie } : {} });
    const mine = (await (await exportOf(w.teacher.client)).json()) as any;
    expect(mine.learningGoals.map((g: any) => g.title)).toEqual(['Use hinge questions in every lesson']);
    expect(mine.learningGoals[0].checkIns[0].reflection).toBe('Four of five lessons');
    expect(mine.learningGoals[0].history.map((h: any) => h.kind)).toContain('APPROVED');
    const coach = (await (await exportOf(w.facilitator.client)).json()) as any;
    expect(coach.learningGoals).toEqual([]);
  });
});
