import { NotificationKind } from '@openhuddle/shared';
import { createTenant } from '../../../test/factories';
import { createCohortWorld, openPrompt, post } from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { type Delivery, type NotificationChannel, Notifier, type SentNotification } from './notifier';
import { NotificationPreferenceService } from './notification-preference.service';
import { comment, inbox } from './notification-test-helpers';

const PREFERENCES = `query ($org: ID!) { notificationPreferences(organizationId: $org) {
  kinds { kind inApp email } quietHours { start end } timeZone mutedCohorts { id name } } }`;
const UPDATE = `mutation ($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) {
  kinds { kind inApp email } quietHours { start end } } }`;
const MUTE = `mutation ($id: ID!) { muteCohort(cohortId: $id) { mutedCohorts { id name } } }`;
const UNMUTE = `mutation ($id: ID!) { unmuteCohort(cohortId: $id) { mutedCohorts { id } } }`;

describe('notification preferences', () => {
  let t: TestApp;
  const delivered: Array<{ notification: SentNotification; delivery: Delivery }> = [];
  beforeAll(async () => {
    t = await startTestApp();
    const channel: NotificationChannel = {
      deliver: async (notification, delivery) => void delivered.push({ notification, delivery }),
    };
    t.app.get(Notifier).addChannel(channel);
  });
  afterAll(() => t.close());

  it('starts from the defaults: all in-app, email at once for what asks for action, the daily digest otherwise', async () => {
    const { owner, organization } = await createTenant(t);
    const { notificationPreferences: prefs } = await owner.ok(PREFERENCES, { org: organization.id });
    expect(prefs.kinds).toHaveLength(Object.keys(NotificationKind).length);
    const byKind = Object.fromEntries(prefs.kinds.map((k: { kind: string }) => [k.kind, k]));
    for (const kind of [
      'REVIEW_ASSIGNED',
      'FEEDBACK_RECEIVED',
      'REPLY',
      'MENTION',
      'BRIEF_READY',
      'PROMPT_OPENED',
      'HUDDLE_NUDGE',
    ]) {
      expect(byKind[kind]).toEqual({ kind, inApp: true, email: 'IMMEDIATELY' });
    }
    expect(byKind.MARKED_HELPFUL).toEqual({ kind: 'MARKED_HELPFUL', inApp: true, email: 'DAILY_DIGEST' });
    expect(prefs).toMatchObject({ quietHours: null, timeZone: 'UTC', mutedCohorts: [] });
  });

  it('saves choices per kind and quiet hours, and refuses bad input per field, changing nothing', async () => {
    const { owner, organization } = await createTenant(t);
    const input = (over: Record<string, unknown>) => ({ organizationId: organization.id, ...over });
    const { updateNotificationPreferences: saved } = await owner.ok(UPDATE, {
      input: input({
        kinds: [{ kind: 'REPLY', inApp: false, email: 'WEEKLY_DIGEST' }],
        quietHours: { start: '22:00', end: '07:00' },
      }),
    });
    expect(saved.kinds.find((k: { kind: string }) => k.kind === 'REPLY')).toEqual({
      kind: 'REPLY',
      inApp: false,
      email: 'WEEKLY_DIGEST',
    });
    expect(saved.quietHours).toEqual({ start: '22:00', end: '07:00' });
    const cases: Array<[Record<string, unknown>, Record<string, string>]> = [
      [{ quietHours: { start: '25:00', end: '07:00' } }, { 'quietHours.start': 'Give a time as HH:MM, e.g. 22:00.' }],
      [
        { quietHours: { start: '08:00', end: '08:00' } },
        { 'quietHours.end': 'Quiet hours must end at another time than they start.' },
      ],
      [
        {
          kinds: [
            { kind: 'REPLY', inApp: true, email: 'OFF' },
            { kind: 'REPLY', inApp: true, email: 'IMMEDIATELY' },
          ],
        },
        { kinds: 'Give each kind once.' },
      ],
    ];
    for (const [over, fields] of cases) {
      const error = await owner.fail(UPDATE, { input: input(over) });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields });
    }
    const bogus = await owner.fail(UPDATE, { input: input({ kinds: [{ kind: 'NOPE', inApp: true, email: 'OFF' }] }) });
    expect(bogus.extensions?.code).toBe('BAD_USER_INPUT');
    const { notificationPreferences: after } = await owner.ok(PREFERENCES, { org: organization.id });
    expect(after.quietHours).toEqual({ start: '22:00', end: '07:00' });
    expect(after.kinds.find((k: { kind: string }) => k.kind === 'REPLY')).toMatchObject({ email: 'WEEKLY_DIGEST' });
    // Left out keeps them; null clears them.
    await owner.ok(UPDATE, { input: input({ kinds: [] }) });
    expect((await owner.ok(PREFERENCES, { org: organization.id })).notificationPreferences.quietHours).not.toBeNull();
    await owner.ok(UPDATE, { input: input({ quietHours: null }) });
    expect((await owner.ok(PREFERENCES, { org: organization.id })).notificationPreferences.quietHours).toBeNull();
  });

  it('is nobody else’s to read or change', async () => {
    const a = await createTenant(t);
    const b = await createTenant(t);
    expect((await t.client().fail(PREFERENCES, { org: a.organization.id })).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await b.owner.fail(PREFERENCES, { org: a.organization.id })).extensions?.code).toMatch(
      /NOT_FOUND|FORBIDDEN/,
    );
    const update = await b.owner.fail(UPDATE, { input: { organizationId: a.organization.id, quietHours: null } });
    expect(update.extensions?.code).toMatch(/NOT_FOUND|FORBIDDEN/);
    const world = await createCohortWorld(t, 1);
    expect((await b.owner.fail(MUTE, { id: world.cohortId })).extensions?.code).toBe('NOT_FOUND');
  });

  it('keeps a kind turned off in-app out of the list but hands it to the other channels', async () => {
    const world = await createCohortWorld(t, 2);
    const [author, reader] = world.members;
    await reader.client.ok(UPDATE, {
      input: {
        organizationId: world.organization.id,
        kinds: [{ kind: 'MENTION', inApp: false, email: 'IMMEDIATELY' }],
      },
    });
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    const id = await post(author.client, promptId);
    delivered.length = 0;
    await comment(author.client, { contributionId: id, body: 'Quiet please', mentionedUserIds: [reader.id] });
    expect((await inbox(reader.client, world.organization.id, ['MENTION'])).items).toEqual([]);
    expect(delivered.map((d) => [d.notification.userId, d.notification.kind, d.delivery])).toEqual([
      [reader.id, 'MENTION', { inApp: false, email: 'NOW' }],
    ]);
  });

  it('sends nothing from a muted cohort, in-app or to channels, until it is unmuted', async () => {
    const world = await createCohortWorld(t, 2);
    const [author, reader] = world.members;
    const { muteCohort } = await reader.client.ok(MUTE, { id: world.cohortId });
    expect(muteCohort.mutedCohorts).toEqual([{ id: world.cohortId, name: 'Grade 7 Math PLC' }]);
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    const id = await post(author.client, promptId);
    delivered.length = 0;
    await comment(author.client, { contributionId: id, body: 'Muted', mentionedUserIds: [reader.id] });
    expect((await inbox(reader.client, world.organization.id)).items).toEqual([]);
    expect(delivered.filter((d) => d.notification.userId === reader.id)).toEqual([]);

    expect((await reader.client.ok(UNMUTE, { id: world.cohortId })).unmuteCohort.mutedCohorts).toEqual([]);
    await comment(author.client, { contributionId: id, body: 'Back', mentionedUserIds: [reader.id] });
    expect((await inbox(reader.client, world.organization.id, ['MENTION'])).items).toHaveLength(1);
  });

  it('tells the email layer when to send: deferred past quiet hours in the person’s zone, and off once unsubscribed', async () => {
    const { owner, ownerUser, organization } = await createTenant(t);
    await owner.ok(`mutation { updateProfile(input: { timeZone: "Asia/Tokyo" }) { id } }`);
    await owner.ok(UPDATE, {
      input: { organizationId: organization.id, quietHours: { start: '20:00', end: '07:00' } },
    });
    const service = t.app.get(NotificationPreferenceService);
    const evening = new Date('2027-03-10T12:00:00Z'); // 21:00 in Tokyo
    expect(await service.deliveryFor(ownerUser.id, organization.id, NotificationKind.MENTION, null, evening)).toEqual({
      inApp: true,
      email: 'DEFERRED_UNTIL',
      deferredUntil: new Date('2027-03-10T22:00:00Z'),
    });
    const noon = new Date('2027-03-10T03:00:00Z');
    expect((await service.deliveryFor(ownerUser.id, organization.id, NotificationKind.MENTION, null, noon)).email).toBe(
      'NOW',
    );
    expect(
      (await service.deliveryFor(ownerUser.id, organization.id, NotificationKind.MARKED_HELPFUL, null, noon)).email,
    ).toBe('DIGEST_DAILY');

    await service.unsubscribe(ownerUser.id, organization.id, NotificationKind.MENTION);
    expect(await service.deliveryFor(ownerUser.id, organization.id, NotificationKind.MENTION, null, noon)).toEqual({
      inApp: true,
      email: 'OFF',
    });
    expect((await service.deliveryFor(ownerUser.id, organization.id, NotificationKind.REPLY, null, noon)).email).toBe(
      'NOW',
    );
    await service.unsubscribe(ownerUser.id, organization.id, 'ALL');
    const { notificationPreferences } = await owner.ok(PREFERENCES, { org: organization.id });
    expect(
      notificationPreferences.kinds.every((k: { inApp: boolean; email: string }) => k.inApp && k.email === 'OFF'),
    ).toBe(true);
  });
});
