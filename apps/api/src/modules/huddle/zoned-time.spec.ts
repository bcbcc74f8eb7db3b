import { repeatAtLocalTime, shiftByLocalDifference, zoneOffsetMs } from './zoned-time';

describe('repeatAtLocalTime', () => {
  it('keeps a weekly Chicago meeting at 4 pm local across the November DST change', () => {
    const first = new Date('2026-10-22T21:00:00Z'); // Thursday 4 pm CDT (UTC-5)
    const dates = repeatAtLocalTime(first, 'America/Chicago', 7, 3).map((d) => d.toISOString());
    expect(dates).toEqual(['2026-10-22T21:00:00.000Z', '2026-10-29T21:00:00.000Z', '2026-11-05T22:00:00.000Z']);
  });

  it('knows zone offsets', () => {
    expect(zoneOffsetMs(Date.parse('2026-01-15T12:00:00Z'), 'America/Chicago')).toBe(-6 * 3600_000);
    expect(zoneOffsetMs(Date.parse('2026-07-15T12:00:00Z'), 'Europe/Berlin')).toBe(2 * 3600_000);
  });
});

describe('shiftByLocalDifference', () => {
  it('moves a later meeting to the same new local weekday and time across a DST change', () => {
    const from = new Date('2027-03-11T22:00:00Z'); // Thursday 4 pm CST (UTC-6)
    const to = new Date('2027-03-12T23:00:00Z'); // Friday 5 pm CST
    const later = new Date('2027-03-18T21:00:00Z'); // Thursday 4 pm CDT (UTC-5), after the change
    expect(shiftByLocalDifference(later, from, to, 'America/Chicago').toISOString()).toBe('2027-03-19T22:00:00.000Z');
  });
});
