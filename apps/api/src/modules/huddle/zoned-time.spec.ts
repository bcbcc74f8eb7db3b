import { repeatAtLocalTime, zoneOffsetMs } from './zoned-time';

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
