import { PULSE_LIMITS } from '@openhuddle/shared';
import type { PulseQuestionResult, PulseRoundResult, PulseTrendPoint } from './dto/pulse-survey.types';

/** A round and how many answered it (pulse_response), before anything of its answers is shown. */
export interface RoundCount {
  roundId: string;
  number: number;
  openedAt: Date;
  respondentCount: number;
}

/** How many chose `score` for question `questionIndex` in a round (an aggregate, never a row). */
export interface ScoreCount {
  roundId: string;
  questionIndex: number;
  score: number;
  count: number;
}

/** Rule 8: a round's answers are shown only when at least this many people answered it. */
export const reachesThreshold = (respondentCount: number): boolean => respondentCount >= PULSE_LIMITS.minRespondents;

function questionResult(index: number, text: string, counts: ScoreCount[]): PulseQuestionResult {
  const distribution = Array.from({ length: PULSE_LIMITS.scaleMax }, () => 0);
  for (const c of counts) if (c.score >= 1 && c.score <= PULSE_LIMITS.scaleMax) distribution[c.score - 1]! += c.count;
  const total = distribution.reduce((a, b) => a + b, 0);
  const sum = distribution.reduce((a, n, i) => a + n * (i + 1), 0);
  return { index, text, distribution, mean: total ? Math.round((sum / total) * 100) / 100 : 0 };
}

/**
 * What a round shows: below the threshold only how many answered — no distribution, no mean, no
 * comment — whatever the repository handed over (it already leaves those rounds out; this holds
 * the rule a second time, where the shape of the answer is decided).
 */
export function roundResult(
  round: RoundCount,
  questions: readonly string[],
  counts: readonly ScoreCount[],
  comments: readonly string[],
): PulseRoundResult {
  const base = {
    roundId: round.roundId,
    number: round.number,
    openedAt: round.openedAt,
    respondentCount: round.respondentCount,
    minRespondents: PULSE_LIMITS.minRespondents,
  };
  if (!reachesThreshold(round.respondentCount)) return { ...base, shown: false, questions: [], comments: [] };
  const mine = counts.filter((c) => c.roundId === round.roundId);
  return {
    ...base,
    shown: true,
    questions: questions.map((text, i) =>
      questionResult(
        i,
        text,
        mine.filter((c) => c.questionIndex === i),
      ),
    ),
    comments: [...comments],
  };
}

/** The trend: each shown round's mean per question, oldest first. */
export function trendOf(rounds: readonly PulseRoundResult[]): PulseTrendPoint[] {
  return rounds
    .filter((r) => r.shown)
    .map((r) => ({ roundNumber: r.number, openedAt: r.openedAt, means: r.questions.map((q) => q.mean) }));
}
