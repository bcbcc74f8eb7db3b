import { planSeriesEdit } from './series-edit';

const meeting = (n: number, startsAt: string) => ({
  id: `h${n}`,
  title: `Weekly PLC (${n}/4)`,
  startsAt: new Date(startsAt),
  durationMinutes: 45,
  joinUrl: 'https://meet.example.org/plc' as string | null,
  nudgeHours: [48, 2],
});

// Thursdays 4 pm in Chicago; daylight-saving time starts on Sunday 14 March 2027.
const series = [
  meeting(1, '2027-03-04T22:00:00Z'),
  meeting(2, '2027-03-11T22:00:00Z'),
  meeting(3, '2027-03-18T21:00:00Z'),
  meeting(4, '2027-03-25T21:00:00Z'),
];

describe('planSeriesEdit', () => {
  it('moves later meetings to the same new local weekday and time across the DST change', () => {
    const [, second, ...later] = series;
    const plan = planSeriesEdit(
      second,
      later,
      { ...second, startsAt: new Date('2027-03-12T23:00:00Z') }, // Friday 5 pm CST
      'America/Chicago',
    );
    expect(plan.map((p) => [p.huddle.id, p.after.startsAt.toISOString(), p.rescheduled])).toEqual([
      ['h2', '2027-03-12T23:00:00.000Z', true],
      ['h3', '2027-03-19T22:00:00.000Z', true], // Friday 5 pm CDT
      ['h4', '2027-03-26T22:00:00.000Z', true],
    ]);
  });

  it('carries only what changed, keeps each meeting’s numbering and leaves unchanged meetings out', () => {
    const [first, second, third, fourth] = series;
    const customLink = { ...fourth, joinUrl: 'https://meet.example.org/special' };
    const plan = planSeriesEdit(
      second,
      [third, customLink],
      { ...second, title: 'PLC: formative assessment (2/4)' },
      'America/Chicago',
    );
    expect(plan.map((p) => [p.huddle.id, p.after.title, p.after.joinUrl, p.rescheduled])).toEqual([
      ['h2', 'PLC: formative assessment (2/4)', 'https://meet.example.org/plc', false],
      ['h3', 'PLC: formative assessment (3/4)', 'https://meet.example.org/plc', false],
      ['h4', 'PLC: formative assessment (4/4)', 'https://meet.example.org/special', false],
    ]);
    expect(planSeriesEdit(first, [], { ...first }, 'America/Chicago')).toEqual([]);
    const longer = planSeriesEdit(first, [second], { ...first, durationMinutes: 60, joinUrl: null }, 'UTC');
    expect(longer.map((p) => [p.after.durationMinutes, p.after.joinUrl, p.rescheduled])).toEqual([
      [60, null, true],
      [60, null, true],
    ]);
  });

  it('carries new reminder times to the later meetings without re-sending their calendar events', () => {
    const [first, second, third] = series;
    const ownReminders = { ...third, nudgeHours: [24] };
    const plan = planSeriesEdit(first, [second, ownReminders], { ...first, nudgeHours: [168, 2] }, 'UTC');
    expect(plan.map((p) => [p.huddle.id, p.after.nudgeHours, p.calendarChanged, p.rescheduled])).toEqual([
      ['h1', [168, 2], false, false],
      ['h2', [168, 2], false, false],
      ['h3', [168, 2], false, false],
    ]);
    // Reminders left as they were stay each meeting's own, also when something else changes.
    const retitled = planSeriesEdit(first, [ownReminders], { ...first, title: 'PLC (1/4)' }, 'UTC');
    expect(retitled.map((p) => [p.after.title, p.after.nudgeHours, p.calendarChanged])).toEqual([
      ['PLC (1/4)', [48, 2], true],
      ['PLC (3/4)', [24], true],
    ]);
    expect(planSeriesEdit(first, [second], { ...first, nudgeHours: [] }, 'UTC').map((p) => p.after.nudgeHours)).toEqual(
      [[], []],
    );
  });
});
