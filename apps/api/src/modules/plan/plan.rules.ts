import { PlanEvidenceKind, PlanItemKind } from '@openhuddle/shared';
import type { FieldErrors } from '../../common/errors/app-error';
import type { PlanFieldChange } from './plan-change.entity';

/** A real calendar day (the input pattern lets 2026-02-30 by). */
export function isCalendarDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** What is wrong with a start/end pair, keyed by the input field; empty when fine. */
export function dateRangeErrors(
  start: string | null | undefined,
  end: string | null | undefined,
  endField: string,
  startField = 'startsOn',
): FieldErrors {
  const errors: FieldErrors = {};
  if (start && !isCalendarDay(start)) errors[startField] = 'Use a real date (YYYY-MM-DD).';
  if (end && !isCalendarDay(end)) errors[endField] = 'Use a real date (YYYY-MM-DD).';
  if (start && end && !errors[startField] && !errors[endField] && end < start) {
    errors[endField] = 'Pick a day on or after the start.';
  }
  return errors;
}

/** The kind an item takes under its parent, or null when nothing may go there (under an action step). */
export function childKind(parentKind: PlanItemKind | null): PlanItemKind | null {
  switch (parentKind) {
    case null:
      return PlanItemKind.GOAL;
    case PlanItemKind.GOAL:
      return PlanItemKind.STRATEGY;
    case PlanItemKind.STRATEGY:
      return PlanItemKind.ACTION_STEP;
    default:
      return null;
  }
}

export interface EvidenceFacts {
  kind: PlanEvidenceKind;
  contributionId?: string | null;
  url?: string | null;
  value?: number | null;
  measuredOn?: string | null;
  note: string;
}

/** Each kind needs its own field and takes no other kind's (so nothing sent is silently dropped). */
export function evidenceErrors(input: EvidenceFacts, itemHasMeasure: boolean): FieldErrors {
  const errors: FieldErrors = {};
  const needs = (field: keyof EvidenceFacts, message: string) => {
    if (input[field] === null || input[field] === undefined) errors[field] = message;
  };
  const refuses = (field: keyof EvidenceFacts) => {
    if (input[field] !== null && input[field] !== undefined) errors[field] = `Not used for ${input.kind} evidence.`;
  };
  switch (input.kind) {
    case PlanEvidenceKind.CONTRIBUTION:
      needs('contributionId', 'Pick the contribution.');
      refuses('url');
      refuses('value');
      refuses('measuredOn');
      break;
    case PlanEvidenceKind.LINK:
      needs('url', 'Give the link.');
      refuses('contributionId');
      refuses('value');
      refuses('measuredOn');
      break;
    case PlanEvidenceKind.MEASURE_VALUE:
      if (!itemHasMeasure) errors.kind = 'This item has no measure: add one before recording values.';
      needs('value', 'Give the value.');
      if (input.measuredOn && !isCalendarDay(input.measuredOn)) errors.measuredOn = 'Use a real date (YYYY-MM-DD).';
      refuses('contributionId');
      refuses('url');
      break;
    case PlanEvidenceKind.NOTE:
      if (!input.note.trim()) errors.note = 'Write the note.';
      refuses('contributionId');
      refuses('url');
      refuses('value');
      refuses('measuredOn');
      break;
  }
  return errors;
}

type Shown = string | number | null | undefined;
const shown = (value: unknown): string | null =>
  value === null || value === undefined || value === '' ? null : String(value as Shown);

/** The fields of `after` that differ in `before`, as the history shows them. */
export function fieldChanges(before: object, after: Record<string, Shown>): PlanFieldChange[] {
  const old = before as Record<string, unknown>;
  return Object.keys(after)
    .filter((field) => shown(old[field]) !== shown(after[field]))
    .map((field) => ({ field, from: shown(old[field]), to: shown(after[field]) }));
}
