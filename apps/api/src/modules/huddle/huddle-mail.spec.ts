import { ROUTE_PATTERNS, routes } from '@openhuddle/shared';
import ICAL from 'ical.js';
import type { GqlClient } from '../../../test/gql-client';
import { scheduleHuddle } from '../../../test/huddle-factories';
import { createCohortWorld, openPrompt } from '../../../test/learning-factories';
import type { CaughtMail } from '../../../test/mail-catcher';
import { startTestApp, type TestApp } from '../../../test/test-app';

const SET_ZONE = `mutation ($tz: String!) { updateProfile(input: { timeZone: $tz }) { id } }`;
const UPDATE = `mutation ($input: UpdateHuddleInput!) { updateHuddle(input: $input) { id startsAt } }`;
const CANCEL = `mutation ($id: ID!) { cancelHuddle(huddleId: $id, scope: THIS) { id status } }`;

/** Thursday 11 March 2027, 16:00 in Chicago (CST) = 23:00 in Berlin (CET): before either DST change. */
const THURSDAY_4PM_CHICAGO = '2027-03-11T22:00:00.000Z';

function calendarOf(mail: CaughtMail) {
  const attachment = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  if (!attachment) throw new Error(`no .ics in “${mail.subject}”`);
  const calendar = new ICAL.Component(ICAL.parse(attachment.content.toString('utf8')));
  const events = calendar.getAllSubcomponents('vevent');
  return {
    method: calendar.getFirstPropertyValue('method'),
    events: events.map((v) => ({
      uid: v.getFirstPropertyValue('uid'),
      sequence: Number(v.getFirstPropertyValue('sequence')),
      status: v.getFirstPropertyValue('status'),
      start: new ICAL.Event(v).startDate.toJSDate().toISOString(),
      minutes: new ICAL.Event(v).duration.toSeconds() / 60,
    })),
  };
}

/** The huddle link of a message: an app route (packages/shared) to this huddle's page. */
function huddleLink(mail: CaughtMail, organizationId: string, huddleId: string): string {
  const pattern = new RegExp(`^${ROUTE_PATTERNS.huddle.replace(/:[a-zA-Z]+/g, '[^/]+')}$`);
  const path = mail.links.map((l) => new URL(l).pathname).find((p) => pattern.test(p));
  expect(path).toBe(routes.huddle(organizationId, huddleId));
  return path!;
}

describe('huddle emails', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const emailOf = async (client: GqlClient) => ((await client.ok(`{ me { email } }`)).me as { email: string }).email;
  /** Who the outbox holds huddle messages for (stored before the mutation returned), by subject prefix. */
  const outbox = async (organizationId: string, prefix: string) =>
    (
      (await t.dataSource.query(
        `SELECT to_address FROM mail_message WHERE organization_id = $1 AND category = 'HUDDLE' AND subject LIKE $2 ORDER BY to_address`,
        [organizationId, `${prefix}%`],
      )) as Array<{ to_address: string }>
    ).map((r) => r.to_address);

  async function world() {
    const w = await createCohortWorld(t, 2);
    const [chicago, berlin] = w.members;
    await chicago!.client.ok(SET_ZONE, { tz: 'America/Chicago' });
    await berlin!.client.ok(SET_ZONE, { tz: 'Europe/Berlin' });
    const emails = {
      facilitator: await emailOf(w.facilitator.client),
      chicago: await emailOf(chicago!.client),
      berlin: await emailOf(berlin!.client),
      observer: await emailOf(w.observer.client),
      outsider: await emailOf(w.outsider.client),
    };
    return { ...w, chicago: chicago!, berlin: berlin!, emails };
  }

  it('invites every cohort member once to a weekly series, in their own zone, with its prompts, link and one .ics', async () => {
    const w = await world();
    const promptId = await openPrompt(w.facilitator.client, w.cohortId, { title: 'Bring one hinge question' });
    const series = await scheduleHuddle(w.facilitator.client, w.cohortId, [promptId], {
      title: 'Weekly PLC',
      startsAt: THURSDAY_4PM_CHICAGO,
      recurrence: 'WEEKLY',
      occurrences: 3,
      timeZone: 'America/Chicago',
    });

    // One message per member for the whole series; not to the facilitator who scheduled it, nor outside the cohort.
    const invited = await outbox(w.organization.id, 'Huddle: ');
    expect(invited).toEqual([w.emails.berlin, w.emails.chicago, w.emails.observer].sort());

    const inChicago = await t.mailbox.next(w.emails.chicago, (m) => m.subject.startsWith('Huddle: '));
    const inBerlin = await t.mailbox.next(w.emails.berlin, (m) => m.subject.startsWith('Huddle: '));
    expect(inChicago.subject).toBe('Huddle: Weekly PLC — Thu 11 Mar 2027, 16:00–16:45 (America/Chicago)');
    expect(inBerlin.subject).toBe('Huddle: Weekly PLC — Thu 11 Mar 2027, 23:00–23:45 (Europe/Berlin)');
    for (const part of [inChicago.text, inChicago.html]) {
      expect(part).toContain('every week until Thu 25 Mar 2027 (3 meetings)');
      expect(part).toContain(w.organization.name);
      expect(part).toContain('Post before the huddle so you are in the brief');
      expect(part).toContain('Bring one hinge question');
      expect(part).toContain('https://meet.example.org/plc-7');
    }
    expect(inBerlin.text).toContain('every week until Thu 25 Mar 2027');
    expect(inBerlin.html).toContain('23:00–23:45 (Europe/Berlin)');
    expect(inChicago.text).not.toContain('(1/3)');
    huddleLink(inChicago, w.organization.id, series[0]!.id);
    expect(inChicago.links.map((l) => new URL(l).pathname)).toContain(routes.prompt(w.organization.id, promptId));

    const ics = calendarOf(inBerlin);
    expect(ics.method).toBe('REQUEST');
    expect(ics.events).toEqual(
      series.map((h) => ({
        uid: `huddle-${h.id}@openhuddle`,
        sequence: 0,
        status: 'CONFIRMED',
        start: h.startsAt,
        minutes: 45,
      })),
    );
  });

  it('sends a change and then a cancellation with the same UID and a higher SEQUENCE, to members only', async () => {
    const w = await world();
    const [huddle] = await scheduleHuddle(w.facilitator.client, w.cohortId, [], { startsAt: THURSDAY_4PM_CHICAGO });
    const uid = `huddle-${huddle!.id}@openhuddle`;

    await w.facilitator.client.ok(UPDATE, {
      input: {
        huddleId: huddle!.id,
        title: huddle!.title,
        startsAt: '2027-03-12T23:00:00.000Z', // Friday 17:00 in Chicago, Saturday 00:00 in Berlin
        durationMinutes: 60,
        joinUrl: 'https://meet.example.org/plc-7',
      },
    });
    expect(await outbox(w.organization.id, 'Changed: ')).toEqual(
      [w.emails.berlin, w.emails.chicago, w.emails.observer].sort(),
    );
    const changed = await t.mailbox.next(w.emails.berlin, (m) => m.subject.startsWith('Changed: '));
    expect(changed.subject).toBe('Changed: Thursday PLC huddle — now Sat 13 Mar 2027, 00:00–01:00 (Europe/Berlin)');
    const changedInChicago = await t.mailbox.next(w.emails.chicago, (m) => m.subject.startsWith('Changed: '));
    expect(changedInChicago.text).toContain('Fri 12 Mar 2027, 17:00–18:00 (America/Chicago)');
    expect(changedInChicago.html).toContain('Fri 12 Mar 2027, 17:00–18:00 (America/Chicago)');
    huddleLink(changed, w.organization.id, huddle!.id);
    expect(calendarOf(changed)).toEqual({
      method: 'REQUEST',
      events: [{ uid, sequence: 1, status: 'CONFIRMED', start: '2027-03-12T23:00:00.000Z', minutes: 60 }],
    });

    await w.facilitator.client.ok(CANCEL, { id: huddle!.id });
    expect(await outbox(w.organization.id, 'Cancelled: ')).toEqual(
      [w.emails.berlin, w.emails.chicago, w.emails.observer].sort(),
    );
    const cancelled = await t.mailbox.next(w.emails.chicago, (m) => m.subject.startsWith('Cancelled: '));
    expect(cancelled.subject).toBe('Cancelled: Thursday PLC huddle — Fri 12 Mar 2027, 17:00–18:00 (America/Chicago)');
    expect(cancelled.text).toContain('is cancelled');
    expect(cancelled.html).toContain('is cancelled');
    huddleLink(cancelled, w.organization.id, huddle!.id);
    // One email about it: the in-app notice does not send a second, calendar-less one.
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM mail_message WHERE to_address = $1 AND category = 'NOTIFICATION'`,
      [w.emails.chicago],
    );
    expect(n).toBe(0);
    const ics = calendarOf(cancelled);
    expect(ics.method).toBe('CANCEL');
    expect(ics.events).toMatchObject([{ uid, sequence: 2, status: 'CANCELLED' }]);
    expect(t.mailbox.to(w.emails.facilitator).filter((m) => /^(Huddle|Changed|Cancelled): /.test(m.subject))).toEqual(
      [],
    );
  });

  it('sends the minutes after the end: the decisions and only the reader’s own action items, not to who ended it', async () => {
    const w = await world();
    const [huddle] = await scheduleHuddle(w.facilitator.client, w.cohortId, []);
    const run = (query: string, variables: Record<string, unknown>) => w.facilitator.client.ok(query, variables);
    await run(`mutation ($id: ID!) { startHuddle(id: $id) { status } }`, { id: huddle!.id });
    await run(`mutation ($input: RecordDecisionInput!) { recordDecision(input: $input) { text } }`, {
      input: { huddleId: huddle!.id, text: 'Everyone tries one hinge question next week.' },
    });
    const ADD = `mutation ($input: AddActionItemInput!) { addActionItem(input: $input) { id } }`;
    await run(ADD, {
      input: { huddleId: huddle!.id, ownerId: w.chicago.id, text: 'Build a distractor bank', dueOn: '2027-03-19' },
    });
    await run(ADD, { input: { huddleId: huddle!.id, ownerId: w.berlin.id, text: 'Film one lesson' } });
    await run(`mutation ($id: ID!) { endHuddle(id: $id) { status } }`, { id: huddle!.id });

    expect(await outbox(w.organization.id, 'Minutes: ')).toEqual(
      [w.emails.berlin, w.emails.chicago, w.emails.observer].sort(),
    );
    const chicago = await t.mailbox.next(w.emails.chicago, (m) => m.subject.startsWith('Minutes: '));
    expect(chicago.subject).toBe('Minutes: Thursday PLC huddle — 1 action item for you');
    for (const part of [chicago.text, chicago.html]) {
      expect(part).toContain('Everyone tries one hinge question next week.');
      expect(part).toContain('Build a distractor bank — due Fri 19 Mar 2027');
      expect(part).not.toContain('Film one lesson');
      expect(part).toContain('(America/Chicago)');
    }
    const observer = await t.mailbox.next(w.emails.observer, (m) => m.subject.startsWith('Minutes: '));
    expect(observer.subject).toBe('Minutes: Thursday PLC huddle');
    expect(observer.text).toContain('You took on no action items.');
    expect(observer.text).not.toContain('Build a distractor bank');
    huddleLink(chicago, w.organization.id, huddle!.id);
  });

  it('still schedules the huddle when its email cannot be stored (the failure is only logged)', async () => {
    const w = await world();
    await t.dataSource.query(`ALTER TABLE mail_message RENAME TO mail_message_away`);
    try {
      const [huddle] = await scheduleHuddle(w.facilitator.client, w.cohortId, []);
      const [row] = await t.dataSource.query(`SELECT status FROM huddle WHERE id = $1`, [huddle!.id]);
      expect(row.status).toBe('SCHEDULED');
    } finally {
      await t.dataSource.query(`ALTER TABLE mail_message_away RENAME TO mail_message`);
    }
    expect(await outbox(w.organization.id, 'Huddle: ')).toEqual([]);
  });
});
