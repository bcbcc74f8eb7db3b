import { describe, expect, it } from 'vitest';
import { huddleWhen, nudgeLabel, nudgeSummary } from './huddle-words';

describe('reminder words', () => {
  it('says how long before the start, in the largest whole unit', () => {
    expect([168, 336, 48, 24, 36, 2, 1].map(nudgeLabel)).toEqual([
      '1 week',
      '2 weeks',
      '2 days',
      '1 day',
      '36 hours',
      '2 hours',
      '1 hour',
    ]);
    expect(nudgeSummary([2, 48])).toBe('2 days and 2 hours before');
    expect(nudgeSummary([2, 24, 168])).toBe('1 week, 1 day and 2 hours before');
    expect(nudgeSummary([6])).toBe('6 hours before');
  });
});

describe('when a huddle happened', () => {
  const planned = { status: 'ENDED' as const, startsAt: '2026-12-08T15:00:00.000Z', durationMinutes: 45 };

  it('shows an ended huddle on the day it ran, with the planned day beside it', () => {
    const text = huddleWhen(
      { ...planned, startedAt: '2026-12-01T15:00:00.000Z', endedAt: '2026-12-01T15:40:00.000Z' },
      'UTC',
    );
    expect(text).toMatch(/^Held .*(1 Dec|Dec 1),.*3:00.*3:40.* · planned .*(8 Dec|Dec 8)/);
  });

  it('says "held" without repeating the plan when it ran on the planned day, and the plan when it has not run', () => {
    const sameDay = huddleWhen(
      { ...planned, startedAt: '2026-12-08T15:05:00.000Z', endedAt: '2026-12-08T15:50:00.000Z' },
      'UTC',
    );
    expect(sameDay).toMatch(/^Held .*(8 Dec|Dec 8)/);
    expect(sameDay).not.toContain('planned');
    expect(huddleWhen({ ...planned, status: 'SCHEDULED' }, 'UTC')).not.toContain('Held');
  });
});
