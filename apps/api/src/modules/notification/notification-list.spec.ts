import { NotificationKind, NotificationSubjectType } from '@openhuddle/shared';
import { createTenant } from '../../../test/factories';
import { createCohortWorld, openPrompt, post } from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { subscribe, wsClientFor } from '../../../test/ws-client';
import { Notifier } from './notifier';
import { comment, INBOX, type InboxItem } from './notification-test-helpers';

const READ_ONE = `mutation ($id: ID!) { markNotificationRead(notificationId: $id) { id read } }`;
const ADDED = `subscription ($org: ID!) { notificationAdded(organizationId: $org) { kind text cohortName } }`;

describe('the notification list', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** `n` huddle-free notices for one person, oldest first, stored through the Notifier like any other. */
  async function seed(organizationId: string, userId: string, n: number, tag: string) {
    const notices = Array.from({ length: n }, (_, i) => ({
      organizationId,
      userId,
      kind: NotificationKind.BRIEF_READY,
      text: `${tag} ${i}`,
      link: '/',
      dedupeKey: `${tag}:${i}:${userId}`,
    }));
    for (const notice of notices) await t.app.get(Notifier).notify([notice]);
  }

  it('pages newest first with a cursor, filters unread, and marks one read on open', async () => {
    const { ownerUser, owner, organization } = await createTenant(t);
    await seed(organization.id, ownerUser.id, 7, 'page');
    const page = async (variables: Record<string, unknown>) =>
      (await owner.ok(INBOX, { org: organization.id, ...variables })).notifications;
    const first = await page({ first: 3 });
    expect(first.items.map((n: InboxItem) => n.text)).toEqual(['page 6', 'page 5', 'page 4']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await page({ first: 3, after: first.pageInfo.endCursor });
    expect(second.items.map((n: InboxItem) => n.text)).toEqual(['page 3', 'page 2', 'page 1']);
    const last = await page({ first: 3, after: second.pageInfo.endCursor });
    expect(last.items.map((n: InboxItem) => n.text)).toEqual(['page 0']);
    expect(last.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
    expect(last.unreadCount).toBe(7);

    const opened = first.items[1] as InboxItem;
    expect((await owner.ok(READ_ONE, { id: opened.id })).markNotificationRead).toEqual({ id: opened.id, read: true });
    const unread = await page({ unreadOnly: true });
    expect(unread.unreadCount).toBe(6);
    expect(unread.items.map((n: InboxItem) => n.text)).not.toContain('page 5');

    await owner.ok(`mutation ($org: ID!) { markNotificationsRead(organizationId: $org) }`, { org: organization.id });
    expect(await page({ unreadOnly: true })).toMatchObject({ items: [], unreadCount: 0 });
  });

  it('refuses strangers, someone else’s notification, and page sizes out of range', async () => {
    const a = await createTenant(t);
    const b = await createTenant(t);
    await seed(a.organization.id, a.ownerUser.id, 1, 'mine');
    const [mine] = (await a.owner.ok(INBOX, { org: a.organization.id })).notifications.items as InboxItem[];
    expect((await t.client().fail(INBOX, { org: a.organization.id })).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await b.owner.fail(INBOX, { org: a.organization.id })).extensions?.code).toMatch(/NOT_FOUND|FORBIDDEN/);
    expect((await b.owner.fail(READ_ONE, { id: mine!.id })).extensions?.code).toBe('NOT_FOUND');
    expect((await a.owner.ok(INBOX, { org: a.organization.id })).notifications.items[0].read).toBe(false);
    for (const first of [0, 51]) {
      const error = await a.owner.fail(INBOX, { org: a.organization.id, first });
      expect(error.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { first: 'Ask for 1 to 50 notifications.' },
      });
    }
  });

  it('reads a page in the same number of statements whatever the number of notifications', async () => {
    const measure = async (n: number) => {
      const world = await createCohortWorld(t, 2);
      const [author, reader] = world.members;
      const promptId = await openPrompt(world.facilitator.client, world.cohortId);
      const id = await post(author.client, promptId);
      for (let i = 0; i < n; i++) {
        await comment(author.client, { contributionId: id, body: `Ping ${i}`, mentionedUserIds: [reader.id] });
      }
      const res = await reader.client.request(INBOX, { org: world.organization.id });
      expect(res.errors).toBeUndefined();
      expect((res.data as { notifications: { items: unknown[] } }).notifications.items).toHaveLength(n);
      return res.extensions!.sqlStatements!;
    };
    expect(await measure(12)).toBe(await measure(1));
  });

  it('stores a long text clipped to its column instead of failing', async () => {
    const { ownerUser, owner, organization } = await createTenant(t);
    const sent = await t.app.get(Notifier).notify([
      {
        organizationId: organization.id,
        userId: ownerUser.id,
        kind: NotificationKind.REPORT_RESOLVED,
        text: 'x'.repeat(2000),
        link: '/',
        dedupeKey: `long:${ownerUser.id}`,
        subjectType: NotificationSubjectType.REPORT,
      },
    ]);
    expect(sent).toBe(1);
    const [item] = (await owner.ok(INBOX, { org: organization.id })).notifications.items as InboxItem[];
    expect(item!.text).toHaveLength(300);
    expect(item!.text.endsWith('…')).toBe(true);
  });

  it('delivers new notifications in real time to their reader only, checked again at delivery', async () => {
    const world = await createCohortWorld(t, 3);
    const [author, reader, waiting] = world.members;
    const open = await openPrompt(world.facilitator.client, world.cohortId);
    const postFirst = await openPrompt(world.facilitator.client, world.cohortId, { revealRule: 'POST_FIRST' });
    const openId = await post(author.client, open);
    const hiddenId = await post(author.client, postFirst);
    const clients = [reader, waiting].map((p) => wsClientFor(p.client));
    const [asReader, asWaiting] = clients.map((c) => subscribe(c!, ADDED, { org: world.organization.id }));
    await new Promise((r) => setTimeout(r, 300)); // subscriptions are registered

    // `waiting` has not posted to the POST_FIRST prompt: that mention is not delivered (nor listed).
    await comment(author.client, { contributionId: hiddenId, body: 'Secret', mentionedUserIds: [waiting.id] });
    await comment(author.client, { contributionId: openId, body: 'Hello', mentionedUserIds: [reader.id, waiting.id] });
    const [event] = await asReader!.waitFor(1);
    expect(event.notificationAdded).toMatchObject({ kind: 'MENTION', cohortName: 'Grade 7 Math PLC' });
    expect(event.notificationAdded.text).toContain('“Hello”');
    const waitingEvents = await asWaiting!.waitFor(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(asWaiting!.events).toHaveLength(1);
    expect(waitingEvents[0].notificationAdded.text).toContain('“Hello”');
    expect(asReader!.events).toHaveLength(1);
    asReader!.close();
    asWaiting!.close();
    await Promise.all(clients.map((c) => c.dispose()));
  });
});
