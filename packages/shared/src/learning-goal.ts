/** A member's learning goal, co-constructed with a coach (PRODUCT.md: LearningGoal, CheckIn). */

/** Co-construction: the member drafts and submits; the coach requests changes or approves. */
export enum LearningGoalStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  APPROVED = 'APPROVED',
}

/** What the coach decides on a submitted goal. */
export enum LearningGoalDecision {
  APPROVE = 'APPROVE',
  REQUEST_CHANGES = 'REQUEST_CHANGES',
}

/** One line of a goal's visible history. */
export enum LearningGoalEventKind {
  DRAFTED = 'DRAFTED',
  EDITED = 'EDITED',
  SUBMITTED = 'SUBMITTED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  APPROVED = 'APPROVED',
  COMMENTED = 'COMMENTED',
  CHECKED_IN = 'CHECKED_IN',
  RESPONDED = 'RESPONDED',
  CONVERSATION_SCHEDULED = 'CONVERSATION_SCHEDULED',
  CONVERSATION_NOTED = 'CONVERSATION_NOTED',
  FOLLOW_UP_DONE = 'FOLLOW_UP_DONE',
}

export const LEARNING_GOAL_LIMITS = {
  titleMax: 200,
  descriptionMax: 5_000,
  commentMax: 5_000,
  reflectionMax: 5_000,
  notesMax: 5_000,
  urlMax: 2_000,
  /** How often the pair checks in, in days (every week to every quarter). */
  cadenceDaysMin: 7,
  cadenceDaysMax: 90,
  /** Contributions linked as evidence from one check-in. */
  evidenceMax: 10,
  /** A goal's history, check-ins and conversations shown on its page (the newest). */
  shownMax: 100,
  /** Goals a person has at once (their page lists them all). */
  goalsMax: 50,
} as const;
