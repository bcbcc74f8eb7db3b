import { scheduleHuddle } from '../../../test/huddle-factories';
import { createCohortWorld, openPrompt, post } from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { NudgeService } from './nudge.service';

const NOTIFICATIONS = `query ($org: ID!) { notifications(organizationId: $org) { unreadCount items { kind text link read } } }`;

describe('nudges before a huddle', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('nudges only members who have not posted, once per offset, and never facilitators or observers', async () => {
    const world = await createCohortWorld(t, 3);
    const [posted, silent, alsoSilent] = world.members;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, { title: 'Exit tickets' });
    await post(posted.client, promptId);
    const startsAt = new Date(Date.now() + 40 * 3600_000);
    const [huddle] = await scheduleHuddle(world.facilitator.client, world.cohortId, [promptId], {
      startsAt: startsAt.toISOString(),
    });
    const nudges = t.app.get(NudgeService);

    expect(await nudges.runDue(new Date())).toBe(2); // within 48 h, not yet within 2 h
    expect(await nudges.runDue(new Date())).toBe(0); // idempotent
    const { notifications } = await silent.client.ok(NOTIFICATIONS, { org: world.organization.id });
    expect(notifications.unreadCount).toBe(1);
    expect(notifications.items[0]).toMatchObject({
      kind: 'HUDDLE_NUDGE',
      link: `/o/${world.organization.id}/huddles/${huddle.id}`,
      read: false,
    });
    expect(notifications.items[0].text).toContain('Exit tickets');
    for (const p of [posted, world.observer, world.facilitator]) {
      expect((await p.client.ok(NOTIFICATIONS, { org: world.organization.id })).notifications.items).toEqual([]);
    }

    // Two hours before: alsoSilent posts in the meantime, only silent gets the second nudge.
    await post(alsoSilent.client, promptId);
    expect(await nudges.runDue(new Date(startsAt.getTime() - 90 * 60_000))).toBe(1);
    expect((await silent.client.ok(NOTIFICATIONS, { org: world.organization.id })).notifications.unreadCount).toBe(2);
    await silent.client.ok(`mutation ($org: ID!) { markNotificationsRead(organizationId: $org) }`, {
      org: world.organization.id,
    });
    expect((await silent.client.ok(NOTIFICATIONS, { org: world.organization.id })).notifications.unreadCount).toBe(0);
  });
});
