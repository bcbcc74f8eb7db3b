/** Role of a person inside one cohort (PRODUCT.md: Cohort). */
export enum CohortRole {
  FACILITATOR = 'FACILITATOR',
  MEMBER = 'MEMBER',
  OBSERVER = 'OBSERVER',
}

export enum ContributionKind {
  IDEA = 'IDEA',
  EVIDENCE = 'EVIDENCE',
  SOLUTION = 'SOLUTION',
  QUESTION = 'QUESTION',
  REFLECTION = 'REFLECTION',
  UPDATE = 'UPDATE',
}

/** When members see each other's published contributions to a prompt. Facilitators always see. */
export enum RevealRule {
  OPEN = 'OPEN',
  POST_FIRST = 'POST_FIRST',
  AT_TIME = 'AT_TIME',
  FACILITATORS_ONLY = 'FACILITATORS_ONLY',
}

export enum Anonymity {
  NONE = 'NONE',
  TO_PEERS = 'TO_PEERS',
}

export enum ReviewMode {
  NONE = 'NONE',
  EVERYONE_SEES_ALL = 'EVERYONE_SEES_ALL',
  ASSIGNED = 'ASSIGNED',
}

export enum ReviewGrouping {
  ANY = 'ANY',
  WITHIN_TEAM = 'WITHIN_TEAM',
  ACROSS_TEAMS = 'ACROSS_TEAMS',
}

export enum PromptStatus {
  DRAFT = 'DRAFT',
  SCHEDULED = 'SCHEDULED',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

export enum ContributionStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}

export enum ReactionKind {
  HELPFUL = 'HELPFUL',
  PLUS_ONE = 'PLUS_ONE',
  WILL_TRY = 'WILL_TRY',
}

export const LEARNING_LIMITS = {
  cohortNameMax: 100,
  descriptionMax: 2000,
  teamNameMax: 60,
  promptTitleMax: 160,
  instructionsMax: 20000,
  contributionBodyMax: 50000,
  linksMax: 10,
  feedbackAnswerMax: 5000,
  commentMax: 5000,
  reviewsPerContributionMax: 5,
  searchQueryMax: 200,
} as const;

/** Bounds of a feedback protocol (the API validates them; the protocol editor shows them). */
export const PROTOCOL_LIMITS = {
  nameMin: 2,
  nameMax: 100,
  descriptionMax: 1000,
  sectionsMax: 8,
  sectionLabelMax: 60,
  guidingQuestionMax: 300,
  sentenceStemsMax: 10,
  sentenceStemMax: 200,
  criteriaMax: 8,
  criterionLabelMax: 80,
  levelsMin: 2,
  levelsMax: 6,
  levelLabelMax: 60,
  descriptorMax: 300,
  /** Section and criterion keys: letters and digits, starting with a letter. */
  keyMax: 40,
} as const;
