import { describe, expect, it } from '@jest/globals';
import type { TemplatePrompt } from './template-body';
import { parseCalendarDate, scheduleProgram } from './program-schedule';

const prompt = (opens: [number, string], due?: [number, string]): TemplatePrompt =>
  ({
    title: 'P',
    opens: { day: opens[0], time: opens[1] },
    due: due ? { day: due[0], time: due[1] } : null,
    closes: null,
    reveal: null,
  }) as TemplatePrompt;
const huddle = (day: number, time: string) => ({
  title: 'H',
  at: { day, time },
  durationMinutes: 45,
  promptPositions: [],
  agenda: [],
});

describe('scheduleProgram', () => {
  it('keeps local times across the US spring change (America/New_York, 8 March 2026)', () => {
    const s = scheduleProgram(
      { prompts: [prompt([0, '09:00'], [7, '09:00'])], huddles: [huddle(2, '16:00'), huddle(9, '16:00')] },
      { startDate: '2026-03-05', timeZone: 'America/New_York', skipDates: [] },
    );
    expect(s.prompts[0]!.opensAt.toISOString()).toBe('2026-03-05T14:00:00.000Z'); // EST, UTC-5
    expect(s.prompts[0]!.dueAt!.toISOString()).toBe('2026-03-12T13:00:00.000Z'); // EDT, UTC-4
    expect(s.huddles.map((h) => h.startsAt.toISOString())).toEqual([
      '2026-03-07T21:00:00.000Z',
      '2026-03-14T20:00:00.000Z',
    ]);
    expect(s.lastDate).toBe('2026-03-14');
  });

  it('moves what falls on a skipped date to the next date not skipped, and only that', () => {
    const s = scheduleProgram(
      { prompts: [prompt([0, '09:00'], [3, '17:00'])], huddles: [huddle(1, '10:00')] },
      { startDate: '2026-12-23', timeZone: 'UTC', skipDates: ['2026-12-24', '2026-12-25', '2026-12-26'] },
    );
    expect(s.prompts[0]!.opensAt.toISOString()).toBe('2026-12-23T09:00:00.000Z');
    expect(s.prompts[0]!.dueAt!.toISOString()).toBe('2026-12-27T17:00:00.000Z');
    expect(s.prompts[0]!.moved).toBe(true);
    expect(s.huddles[0]!.startsAt.toISOString()).toBe('2026-12-27T10:00:00.000Z');
    expect(s.huddles[0]!.moved).toBe(true);
  });

  it('never lets a due date come before an opening a skipped date moved', () => {
    const s = scheduleProgram(
      { prompts: [prompt([0, '15:00'], [1, '09:00'])], huddles: [] },
      { startDate: '2026-06-01', timeZone: 'UTC', skipDates: ['2026-06-01', '2026-06-02'] },
    );
    expect(s.prompts[0]!.opensAt.toISOString()).toBe('2026-06-03T15:00:00.000Z');
    expect(s.prompts[0]!.dueAt!.toISOString()).toBe('2026-06-03T15:00:00.000Z');
  });

  it('reads only real calendar dates', () => {
    expect(parseCalendarDate('2026-02-28')).toBe(Date.UTC(2026, 1, 28));
    expect(parseCalendarDate('2026-02-30')).toBeNaN();
    expect(parseCalendarDate('28/02/2026')).toBeNaN();
  });
});
