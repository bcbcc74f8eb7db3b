import { composeMinutes, type MinutesInput } from './minutes';

const base: MinutesInput = {
  title: 'Weekly PLC',
  timeZone: 'America/Chicago',
  startedAt: new Date('2026-11-24T22:00:00Z'),
  endedAt: new Date('2026-11-24T22:45:00Z'),
  agenda: [{ id: 'a1', title: 'Hinge questions', notes: [{ author: 'Ana', body: 'Try one\nper week' }] }],
  decisions: [
    { agendaItemId: 'a1', text: 'Everyone tries one.' },
    { agendaItemId: null, text: 'Meet again in two weeks.' },
  ],
  actionItems: [{ owner: 'Ben', text: 'Share the bank', dueOn: '2026-12-01' }],
  attendees: ['Ana', 'Ben'],
};

describe('composeMinutes', () => {
  it('writes the times in the huddle’s own time zone, not UTC', () => {
    const md = composeMinutes(base);
    expect(md).toContain('Started Tue 24 Nov 2026, 16:00 (America/Chicago) · Ended 16:45\n');
    expect(md).not.toContain('UTC');
  });

  it('follows daylight saving and shows the end in full when it falls on another local day', () => {
    const md = composeMinutes({
      ...base,
      timeZone: 'Europe/Berlin',
      startedAt: new Date('2026-07-01T21:30:00Z'), // 23:30 CEST
      endedAt: new Date('2026-07-01T22:15:00Z'), // 00:15 the next day
    });
    expect(md).toContain('Started Wed 1 Jul 2026, 23:30 (Europe/Berlin) · Ended Thu 2 Jul 2026, 00:15\n');
  });

  it('says when it ended if it never started, and lays out agenda, notes, decisions and actions', () => {
    const md = composeMinutes({ ...base, startedAt: null });
    expect(md).toBe(
      [
        '# Minutes: Weekly PLC',
        '',
        'Ended Tue 24 Nov 2026, 16:45 (America/Chicago)',
        '',
        '**Attendance (2):** Ana, Ben',
        '',
        '## Hinge questions',
        '',
        '- _Ana:_ Try one per week',
        '- **Decision:** Everyone tries one.',
        '',
        '## Decisions',
        '',
        '- Meet again in two weeks.',
        '',
        '## Action items',
        '',
        '- [ ] Share the bank — Ben (due 2026-12-01)',
        '',
      ].join('\n'),
    );
  });
});
