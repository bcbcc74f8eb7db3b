import { createCohortWorld, openPrompt, post } from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { Clock, type TestClock } from '../../common/clock/clock';
import { emailOf, NOTIFICATIONS, nudgesOf, PREVIEW, type PreviewRecipient, SEND } from './nudge-test-helpers';

const DAY = 86_400_000;

describe('facilitator nudges on demand', () => {
  let t: TestApp;
  let clock: TestClock;
  beforeAll(async () => {
    t = await startTestApp();
    clock = t.app.get(Clock) as TestClock;
  });
  afterEach(() => clock.reset());
  afterAll(() => t.close());

  it('reminds only the members who have not posted, in-app and by email with a link to the prompt', async () => {
    const world = await createCohortWorld(t, 3);
    const [posted, silent, alsoSilent] = world.members;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, { title: 'Exit tickets' });
    await post(posted!.client, promptId);
    const fac = world.facilitator.client;

    const { nudgePreview } = await fac.ok(PREVIEW, { p: promptId, a: 'NOT_POSTED' });
    expect(nudgePreview).toMatchObject({ total: 2, reachable: 2, namesHidden: false });
    expect(nudgePreview.message).toBe(
      'Olivia Owner reminded you to post to “Exit tickets”: your cohort is waiting to hear from you.',
    );
    const ids = nudgePreview.recipients.map((r: PreviewRecipient) => r.userId).sort();
    expect(ids).toEqual([silent!.id, alsoSilent!.id].sort());
    expect(nudgePreview.recipients[0]).toMatchObject({ lastRemindedAt: null, remindedToday: false, reviewsOwed: 0 });

    const { sendNudge } = await fac.ok(SEND, { p: promptId, a: 'NOT_POSTED', m: '  Two lines is plenty!  ' });
    expect(sendNudge).toMatchObject({ reached: 2, skipped: 0, preview: { reachable: 0 } });
    for (const r of sendNudge.preview.recipients) expect(r.remindedToday).toBe(true);

    const link = `/o/${world.organization.id}/prompts/${promptId}`;
    const { notifications } = await silent!.client.ok(NOTIFICATIONS, { org: world.organization.id });
    expect(notifications.items).toEqual([{ kind: 'NUDGE', text: 'Two lines is plenty!', link }]);
    const mail = await t.mailbox.next(await emailOf(t, silent!.id), (m) =>
      m.subject.startsWith('A facilitator reminded you'),
    );
    expect(mail.text).toContain('Two lines is plenty!');
    expect(mail.links).toContain(`http://localhost:5173${link}`);

    const others = [posted!.id, world.observer.id, world.facilitator.id, world.outsider.id];
    expect(Object.values(await nudgesOf(t, others))).toEqual([0, 0, 0, 0]);
    const recorded = await t.dataSource.query(
      `SELECT user_id, sent_by_id, audience FROM nudge_sent WHERE prompt_id = $1 ORDER BY user_id`,
      [promptId],
    );
    expect(recorded).toEqual(
      ids.map((id: string) => ({ user_id: id, sent_by_id: world.facilitator.id, audience: 'NOT_POSTED' })),
    );
  });

  it('reminds each person at most once per prompt per day, and again the next day', async () => {
    const world = await createCohortWorld(t, 2);
    const ids = world.members.map((m) => m.id);
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    const fac = world.facilitator.client;

    expect((await fac.ok(SEND, { p: promptId, a: 'NOT_POSTED' })).sendNudge).toMatchObject({ reached: 2 });
    const again = (await fac.ok(SEND, { p: promptId, a: 'NOT_POSTED' })).sendNudge;
    expect(again).toMatchObject({ reached: 0, skipped: 2 });
    // The other audience is the same person and prompt: still once a day.
    const { nudgePreview: today } = await fac.ok(PREVIEW, { p: promptId, a: 'NOT_POSTED' });
    expect(today).toMatchObject({ total: 2, reachable: 0 });
    for (const r of today.recipients)
      expect(r).toMatchObject({ remindedToday: true, lastRemindedAt: expect.any(String) });
    expect(await nudgesOf(t, ids)).toEqual(Object.fromEntries(ids.map((id) => [id, 1])));

    clock.advance(DAY + 60_000);
    const { nudgePreview: tomorrow } = await fac.ok(PREVIEW, { p: promptId, a: 'NOT_POSTED' });
    expect(tomorrow).toMatchObject({ total: 2, reachable: 2 });
    for (const r of tomorrow.recipients) expect(r.remindedToday).toBe(false);
    expect((await fac.ok(SEND, { p: promptId, a: 'NOT_POSTED' })).sendNudge).toMatchObject({ reached: 2 });
    expect(await nudgesOf(t, ids)).toEqual(Object.fromEntries(ids.map((id) => [id, 2])));
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM nudge_sent WHERE prompt_id = $1`, [
      promptId,
    ]);
    expect(n).toBe(4);
  });

  it('reminds reviewers of the reviews they owe, and nobody who owes nothing', async () => {
    const world = await createCohortWorld(t, 4);
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, {
      title: 'Anonymous feedback round',
      anonymity: 'TO_PEERS',
      reviewMode: 'ASSIGNED',
      reviewsPerContribution: 1,
    });
    for (const m of world.members.slice(0, 3)) await post(m.client, promptId);
    const owed: Array<{ reviewer_id: string; n: number }> = await t.dataSource.query(
      `SELECT reviewer_id, count(*)::int AS n FROM review_assignment WHERE prompt_id = $1 AND completed_at IS NULL GROUP BY reviewer_id`,
      [promptId],
    );
    expect(owed.length).toBeGreaterThan(0);

    const { nudgePreview } = await world.facilitator.client.ok(PREVIEW, { p: promptId, a: 'OWES_REVIEWS' });
    expect(nudgePreview.message).toBe(
      'Olivia Owner reminded you of the reviews you owe on “Anonymous feedback round”.',
    );
    const owedBy = Object.fromEntries(owed.map((o) => [o.reviewer_id, o.n]));
    expect(Object.fromEntries(nudgePreview.recipients.map((r: PreviewRecipient) => [r.userId, r.reviewsOwed]))).toEqual(
      owedBy,
    );

    const { sendNudge } = await world.facilitator.client.ok(SEND, { p: promptId, a: 'OWES_REVIEWS' });
    expect(sendNudge.reached).toBe(nudgePreview.total);
    const everyone = [...world.members.map((m) => m.id), world.observer.id, world.facilitator.id];
    const got = await nudgesOf(t, everyone);
    for (const id of everyone) {
      expect([id, got[id]]).toEqual([
        id,
        nudgePreview.recipients.some((r: PreviewRecipient) => r.userId === id) ? 1 : 0,
      ]);
    }
    const reviewer = world.members.find((m) => m.id === owed[0]!.reviewer_id)!;
    const mail = await t.mailbox.next(await emailOf(t, reviewer.id), (m) => m.subject.startsWith('A facilitator'));
    expect(mail.text).toContain('the reviews you owe on “Anonymous feedback round”');
  });
});
