import { roundResult, trendOf, type ScoreCount } from './pulse-results';

const QUESTIONS = ['Huddles are worth my time.', 'I feel safe sharing.'];
const round = (respondentCount: number, number = 1) => ({
  roundId: `r${number}`,
  number,
  openedAt: new Date(`2026-11-0${number}T08:00:00Z`),
  respondentCount,
});
const counts = (roundId: string, q0: number[], q1: number[]): ScoreCount[] => [
  ...q0.map((count, i) => ({ roundId, questionIndex: 0, score: i + 1, count })),
  ...q1.map((count, i) => ({ roundId, questionIndex: 1, score: i + 1, count })),
];

describe('pulse round results (rule 8)', () => {
  it('shows nothing but the count when 4 answered, even if answers are handed over', () => {
    const r = roundResult(round(4), QUESTIONS, counts('r1', [0, 0, 1, 2, 1], [1, 1, 1, 1, 0]), ['Loved it']);
    expect(r).toMatchObject({ shown: false, respondentCount: 4, minRespondents: 5, questions: [], comments: [] });
  });

  it('shows distribution, mean and comments when 5 answered', () => {
    const r = roundResult(round(5), QUESTIONS, counts('r1', [0, 0, 1, 2, 2], [1, 1, 1, 1, 1]), ['More time, please']);
    expect(r.shown).toBe(true);
    expect(r.questions[0]).toEqual({ index: 0, text: QUESTIONS[0], distribution: [0, 0, 1, 2, 2], mean: 4.2 });
    expect(r.questions[1]!.mean).toBe(3);
    expect(r.comments).toEqual(['More time, please']);
  });

  it('draws the trend only from rounds that reached the threshold', () => {
    const rounds = [
      roundResult(round(6, 1), QUESTIONS, counts('r1', [0, 0, 2, 2, 2], [0, 0, 6, 0, 0]), []),
      roundResult(round(3, 2), QUESTIONS, counts('r2', [0, 0, 0, 3, 0], [0, 0, 3, 0, 0]), []),
      roundResult(round(5, 3), QUESTIONS, counts('r3', [0, 0, 0, 0, 5], [0, 0, 0, 5, 0]), []),
    ];
    expect(trendOf(rounds).map((p) => [p.roundNumber, p.means])).toEqual([
      [1, [4, 3]],
      [3, [5, 4]],
    ]);
  });
});
