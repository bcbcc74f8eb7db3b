import { PULSE_LIMITS } from '@openhuddle/shared';
import type { PulseSchedule } from '../../generated/graphql';

export const SCHEDULE_LABELS: Record<PulseSchedule, string> = {
  ONCE: 'Once',
  WEEKLY: 'Every week',
  AFTER_HUDDLE: 'After each huddle',
};

/** What a round below the threshold says instead of its results (rule 8). */
export function thresholdMessage(respondentCount: number, minRespondents: number = PULSE_LIMITS.minRespondents) {
  return `Results appear when ${minRespondents} people have answered (${respondentCount} so far).`;
}

/** "4.2 / 5" */
export const meanLabel = (mean: number) => `${mean.toFixed(1)} / ${PULSE_LIMITS.scaleMax}`;
