import { scheduleHuddle } from '../../../test/huddle-factories';
import { createCohortWorld, openPrompt } from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { ActorFactory } from '../../common/auth/actor.factory';
import { AppError } from '../../common/errors/app-error';
import { NotificationService } from './notification.service';
import { NudgeService } from '../reminder/nudge.service';

/** The notification service run for a person outside any request (a job, the CLI), through ActorFactory. */
describe('notifications for an actor built outside a request', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lists and marks read the nudges the job sent, for that user only', async () => {
    const world = await createCohortWorld(t, 2);
    const [member, other] = world.members;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, { title: 'Exit tickets' });
    await scheduleHuddle(world.facilitator.client, world.cohortId, [promptId], {
      startsAt: new Date(Date.now() + 40 * 3600_000).toISOString(),
    });
    expect(await t.app.get(NudgeService).runDue(new Date())).toBe(2);

    const actors = t.app.get(ActorFactory);
    const notifications = t.app.get(NotificationService);
    const actor = await actors.forUser(member.id);
    expect(actor).toMatchObject({ user: { id: member.id }, sessionId: null });
    expect(actor.loaders.cohortAccess).toBeDefined();

    const list = await notifications.list(actor, world.organization.id);
    expect(list.unreadCount).toBe(1);
    expect(list.items.map((n) => n.kind)).toEqual(['HUDDLE_NUDGE']);
    expect(list.items[0]).toMatchObject({ kind: 'HUDDLE_NUDGE', read: false });
    expect(list.items[0].text).toContain('Exit tickets');

    await notifications.markAllRead(actor, world.organization.id);
    expect((await notifications.list(actor, world.organization.id)).unreadCount).toBe(0);
    // The other member's nudge is theirs alone and still unread.
    expect((await notifications.list(await actors.forUser(other.id), world.organization.id)).unreadCount).toBe(1);
    const facilitatorList = await notifications.list(await actors.forUser(world.facilitator.id), world.organization.id);
    expect(facilitatorList.items).toEqual([]);
  });

  it('refuses an unknown user', async () => {
    await expect(t.app.get(ActorFactory).forUser('00000000-0000-4000-8000-000000000000')).rejects.toBeInstanceOf(
      AppError,
    );
  });
});
