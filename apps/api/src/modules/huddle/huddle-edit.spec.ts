import ICAL from 'ical.js';
import { createTenant } from '../../../test/factories';
import type { GqlClient } from '../../../test/gql-client';
import { scheduleHuddle } from '../../../test/huddle-factories';
import { createCohortWorld, openPrompt } from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { NudgeService } from '../reminder/nudge.service';

const FIELDS = 'id title startsAt durationMinutes joinUrl status timeZone laterInSeries';
const UPDATE = `mutation ($input: UpdateHuddleInput!) { updateHuddle(input: $input) { ${FIELDS} } }`;
const CANCEL = `mutation ($id: ID!, $scope: HuddleScope!) { cancelHuddle(huddleId: $id, scope: $scope) { ${FIELDS} } }`;
const HUDDLE = `query ($id: ID!) { huddle(id: $id) { ${FIELDS} minutes agenda { title } } }`;
const LIST = `query ($id: ID!) { cohort(id: $id) { huddles { ${FIELDS} } } }`;
const NOTIFICATIONS = `query ($org: ID!) { notifications(organizationId: $org) { items { kind text link } } }`;
const SET_ZONE = `mutation ($tz: String!) { updateProfile(input: { timeZone: $tz }) { id } }`;

interface HuddleView {
  id: string;
  title: string;
  startsAt: string;
  durationMinutes: number;
  joinUrl: string | null;
  status: string;
  timeZone: string;
  laterInSeries: number;
  minutes?: string | null;
}

function parseEvents(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

/** Thursdays 4 pm in Chicago; daylight-saving time starts there on Sunday 14 March 2027. */
const CHICAGO_SERIES = {
  title: 'Weekly PLC',
  startsAt: '2027-03-04T22:00:00.000Z',
  recurrence: 'WEEKLY',
  occurrences: 4,
  timeZone: 'America/Chicago',
};

describe('editing and cancelling huddles', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const details = (h: { id: string; title?: string; startsAt: string }, extra: Record<string, unknown> = {}) => ({
    input: {
      huddleId: h.id,
      title: h.title ?? 'Thursday PLC huddle',
      startsAt: h.startsAt,
      durationMinutes: 45,
      joinUrl: 'https://meet.example.org/plc-7',
      ...extra,
    },
  });
  const sequenceOf = async (id: string) =>
    (await t.dataSource.query(`SELECT sequence FROM huddle WHERE id = $1`, [id]))[0].sequence as number;
  const view = async (client: GqlClient, id: string) => (await client.ok(HUDDLE, { id })).huddle as HuddleView;

  it('requires authentication and facilitation; other tenants get NOT_FOUND; bad input changes nothing', async () => {
    const world = await createCohortWorld(t, 1);
    const [huddle] = await scheduleHuddle(world.facilitator.client, world.cohortId, []);
    const before = await view(world.facilitator.client, huddle.id);
    const later = new Date(Date.parse(huddle.startsAt) + 3600_000).toISOString();
    const stranger = await createTenant(t);

    for (const [op, vars] of [
      [UPDATE, details(huddle, { startsAt: later })],
      [CANCEL, { id: huddle.id, scope: 'THIS' }],
    ] as const) {
      expect((await t.client().fail(op, vars)).extensions?.code).toBe('UNAUTHENTICATED');
      expect((await stranger.owner.fail(op, vars)).extensions?.code).toBe('NOT_FOUND');
      expect((await world.outsider.client.fail(op, vars)).extensions?.code).toBe('NOT_FOUND');
      expect((await world.members[0].client.fail(op, vars)).extensions?.code).toBe('FORBIDDEN');
      expect((await world.observer.client.fail(op, vars)).extensions?.code).toBe('FORBIDDEN');
    }
    // Another tenant's id looks exactly like an unknown one.
    const unknown = await world.facilitator.client.fail(UPDATE, {
      input: { ...details(huddle).input, huddleId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknown.extensions?.code).toBe('NOT_FOUND');

    const invalid = await world.facilitator.client.fail(
      UPDATE,
      details(huddle, { title: 'x', startsAt: later, durationMinutes: 2, joinUrl: 'zoom' }),
    );
    expect(invalid.extensions?.code).toBe('BAD_USER_INPUT');
    expect(invalid.extensions?.fields).toEqual({
      title: 'Use 3 to 160 characters.',
      durationMinutes: 'At least 5 minutes.',
      joinUrl: 'Use the full meeting link (https://…).',
    });
    const badTime = await world.facilitator.client.fail(UPDATE, details(huddle, { startsAt: 'next Thursday' }));
    expect(badTime.extensions?.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(badTime.extensions?.fields ?? {})).toEqual(['startsAt']);
    const badScope = await world.facilitator.client.fail(CANCEL, { id: huddle.id, scope: 'ALL' });
    expect(badScope.extensions?.code).toBe('BAD_USER_INPUT');

    expect(await view(world.facilitator.client, huddle.id)).toEqual(before);
    expect(await sequenceOf(huddle.id)).toBe(0);
    const { notifications } = await world.members[0].client.ok(NOTIFICATIONS, { org: world.organization.id });
    expect(notifications.items).toEqual([]);
  });

  it('moves this and the following meetings to the same new local time across a DST change, and tells the cohort', async () => {
    const world = await createCohortWorld(t, 2);
    const [berlin, utc] = world.members;
    await berlin.client.ok(SET_ZONE, { tz: 'Europe/Berlin' });
    const series = await scheduleHuddle(world.facilitator.client, world.cohortId, [], CHICAGO_SERIES);
    expect(series.map((h) => h.title)).toEqual([1, 2, 3, 4].map((n) => `Weekly PLC (${n}/4)`));
    const [first, second, third, fourth] = series;
    const list = async () =>
      ((await world.facilitator.client.ok(LIST, { id: world.cohortId })).cohort.huddles as HuddleView[]).filter((h) =>
        series.some((s) => s.id === h.id),
      );
    expect((await list()).map((h) => [h.timeZone, h.laterInSeries])).toEqual([
      ['America/Chicago', 3],
      ['America/Chicago', 2],
      ['America/Chicago', 1],
      ['America/Chicago', 0],
    ]);

    // From the second meeting on: Fridays at 5 pm, a new title, a longer slot.
    const { updateHuddle } = await world.facilitator.client.ok(
      UPDATE,
      details(second, {
        title: 'PLC: formative assessment (2/4)',
        startsAt: '2027-03-12T23:00:00.000Z', // Friday 5 pm CST
        durationMinutes: 60,
        scope: 'FOLLOWING',
      }),
    );
    expect(updateHuddle.map((h: HuddleView) => [h.id, h.title, h.startsAt, h.durationMinutes])).toEqual([
      [second.id, 'PLC: formative assessment (2/4)', '2027-03-12T23:00:00.000Z', 60],
      [third.id, 'PLC: formative assessment (3/4)', '2027-03-19T22:00:00.000Z', 60], // Friday 5 pm CDT
      [fourth.id, 'PLC: formative assessment (4/4)', '2027-03-26T22:00:00.000Z', 60],
    ]);
    const localTimes = (await list()).map((h) => {
      const parts = new Intl.DateTimeFormat('en-US', {
        timeZone: 'America/Chicago',
        weekday: 'short',
        hour: 'numeric',
        hourCycle: 'h23',
      }).formatToParts(new Date(h.startsAt));
      return ['weekday', 'hour'].map((type) => parts.find((p) => p.type === type)!.value).join(' ');
    });
    expect(localTimes).toEqual(['Thu 16', 'Fri 17', 'Fri 17', 'Fri 17']);
    expect((await list())[0]).toMatchObject({ title: 'Weekly PLC (1/4)', startsAt: first.startsAt });

    // Only this one: a different link for the third meeting; the others keep theirs.
    const { updateHuddle: only } = await world.facilitator.client.ok(
      UPDATE,
      details(
        { ...third, title: 'PLC: formative assessment (3/4)', startsAt: '2027-03-19T22:00:00.000Z' },
        { durationMinutes: 60, joinUrl: 'https://meet.example.org/room-b' },
      ),
    );
    expect(only.map((h: HuddleView) => h.id)).toEqual([third.id]);
    expect((await list()).map((h) => h.joinUrl)).toEqual([
      'https://meet.example.org/plc-7',
      'https://meet.example.org/plc-7',
      'https://meet.example.org/room-b',
      'https://meet.example.org/plc-7',
    ]);
    expect([await sequenceOf(first.id), await sequenceOf(second.id), await sequenceOf(third.id)]).toEqual([0, 1, 2]);

    // The invitation carries the new time and a higher SEQUENCE, so calendars update the event.
    const invite = await fetch(`${t.baseUrl}/api/huddles/${second.id}/invite.ics`, {
      headers: { cookie: berlin.client.cookie! },
    });
    const [event] = parseEvents(await invite.text());
    expect(event.sequence).toBe(1);
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-03-12T23:00:00.000Z');

    // Each member hears once, with the new time in their own zone; the facilitator who moved it does not.
    const inbox = async (client: GqlClient) =>
      (await client.ok(NOTIFICATIONS, { org: world.organization.id })).notifications.items;
    expect(await inbox(berlin.client)).toEqual([
      {
        kind: 'HUDDLE_RESCHEDULED',
        text: '“PLC: formative assessment (2/4)” moved to Sat 13 Mar 2027, 00:00–01:00 (Europe/Berlin); the 2 later meetings of its series moved with it.',
        link: `/o/${world.organization.id}/huddles/${second.id}`,
      },
    ]);
    expect((await inbox(utc.client))[0].text).toContain('moved to Fri 12 Mar 2027, 23:00–00:00 (UTC)');
    expect(await inbox(world.observer.client)).toHaveLength(1);
    expect(await inbox(world.facilitator.client)).toEqual([]);
    expect(await inbox(world.outsider.client)).toEqual([]);
  });

  it('schedules in the facilitator’s own zone by default and writes the minutes in it', async () => {
    const world = await createCohortWorld(t, 1);
    await world.facilitator.client.ok(SET_ZONE, { tz: 'America/Chicago' });
    const [huddle] = await scheduleHuddle(world.facilitator.client, world.cohortId, []);
    expect((await view(world.members[0].client, huddle.id)).timeZone).toBe('America/Chicago');
    await world.facilitator.client.ok(`mutation ($id: ID!) { startHuddle(id: $id) { status } }`, { id: huddle.id });
    await world.facilitator.client.ok(`mutation ($id: ID!) { endHuddle(id: $id) { status } }`, { id: huddle.id });
    const { minutes } = await view(world.members[0].client, huddle.id);
    expect(minutes).toMatch(/^Started \w{3} \d{1,2} \w{3} \d{4}, \d\d:\d\d \(America\/Chicago\) · Ended /m);
    expect(minutes).not.toContain('UTC');
  });

  it('refuses to edit or cancel a live or ended huddle, and changes nothing', async () => {
    const world = await createCohortWorld(t, 1);
    const [huddle] = await scheduleHuddle(world.facilitator.client, world.cohortId, []);
    const later = new Date(Date.parse(huddle.startsAt) + 86_400_000).toISOString();
    const tryBoth = async (status: string, message: string) => {
      for (const [op, vars] of [
        [UPDATE, details(huddle, { startsAt: later })],
        [CANCEL, { id: huddle.id, scope: 'FOLLOWING' }],
      ] as const) {
        const error = await world.facilitator.client.fail(op, vars);
        expect(error.extensions).toEqual({ code: 'CONFLICT', fields: { huddleId: message } });
        expect(error.message).toBe(message);
      }
      expect(await view(world.facilitator.client, huddle.id)).toMatchObject({ status, startsAt: huddle.startsAt });
      expect(await sequenceOf(huddle.id)).toBe(0);
    };
    await world.facilitator.client.ok(`mutation ($id: ID!) { startHuddle(id: $id) { status } }`, { id: huddle.id });
    await tryBoth('LIVE', 'This huddle is live: it can no longer be changed.');
    await world.facilitator.client.ok(`mutation ($id: ID!) { endHuddle(id: $id) { status } }`, { id: huddle.id });
    await tryBoth('ENDED', 'This huddle has ended: it can no longer be changed.');
  });

  it('cancels this and the following meetings: kept, STATUS:CANCELLED in the feed, never nudged nor started', async () => {
    const world = await createCohortWorld(t, 2);
    const [member] = world.members;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, { title: 'Exit tickets' });
    const soon = (hours: number) => new Date(Date.now() + hours * 3600_000).toISOString();
    // Two huddles in the next 48 hours, both linked to the prompt nobody has answered: one is called off.
    const [kept] = await scheduleHuddle(world.facilitator.client, world.cohortId, [promptId], { startsAt: soon(30) });
    const series = await scheduleHuddle(world.facilitator.client, world.cohortId, [promptId], {
      title: 'Weekly PLC',
      startsAt: soon(20),
      recurrence: 'WEEKLY',
      occurrences: 3,
    });
    await world.facilitator.client.ok(`mutation ($input: AgendaItemInput!) { addAgendaItem(input: $input) { id } }`, {
      input: { huddleId: series[0].id, title: 'Check-in' },
    });

    const { cancelHuddle } = await world.facilitator.client.ok(CANCEL, { id: series[0].id, scope: 'FOLLOWING' });
    expect(cancelHuddle.map((h: HuddleView) => [h.id, h.status])).toEqual(series.map((h) => [h.id, 'CANCELLED']));
    // Kept, with what was prepared for it; a second cancellation changes nothing.
    expect(await view(member.client, series[0].id)).toMatchObject({
      status: 'CANCELLED',
      agenda: [{ title: 'Check-in' }],
    });
    await world.facilitator.client.ok(CANCEL, { id: series[0].id, scope: 'THIS' });
    expect(await sequenceOf(series[0].id)).toBe(1);

    const nudges = t.app.get(NudgeService);
    expect(await nudges.runDue(new Date())).toBe(2); // the kept huddle only, once per member
    const { notifications } = await member.client.ok(NOTIFICATIONS, { org: world.organization.id });
    expect(notifications.items.map((n: { kind: string }) => n.kind).sort()).toEqual([
      'HUDDLE_CANCELLED',
      'HUDDLE_NUDGE',
    ]);
    const cancelled = notifications.items.find((n: { kind: string }) => n.kind === 'HUDDLE_CANCELLED');
    expect(cancelled.text).toMatch(
      /^“Weekly PLC \(1\/3\)” on .+ \(UTC\) is cancelled, and so are the 2 later meetings/,
    );
    expect(cancelled.link).toBe(`/o/${world.organization.id}/huddles/${series[0].id}`);

    const start = await world.facilitator.client.fail(`mutation ($id: ID!) { startHuddle(id: $id) { status } }`, {
      id: series[1].id,
    });
    expect(start.extensions?.code).toBe('CONFLICT');
    const edit = await world.facilitator.client.fail(UPDATE, details(series[1]));
    expect(edit.extensions?.code).toBe('CONFLICT');
    expect((await view(member.client, series[1].id)).status).toBe('CANCELLED');

    // The member's calendar feed: cancelled ones say so, with a higher SEQUENCE; the kept one is unchanged.
    const { enableCalendarFeed } = await member.client.ok(`mutation { enableCalendarFeed }`);
    const feed = parseEvents(await (await fetch(`${t.baseUrl}${new URL(enableCalendarFeed).pathname}`)).text());
    const byUid = (id: string) => feed.find((e) => e.uid === `huddle-${id}@openhuddle`)!;
    for (const h of series) {
      const event = byUid(h.id);
      expect(event.component.getFirstPropertyValue('status')).toBe('CANCELLED');
      expect(event.sequence).toBe(1);
      expect(event.summary).toBe(`Cancelled: ${h.title}`);
    }
    expect(byUid(kept.id).component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(byUid(kept.id).sequence).toBe(0);
  });
});
