import { startTestApp, type TestApp } from '../../../test/test-app';
import { createCohortWorld, openPrompt, post } from '../../../test/learning-factories';
import type { GqlClient } from '../../../test/gql-client';
import { NotificationEmailChannel } from './notification-email.channel';
import { giveFeedback } from './notification-test-helpers';

const UPDATE = `mutation ($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) {
  kinds { kind email } } }`;
const PREFERENCES = `query ($org: ID!) { notificationPreferences(organizationId: $org) { kinds { kind email } } }`;
const HELPFUL = `mutation ($input: MarkFeedbackHelpfulInput!) { markFeedbackHelpful(input: $input) { id } }`;
const LINK = `query ($token: String!) { unsubscribeLink(token: $token) { organizationId organizationName kind } }`;
const UNSUBSCRIBE = `mutation ($token: String!, $all: Boolean) { unsubscribe(token: $token, all: $all) { kind } }`;

describe('notification emails', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const emailOf = async (userId: string): Promise<string> =>
    (await t.dataSource.query(`SELECT email FROM "user" WHERE id = $1`, [userId]))[0].email;
  const queuedTo = async (email: string): Promise<number> =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM mail_message WHERE to_address = $1`, [email]))[0].n;
  const emailFor = async (client: GqlClient, org: string, kind: string) =>
    (await client.ok(PREFERENCES, { org })).notificationPreferences.kinds.find((k: { kind: string }) => k.kind === kind)
      .email as string;

  it('emails feedback to the author at once, with a working link and one-click unsubscribe, never to the giver', async () => {
    const world = await createCohortWorld(t, 2);
    const [author, giver] = world.members;
    const org = world.organization.id;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, { title: 'Exit tickets' });
    const contributionId = await post(author!.client, promptId);
    await giveFeedback(giver!.client, contributionId);

    const to = await emailOf(author!.id);
    const mail = await t.mailbox.next(to, (m) => m.subject.startsWith('New feedback on your contribution'));
    expect(mail.subject).toBe(`New feedback on your contribution · ${world.organization.name}`);
    expect(mail.text).toContain('Exit tickets');
    expect(mail.html).toContain('lang="en"');
    expect(mail.html).not.toMatch(/<img/i);
    const open = new URL(mail.links.find((l) => l.includes('/prompts/'))!);
    expect(open.pathname).toBe(`/o/${org}/prompts/${promptId}`);
    expect(open.hash).toBe(`#contribution-${contributionId}`);
    expect(mail.header('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const unsubscribeUrl = /<([^>]+)>/.exec(mail.header('List-Unsubscribe')!)![1]!;
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM mail_message WHERE to_address = $1 AND category = 'NOTIFICATION'`,
      [await emailOf(giver!.id)],
    );
    expect(n).toBe(0);

    // A GET (a link scanner) changes nothing; the mail client's POST turns this kind off.
    const path = new URL(unsubscribeUrl).pathname;
    expect((await fetch(`${t.baseUrl}${path}`)).status).toBe(404);
    expect(await emailFor(author!.client, org, 'FEEDBACK_RECEIVED')).toBe('IMMEDIATELY');
    const res = await fetch(`${t.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(res.status).toBe(200);
    expect(await emailFor(author!.client, org, 'FEEDBACK_RECEIVED')).toBe('OFF');
    expect(await emailFor(author!.client, org, 'REPLY')).toBe('IMMEDIATELY');

    const before = await queuedTo(to);
    const third = world.join ? await world.join('MEMBER') : null;
    await giveFeedback(third!.client, contributionId);
    expect(await queuedTo(to)).toBe(before);
  });

  it('never names an anonymous author in a peer’s email', async () => {
    const world = await createCohortWorld(t, 2);
    const [author, giver] = world.members;
    const org = world.organization.id;
    await giver!.client.ok(UPDATE, {
      input: { organizationId: org, kinds: [{ kind: 'MARKED_HELPFUL', inApp: true, email: 'IMMEDIATELY' }] },
    });
    const authorName = 'Anonymous Annie';
    await t.dataSource.query(`UPDATE "user" SET display_name = $2 WHERE id = $1`, [author!.id, authorName]);
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, { anonymity: 'TO_PEERS' });
    const contributionId = await post(author!.client, promptId);
    const feedbackId = await giveFeedback(giver!.client, contributionId);
    await author!.client.ok(HELPFUL, { input: { feedbackId, helpful: true } });
    const mail = await t.mailbox.next(await emailOf(giver!.id), (m) =>
      m.subject.startsWith('Your feedback was marked helpful'),
    );
    expect(mail.text).not.toContain(authorName);
    expect(mail.html).not.toContain(authorName);
  });

  it('sends nothing about content deleted, or read in the app, before the email went out', async () => {
    const world = await createCohortWorld(t, 2);
    const [author, giver] = world.members;
    const org = world.organization.id;
    // Digest, so the notification waits instead of being emailed at once.
    await author!.client.ok(UPDATE, {
      input: { organizationId: org, kinds: [{ kind: 'FEEDBACK_RECEIVED', inApp: true, email: 'DAILY_DIGEST' }] },
    });
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    const contributionId = await post(author!.client, promptId);
    await giveFeedback(giver!.client, contributionId);
    const [{ id }] = await t.dataSource.query(
      `SELECT id FROM notification WHERE user_id = $1 AND kind = 'FEEDBACK_RECEIVED'`,
      [author!.id],
    );
    const to = await emailOf(author!.id);
    const channel = t.app.get(NotificationEmailChannel);
    const baseline = await queuedTo(to); // the invitation and the sign-up confirmation

    await t.dataSource.query(`UPDATE notification SET read_at = now() WHERE id = $1`, [id]);
    await channel.send(id);
    expect(await queuedTo(to)).toBe(baseline);
    await t.dataSource.query(`UPDATE notification SET read_at = NULL WHERE id = $1`, [id]);
    await t.dataSource.query(`UPDATE contribution SET deleted_at = now() WHERE id = $1`, [contributionId]);
    await channel.send(id);
    expect(await queuedTo(to)).toBe(baseline);
    await t.dataSource.query(`UPDATE contribution SET deleted_at = NULL WHERE id = $1`, [contributionId]);
    await channel.send(id);
    expect(await queuedTo(to)).toBe(baseline + 1);
  });

  it('lands the unsubscribe link on a page that names it, and can stop all email of the organisation', async () => {
    const world = await createCohortWorld(t, 2);
    const [author, giver] = world.members;
    const org = world.organization.id;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    await giveFeedback(giver!.client, await post(author!.client, promptId));
    const mail = await t.mailbox.next(await emailOf(author!.id), (m) => m.subject.startsWith('New feedback'));
    const page = new URL(mail.links.find((l) => new URL(l).pathname.startsWith('/unsubscribe/'))!);
    const token = decodeURIComponent(page.pathname.split('/').at(-1)!);
    const anonymous = t.client();
    expect((await anonymous.ok(LINK, { token })).unsubscribeLink).toEqual({
      organizationId: org,
      organizationName: world.organization.name,
      kind: 'FEEDBACK_RECEIVED',
    });
    await anonymous.ok(UNSUBSCRIBE, { token, all: true });
    const kinds = (await author!.client.ok(PREFERENCES, { org })).notificationPreferences.kinds;
    expect(kinds.every((k: { email: string }) => k.email === 'OFF')).toBe(true);
    expect((await anonymous.fail(LINK, { token: 'not-a-token' })).extensions?.code).toBe('NOT_FOUND');
  });
});
