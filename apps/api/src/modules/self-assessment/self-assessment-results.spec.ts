import { SelfAssessmentVisibility } from '@openhuddle/shared';
import { type ResultRespondent, roundResults } from './self-assessment-results';

const practices = [
  { key: 'a', title: 'A', domain: 'D' },
  { key: 'b', title: 'B', domain: 'D' },
];
const people = (n: number, group: string | null): ResultRespondent[] =>
  Array.from({ length: n }, (_, i) => ({
    assessmentId: `${group}-${i}`,
    groupId: group,
    groupName: group,
    growthPracticeKeys: i === 0 ? ['a'] : [],
  }));
const ratingsOf = (rs: ResultRespondent[]) =>
  rs.flatMap((r, i) => [
    { assessmentId: r.assessmentId, practiceKey: 'a', level: (i % 4) + 1 },
    { assessmentId: r.assessmentId, practiceKey: 'b', level: 2 },
  ]);

describe('self-assessment results', () => {
  it('shows nothing of 4 respondents and the distribution of 5 where individuals are hidden', () => {
    const four = people(4, 'T1');
    const hidden = roundResults(practices, 4, four, ratingsOf(four), SelfAssessmentVisibility.AGGREGATE_ONLY);
    expect(hidden).toEqual({
      shown: false,
      heatmap: [],
      practices: [
        { practiceKey: 'a', title: 'A', domain: 'D', distribution: [], mean: null, growthPickCount: null },
        { practiceKey: 'b', title: 'B', domain: 'D', distribution: [], mean: null, growthPickCount: null },
      ],
    });
    const five = people(5, 'T1');
    const shown = roundResults(practices, 4, five, ratingsOf(five), SelfAssessmentVisibility.AGGREGATE_ONLY);
    expect(shown.shown).toBe(true);
    expect(shown.practices[0]).toMatchObject({ distribution: [2, 1, 1, 1], mean: 2.2, growthPickCount: 1 });
    expect(shown.heatmap).toEqual([{ groupName: 'T1', respondentCount: 5, shown: true, means: [2.2, 2] }]);
  });

  it('hides heatmap rows under 5, and one more when the hidden ones could be worked out from the totals', () => {
    const all = [...people(6, 'Big'), ...people(5, 'Mid'), ...people(2, 'Tiny')];
    const r = roundResults(practices, 4, all, ratingsOf(all), SelfAssessmentVisibility.AGGREGATE_ONLY);
    expect(r.heatmap.map((h) => [h.groupName, h.shown])).toEqual([
      ['Big', true],
      ['Mid', false],
      ['Tiny', false],
    ]);
    expect(r.heatmap[1]!.means).toEqual([]);
  });

  it('shows every row when the round lets facilitators see individuals', () => {
    const two = people(2, 'T1');
    const r = roundResults(practices, 4, two, ratingsOf(two), SelfAssessmentVisibility.FACILITATORS_SEE_INDIVIDUALS);
    expect(r.shown).toBe(true);
    expect(r.heatmap[0]).toMatchObject({ respondentCount: 2, shown: true });
  });
});
