import { describe, expect, it } from 'vitest';
import { nudgeLabel, nudgeSummary } from './huddle-words';

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
