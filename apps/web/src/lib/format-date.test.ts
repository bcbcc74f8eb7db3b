import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDay, formatDueOn, formatHuddleTime } from './format-date';

describe('dates in the viewer’s zone', () => {
  const evening = '2026-11-25T23:30:00.000Z';

  it('shows an instant on the profile zone’s calendar, not the browser’s', () => {
    expect(formatDate(evening, 'UTC')).toContain('25');
    expect(formatDate(evening, 'Asia/Tokyo')).toContain('26');
    expect(formatDateTime(evening, 'Asia/Tokyo')).toMatch(/8:30/);
  });

  it('falls back to the browser’s zone when the zone is unknown', () => {
    expect(formatDate(evening, 'Not/AZone')).toBe(formatDate(evening));
  });

  it('shows a huddle as one day and a start–end range', () => {
    expect(formatHuddleTime('2026-11-26T14:30:00.000Z', 45, 'Europe/Berlin')).toMatch(/3:30.*4:15/);
  });

  it('keeps a plain day on its date whatever the zone', () => {
    expect(formatDay('2026-03-01')).toContain('2026');
    expect(formatDay('2026-03-01')).toContain('1');
    expect(formatDueOn('2026-03-01')).toMatch(/Sun/);
  });

  it('names the year when it is not the current one, and only then', () => {
    const thisYear = new Date().getFullYear();
    const now = `${thisYear}-06-15T12:00:00.000Z`;
    expect(formatDateTime(now, 'UTC')).not.toContain(String(thisYear));
    expect(formatDateTime('2020-12-08T12:00:00.000Z', 'UTC')).toContain('2020');
    expect(formatHuddleTime('2020-12-08T12:00:00.000Z', 45, 'UTC')).toContain('2020');
    expect(formatHuddleTime(now, 45, 'UTC')).not.toContain(String(thisYear));
    expect(formatDueOn('2020-12-08')).toContain('2020');
  });
});
