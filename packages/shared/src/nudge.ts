/** Who a facilitator's nudge on a prompt reaches (PRODUCT.md: Nudge). Members only, never observers or facilitators. */
export enum NudgeAudience {
  /** Members with no published contribution to the prompt. */
  NOT_POSTED = 'NOT_POSTED',
  /** Members with open review assignments on the prompt. */
  OWES_REVIEWS = 'OWES_REVIEWS',
}

export const NUDGE_LIMITS = {
  /** Fits the notification's text column (300) with room to spare. */
  messageMax: 280,
} as const;
