import { SelfAssessmentVisibility } from '@openhuddle/shared';
import { reachesThreshold, type RoundStanding, selfAssessmentPolicy } from './self-assessment.policy';

const standing = (over: Partial<RoundStanding>): RoundStanding => ({
  participant: false,
  facilitator: false,
  open: true,
  visibility: SelfAssessmentVisibility.AGGREGATE_ONLY,
  ...over,
});

describe('self-assessment policy', () => {
  it('lets participants answer while open, and only facilitators read results', () => {
    expect(selfAssessmentPolicy.answer(standing({ participant: true }))).toBe(true);
    expect(selfAssessmentPolicy.answer(standing({ participant: true, open: false }))).toBe(false);
    expect(selfAssessmentPolicy.answer(standing({ facilitator: true }))).toBe(false);
    expect(selfAssessmentPolicy.viewResults(standing({ participant: true }))).toBe(false);
    expect(selfAssessmentPolicy.read(standing({}))).toBe(false);
  });

  it('shows individuals to facilitators only when the round says so', () => {
    expect(selfAssessmentPolicy.seeIndividuals(standing({ facilitator: true }))).toBe(false);
    const told = { visibility: SelfAssessmentVisibility.FACILITATORS_SEE_INDIVIDUALS };
    expect(selfAssessmentPolicy.seeIndividuals(standing({ facilitator: true, ...told }))).toBe(true);
    expect(selfAssessmentPolicy.seeIndividuals(standing({ participant: true, ...told }))).toBe(false);
  });

  it('holds aggregates back under 5 where individuals are hidden', () => {
    expect(reachesThreshold(4, SelfAssessmentVisibility.AGGREGATE_ONLY)).toBe(false);
    expect(reachesThreshold(5, SelfAssessmentVisibility.AGGREGATE_ONLY)).toBe(true);
    expect(reachesThreshold(1, SelfAssessmentVisibility.FACILITATORS_SEE_INDIVIDUALS)).toBe(true);
  });
});
