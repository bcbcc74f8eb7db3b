import ICAL from 'ical.js';
import { scheduleHuddle } from '../../../test/huddle-factories';
import { createCohortWorld, openPrompt } from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';

function parseEvents(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('calendar: .ics invitations and the private feed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('keeps a weekly 4 pm Chicago huddle at 4 pm local across the DST change, in a feed any iCalendar parser reads', async () => {
    const world = await createCohortWorld(t, 1);
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, {
      dueAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    const series = await scheduleHuddle(world.facilitator.client, world.cohortId, [promptId], {
      title: 'Weekly PLC',
      startsAt: '2026-10-22T21:00:00.000Z', // Thursday 4 pm CDT
      recurrence: 'WEEKLY',
      occurrences: 3,
      timeZone: 'America/Chicago',
      allowPast: true, // a fixed date around the 2026 DST change, which may be in the past when this runs
    });
    expect(series.map((h) => h.startsAt)).toEqual([
      '2026-10-22T21:00:00.000Z',
      '2026-10-29T21:00:00.000Z',
      '2026-11-05T22:00:00.000Z',
    ]);

    const member = world.members[0];
    const { enableCalendarFeed } = await member.client.ok(`mutation { enableCalendarFeed }`);
    const url = new URL(enableCalendarFeed);
    const res = await fetch(`${t.baseUrl}${url.pathname}`);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const events = parseEvents(await res.text());
    const huddles = events.filter((e) => e.summary.startsWith('Weekly PLC'));
    expect(huddles).toHaveLength(3);
    const localHours = huddles.map((e) => {
      const start = e.startDate.toJSDate();
      return new Intl.DateTimeFormat('en-US', { timeZone: 'America/Chicago', hour: 'numeric', hour12: false }).format(
        start,
      );
    });
    expect(localHours).toEqual(['16', '16', '16']);
    expect(huddles[0].duration.toSeconds()).toBe(45 * 60);
    expect(events.some((e) => e.summary.startsWith('Due: '))).toBe(true);

    // Revocable: a new URL replaces the old one, and disabling kills it.
    const { enableCalendarFeed: second } = await member.client.ok(`mutation { enableCalendarFeed }`);
    expect((await fetch(`${t.baseUrl}${url.pathname}`)).status).toBe(404);
    await member.client.ok(`mutation { disableCalendarFeed }`);
    expect((await fetch(`${t.baseUrl}${new URL(second).pathname}`)).status).toBe(404);
  });

  it('offers each huddle as an .ics invitation to those who can see it', async () => {
    const world = await createCohortWorld(t, 1);
    const [huddle] = await scheduleHuddle(world.facilitator.client, world.cohortId, []);
    const get = (cookie: string | null) =>
      fetch(`${t.baseUrl}/api/huddles/${huddle.id}/invite.ics`, { headers: cookie ? { cookie } : {} });
    const ok = await get(world.members[0].client.cookie);
    expect(ok.status).toBe(200);
    const [event] = parseEvents(await ok.text());
    // iCalendar has one-second precision.
    expect(event.startDate.toJSDate().getTime()).toBe(Math.floor(Date.parse(huddle.startsAt) / 1000) * 1000);
    expect(event.location).toBe('https://meet.example.org/plc-7');
    expect((await get(null)).status).toBe(401);
    expect((await get(world.outsider.client.cookie)).status).toBe(404);
  });
});
