import { SELF_ASSESSMENT_LIMITS, SelfAssessmentVisibility } from '@openhuddle/shared';

/** Where the viewer stands with a round. */
export interface RoundStanding {
  /** Asked by the round: a member or facilitator of its cohort (or of the organisation). */
  participant: boolean;
  /** Runs it: the cohort's facilitators and the organisation's admins (organisation rounds: admins). */
  facilitator: boolean;
  open: boolean;
  visibility: SelfAssessmentVisibility;
}

/**
 * Who may do what with a self-assessment round. A member sees their own answers only; the
 * round's facilitators see aggregates, and each person's answers only when the round says so.
 */
export const selfAssessmentPolicy = {
  read: (s: RoundStanding): boolean => s.participant || s.facilitator,
  answer: (s: RoundStanding): boolean => s.participant && s.open,
  viewResults: (s: RoundStanding): boolean => s.facilitator,
  seeIndividuals: (s: RoundStanding): boolean =>
    s.facilitator && s.visibility === SelfAssessmentVisibility.FACILITATORS_SEE_INDIVIDUALS,
};

/** Aggregates of fewer people than this are not shown where individuals are hidden (like the pulse's rule 8). */
export const reachesThreshold = (count: number, visibility: SelfAssessmentVisibility): boolean =>
  visibility === SelfAssessmentVisibility.FACILITATORS_SEE_INDIVIDUALS ||
  count >= SELF_ASSESSMENT_LIMITS.minRespondents;
