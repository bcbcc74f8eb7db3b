/**
 * The figures of the facilitator's dashboard, each the count of the people (or questions) behind it;
 * the drill-down lists exactly those (the same SQL counts and lists them).
 */
export enum DashboardFigure {
  /** Members who published something in the last 7 days. */
  POSTED_THIS_WEEK = 'POSTED_THIS_WEEK',
  /** Members who published nothing in the last 7 days. */
  NOT_POSTED_THIS_WEEK = 'NOT_POSTED_THIS_WEEK',
  /** Members owing reviews past their due time (the figure counts reviews, the list reviewers). */
  OVERDUE_REVIEWS = 'OVERDUE_REVIEWS',
  /** Members with nothing published in the last two prompts that are due or closed. */
  AT_RISK = 'AT_RISK',
  /** People of the cohort who have read the next huddle's brief. */
  BRIEF_READ = 'BRIEF_READ',
  /** People of the cohort who have not read it yet. */
  BRIEF_UNREAD = 'BRIEF_UNREAD',
  /** Questions nobody has answered: QUESTION contributions without comment or feedback, and questions in comments without a reply. */
  UNANSWERED_QUESTIONS = 'UNANSWERED_QUESTIONS',
}

/** What needs a facilitator, in their queue on the dashboard. */
export enum FacilitatorQueueKind {
  /** An open moderation report. */
  REPORT = 'REPORT',
  UNANSWERED_QUESTION = 'UNANSWERED_QUESTION',
  /** A contribution to a prompt asking for reviews, past its due time, with no feedback at all. */
  REVIEW_NOBODY_GAVE = 'REVIEW_NOBODY_GAVE',
}

/** One member's part in one prompt, in the cohort analytics' heatmap. */
export enum ParticipationState {
  /* No DRAFT_ONLY: that a member holds a draft is their own to know (PRODUCT.md rule 5), facilitators' too. */
  ON_TIME = 'ON_TIME',
  LATE = 'LATE',
  MISSING = 'MISSING',
  /** Who posted is not this viewer's to know (an observer, unless the prompt is open and not anonymous). */
  HIDDEN = 'HIDDEN',
}

export const DASHBOARD_LIMITS = {
  /** Items of the facilitator's queue per request (oldest first; the total says how many more). */
  queueMax: 50,
  /** People or questions a drill-down lists. */
  peopleMax: 500,
} as const;
