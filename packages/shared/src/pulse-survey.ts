/** How often a PulseSurvey opens a new round (PRODUCT.md: PulseSurvey). */
export enum PulseSchedule {
  /** One round, then the survey is done. */
  ONCE = 'ONCE',
  /** A new round every seven days from the first. */
  WEEKLY = 'WEEKLY',
  /** A new round when each of the cohort's huddles ends. */
  AFTER_HUDDLE = 'AFTER_HUDDLE',
}

export const PULSE_LIMITS = {
  /** Rule 8: results are shown only as aggregates of at least this many people. */
  minRespondents: 5,
  titleMax: 120,
  questionsMin: 1,
  questionsMax: 6,
  questionMax: 200,
  commentPromptMax: 200,
  commentMax: 1000,
  /** The Likert scale runs from 1 (strongly disagree) to this. */
  scaleMax: 5,
  /** How long a round stays open, in days. */
  windowDaysMax: 14,
  /** How many past rounds the trend shows. */
  trendRounds: 12,
} as const;

/** The labels of the Likert scale, 1 to PULSE_LIMITS.scaleMax. */
export const PULSE_SCALE_LABELS = ['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree'] as const;

/** The questions a new pulse starts from (a facilitator edits them before sending). */
export const DEFAULT_PULSE_QUESTIONS: readonly string[] = [
  'Our huddles are a good use of my time.',
  'I feel safe sharing work that did not go well.',
  'I am trying something new in my practice because of this group.',
  'The feedback I get here helps my students.',
];

export const DEFAULT_PULSE_COMMENT_PROMPT = 'Anything else you want the facilitator to know?';
