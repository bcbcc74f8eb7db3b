import { PlanEvidenceKind, PlanItemKind } from '@openhuddle/shared';
import { childKind, dateRangeErrors, evidenceErrors, fieldChanges, isCalendarDay } from './plan.rules';

describe('plan rules', () => {
  it('knows real calendar days', () => {
    expect(isCalendarDay('2026-02-28')).toBe(true);
    expect(isCalendarDay('2026-02-30')).toBe(false);
    expect(isCalendarDay('2026-13-01')).toBe(false);
  });

  it('refuses an end before the start, and impossible days', () => {
    expect(dateRangeErrors('2026-09-01', '2026-06-30', 'dueOn')).toEqual({
      dueOn: 'Pick a day on or after the start.',
    });
    expect(dateRangeErrors('2026-09-01', '2026-09-01', 'dueOn')).toEqual({});
    expect(dateRangeErrors('2026-02-30', null, 'dueOn')).toEqual({ startsOn: 'Use a real date (YYYY-MM-DD).' });
  });

  it('puts strategies under goals and action steps under strategies, nothing under steps', () => {
    expect(childKind(null)).toBe(PlanItemKind.GOAL);
    expect(childKind(PlanItemKind.GOAL)).toBe(PlanItemKind.STRATEGY);
    expect(childKind(PlanItemKind.STRATEGY)).toBe(PlanItemKind.ACTION_STEP);
    expect(childKind(PlanItemKind.ACTION_STEP)).toBeNull();
  });

  it('asks each evidence kind for its own field and refuses the others', () => {
    expect(evidenceErrors({ kind: PlanEvidenceKind.LINK, note: '' }, false)).toEqual({ url: 'Give the link.' });
    expect(evidenceErrors({ kind: PlanEvidenceKind.NOTE, note: '  ', value: 3 }, false)).toEqual({
      note: 'Write the note.',
      value: 'Not used for NOTE evidence.',
    });
    expect(evidenceErrors({ kind: PlanEvidenceKind.MEASURE_VALUE, value: 61, note: '' }, false)).toEqual({
      kind: 'This item has no measure: add one before recording values.',
    });
    expect(evidenceErrors({ kind: PlanEvidenceKind.MEASURE_VALUE, value: 61, note: '' }, true)).toEqual({});
    expect(evidenceErrors({ kind: PlanEvidenceKind.CONTRIBUTION, contributionId: 'c', note: '' }, false)).toEqual({});
  });

  it('lists only the fields that changed, blanks and nulls alike', () => {
    expect(
      fieldChanges(
        { title: 'A', description: '', dueOn: null },
        { title: 'B', description: null, dueOn: '2026-06-30' },
      ),
    ).toEqual([
      { field: 'title', from: 'A', to: 'B' },
      { field: 'dueOn', from: null, to: '2026-06-30' },
    ]);
  });
});
