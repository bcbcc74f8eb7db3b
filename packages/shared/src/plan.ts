/** The organisation's strategic plan (PRODUCT.md: Plan → Goal → Strategy → ActionStep). */

/** What a plan item is; its place in the tree decides it (a goal's child is a strategy, a strategy's an action step). */
export enum PlanItemKind {
  GOAL = 'GOAL',
  STRATEGY = 'STRATEGY',
  ACTION_STEP = 'ACTION_STEP',
}

export enum PlanItemStatus {
  NOT_STARTED = 'NOT_STARTED',
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  DONE = 'DONE',
}

/** What a piece of evidence on a plan item is. */
export enum PlanEvidenceKind {
  /** A link to a contribution (re-checked against the reveal rules for every viewer). */
  CONTRIBUTION = 'CONTRIBUTION',
  LINK = 'LINK',
  /** A new value of the item's measure, dated. */
  MEASURE_VALUE = 'MEASURE_VALUE',
  NOTE = 'NOTE',
}

export const PLAN_LIMITS = {
  titleMax: 200,
  descriptionMax: 5_000,
  /** A plan a leadership team reviews monthly stays small; this bounds the progress page. */
  itemsMax: 300,
  ownersMax: 20,
  measureNameMax: 120,
  measureUnitMax: 20,
  noteMax: 2_000,
  urlMax: 2_000,
  commentMax: 5_000,
  /** Measure values shown per item on the progress page (the newest). */
  measureHistoryShown: 24,
  pageSizeMax: 50,
} as const;
