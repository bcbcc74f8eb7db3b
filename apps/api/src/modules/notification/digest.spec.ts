import { Clock, type TestClock } from '../../common/clock/clock';
import { countStatements } from '../../common/database/statement-counter';
import { scheduleHuddle } from '../../../test/huddle-factories';
import {
  ADD_COHORT_MEMBERS,
  CREATE_COHORT,
  createCohortWorld,
  openPrompt,
  post,
} from '../../../test/learning-factories';
import type { GqlClient } from '../../../test/gql-client';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { DigestService } from './digest.service';
import { DigestSweep } from './digest.sweep';
import { localMinute } from './notification-delivery';
import { giveFeedback } from './notification-test-helpers';

const ZONE = 'America/Chicago';
const UPDATE = `mutation ($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) {
  kinds { kind email } } }`;
const PREFERENCES = `query ($org: ID!) { notificationPreferences(organizationId: $org) { kinds { kind email } } }`;
const HELPFUL = `mutation ($input: MarkFeedbackHelpfulInput!) { markFeedbackHelpful(input: $input) { id } }`;

/** The next instant after now at which it is 07:30 in `zone` (offsets are whole quarter hours). */
function next0730(zone: string): Date {
  const quarter = 15 * 60_000;
  let at = Math.ceil(Date.now() / quarter) * quarter;
  while (localMinute(new Date(at), zone) !== 7 * 60 + 30) at += quarter;
  return new Date(at);
}

describe('digests', () => {
  let t: TestApp;
  let clock: TestClock;
  beforeAll(async () => {
    t = await startTestApp();
    clock = t.app.get(Clock) as TestClock;
    clock.set(next0730(ZONE));
  });
  afterAll(() => t.close());

  const sweep = () => t.app.get(DigestSweep).sweep();
  const emailOf = async (userId: string): Promise<string> =>
    (await t.dataSource.query(`SELECT email FROM "user" WHERE id = $1`, [userId]))[0].email;
  const digestsTo = async (userId: string): Promise<Array<{ subject: string; text: string }>> =>
    t.dataSource.query(
      `SELECT subject, text FROM mail_message WHERE to_address = $1 AND category = 'DIGEST' ORDER BY created_at`,
      [await emailOf(userId)],
    );
  const inZone = (organizationId: string) =>
    t.dataSource.query(
      `UPDATE "user" SET time_zone = $2 WHERE id IN (SELECT user_id FROM membership WHERE organization_id = $1)`,
      [organizationId, ZONE],
    );
  const prefer = (client: GqlClient, org: string, kind: string, email: string) =>
    client.ok(UPDATE, { input: { organizationId: org, kinds: [{ kind, inApp: true, email }] } });

  it('sends a daily digest at 07:00 local with new items grouped by cohort, owed reviews and coming huddles', async () => {
    const w = await createCohortWorld(t, 2);
    const [author, giver] = w.members;
    const org = w.organization.id;
    await inZone(org);
    await prefer(author!.client, org, 'FEEDBACK_RECEIVED', 'DAILY_DIGEST');
    const { createCohort } = await w.facilitator.client.ok(CREATE_COHORT, {
      input: { organizationId: org, name: 'Science PLC' },
    });
    await w.facilitator.client.ok(ADD_COHORT_MEMBERS, {
      input: { cohortId: createCohort.id, userIds: [author!.id, giver!.id], role: 'MEMBER' },
    });
    const math = await openPrompt(w.facilitator.client, w.cohortId, { title: 'Exit tickets' });
    const science = await openPrompt(w.facilitator.client, createCohort.id, { title: 'Lab reports' });
    await giveFeedback(giver!.client, await post(author!.client, math));
    await giveFeedback(giver!.client, await post(author!.client, science));
    const theirs = await post(giver!.client, math);
    await t.dataSource.query(
      `INSERT INTO review_assignment (organization_id, prompt_id, contribution_id, reviewer_id) VALUES ($1, $2, $3, $4)`,
      [org, math, theirs, author!.id],
    );
    await scheduleHuddle(w.facilitator.client, w.cohortId, [math], {
      title: 'Thursday PLC huddle',
      startsAt: new Date(clock.now().getTime() + 2 * 86_400_000).toISOString(),
    });

    await sweep();
    const mail = await t.mailbox.next(await emailOf(author!.id), (m) => m.subject.startsWith('Your daily digest'));
    expect(mail.subject).toBe(`Your daily digest: 2 new, 1 to do · ${w.organization.name}`);
    const text = mail.text;
    expect(text.indexOf('Grade 7 Math PLC')).toBeGreaterThan(text.indexOf('WHAT IS NEW'));
    expect(text).toContain('Science PLC');
    expect(text).toContain('1 review for “Exit tickets” (Grade 7 Math PLC)');
    expect(text).toMatch(
      /COMING UP THIS WEEK\n- Thursday PLC huddle \(Grade 7 Math PLC\) · \w{3}, \w{3} \d+, \d\d:\d\d C[DS]T/,
    );
    expect(mail.html).toContain('Science PLC');
    expect(mail.html).not.toMatch(/<img/i);
    expect(mail.links.some((l) => new URL(l).pathname === `/o/${org}/notifications/preferences`)).toBe(true);
    expect(mail.header('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');

    // One-click unsubscribe from a digest turns every digest kind off, and only those.
    const path = new URL(/<([^>]+)>/.exec(mail.header('List-Unsubscribe')!)![1]!).pathname;
    const res = await fetch(`${t.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(res.status).toBe(200);
    const kinds = new Map<string, string>(
      (await author!.client.ok(PREFERENCES, { org })).notificationPreferences.kinds.map(
        (k: { kind: string; email: string }) => [k.kind, k.email],
      ),
    );
    expect([kinds.get('FEEDBACK_RECEIVED'), kinds.get('MARKED_HELPFUL'), kinds.get('REPLY')]).toEqual([
      'OFF',
      'OFF',
      'IMMEDIATELY',
    ]);
  });

  it('sends nothing to someone with nothing new and nothing owed', async () => {
    const w = await createCohortWorld(t, 2);
    await inZone(w.organization.id);
    await sweep();
    for (const person of [...w.members, w.facilitator, w.observer]) expect(await digestsTo(person.id)).toEqual([]);
  });

  it('sends each digest once across repeated and concurrent sweeps, and again the next day', async () => {
    const w = await createCohortWorld(t, 3);
    await inZone(w.organization.id);
    await openPrompt(w.facilitator.client, w.cohortId, { title: 'Week 4' });
    const due = (await t.app.get(DigestSweep).findDue()).filter((r) => r.organizationId === w.organization.id);
    const digests = t.app.get(DigestService);
    // Two processes composing the same batch at once: the ledger claim lets one of them queue it.
    const queued = await Promise.all([digests.composeBatch(due, clock.now()), digests.composeBatch(due, clock.now())]);
    expect(queued.reduce((a, b) => a + b, 0)).toBe(3);
    await Promise.all([sweep(), sweep()]);
    clock.advance(3600_000);
    await sweep();
    for (const m of w.members) expect(await digestsTo(m.id)).toHaveLength(1);
    clock.advance(86_400_000);
    try {
      await sweep();
      for (const m of w.members) expect(await digestsTo(m.id)).toHaveLength(2);
    } finally {
      clock.set(next0730(ZONE));
    }
  });

  it('never names an anonymous author, leaves out deleted content and kinds not sent by digest', async () => {
    const w = await createCohortWorld(t, 3);
    const [author, giver, other] = w.members;
    const org = w.organization.id;
    await inZone(org);
    await t.dataSource.query(`UPDATE "user" SET display_name = 'Anonymous Annie' WHERE id = $1`, [author!.id]);
    const promptId = await openPrompt(w.facilitator.client, w.cohortId, { anonymity: 'TO_PEERS', title: 'Hinges' });
    const feedbackId = await giveFeedback(giver!.client, await post(author!.client, promptId));
    await author!.client.ok(HELPFUL, { input: { feedbackId, helpful: true } });
    // `other` hears of feedback by digest, then their contribution is deleted.
    await prefer(other!.client, org, 'FEEDBACK_RECEIVED', 'DAILY_DIGEST');
    const deleted = await post(other!.client, promptId);
    await giveFeedback(giver!.client, deleted);
    await t.dataSource.query(`UPDATE contribution SET deleted_at = now() WHERE id = $1`, [deleted]);

    await sweep();
    const [giverDigest] = await digestsTo(giver!.id);
    expect(giverDigest!.text).toContain('WHAT IS NEW');
    expect(giverDigest!.text).toMatch(/helpful/i);
    expect(giverDigest!.text).not.toContain('Anonymous Annie');
    // The author's feedback notification goes out at once (default), not in a digest; nothing else is owed.
    expect(await digestsTo(author!.id)).toEqual([]);
    const [otherDigest] = await digestsTo(other!.id);
    expect(otherDigest!.text).not.toContain('WHAT IS NEW');
    expect(otherDigest!.text).toContain('Post to “Hinges”');
  });

  it('composes a batch with the same statements whether each digest holds 1 item or 20', async () => {
    const statementsFor = async (items: number) => {
      const w = await createCohortWorld(t, 3);
      await inZone(w.organization.id);
      const promptId = await openPrompt(w.facilitator.client, w.cohortId, { title: `Items ${items}` });
      await t.dataSource.query(
        `INSERT INTO notification (organization_id, user_id, kind, cohort_id, subject_type, subject_id, text, link, dedupe_key)
         SELECT $1, cm.user_id, 'MARKED_HELPFUL', $2, 'PROMPT', $3, 'Helpful ' || i, '/x', 'bulk:' || cm.user_id || ':' || i
           FROM cohort_member cm CROSS JOIN generate_series(1, $4) AS i WHERE cm.cohort_id = $2 AND cm.role = 'MEMBER'`,
        [w.organization.id, w.cohortId, promptId, items],
      );
      const due = (await t.app.get(DigestSweep).findDue()).filter((r) => r.organizationId === w.organization.id);
      const { result, statements } = await countStatements(() =>
        t.app.get(DigestService).composeBatch(due, clock.now()),
      );
      expect(result).toBe(3);
      const [digest] = await digestsTo(w.members[0]!.id);
      expect(digest!.text.match(/- Helpful \d+/g)).toHaveLength(items);
      // The mail delivery pass it wakes runs in the same async context; it is not the digest's.
      return statements.filter((q) => !/mail_message/.test(q) || q.startsWith('INSERT INTO "mail_message"')).length;
    };
    const one = await statementsFor(1);
    expect(await statementsFor(20)).toBe(one);
    // Three sections, the ledger claim, the unsubscribe tokens, the emails.
    expect(one).toBe(6);
  });
});
