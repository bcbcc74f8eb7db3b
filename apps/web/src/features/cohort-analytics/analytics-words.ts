import type { ParticipationState } from '../../generated/graphql';

/** A heatmap cell in words (the cell shows a symbol and a colour; its text is the same word). */
export const STATE_LABELS: Record<ParticipationState, string> = {
  ON_TIME: 'On time',
  LATE: 'Late',
  MISSING: 'Missing',
  HIDDEN: 'Not yours to know',
};

export const STATE_SYMBOLS: Record<ParticipationState, string> = {
  ON_TIME: '●',
  LATE: '◐',
  MISSING: '○',
  HIDDEN: '·',
};

/** Share of `part` in `whole` as a whole percentage ("—" without a whole). */
export function percent(part: number, whole: number): string {
  return whole > 0 ? `${Math.round((part / whole) * 100)}%` : '—';
}
