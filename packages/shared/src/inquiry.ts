/** PLC inquiry cycles (PRODUCT.md: InquiryCycle → Showcase). */

/** The stages a cycle moves through, in order; a showcased cycle has finished them. */
export enum InquiryStage {
  QUESTION = 'QUESTION',
  PLAN = 'PLAN',
  ACT = 'ACT',
  EVIDENCE = 'EVIDENCE',
  REFLECT = 'REFLECT',
}

export const INQUIRY_STAGES: readonly InquiryStage[] = [
  InquiryStage.QUESTION,
  InquiryStage.PLAN,
  InquiryStage.ACT,
  InquiryStage.EVIDENCE,
  InquiryStage.REFLECT,
];

/** What a piece of a cycle's evidence of student learning is. */
export enum InquiryEvidenceKind {
  /** A link to a contribution (re-checked against the reveal rules for every viewer). */
  CONTRIBUTION = 'CONTRIBUTION',
  LINK = 'LINK',
  NOTE = 'NOTE',
}

export const INQUIRY_LIMITS = {
  questionMax: 300,
  textMax: 5_000,
  noteMax: 2_000,
  urlMax: 2_000,
  answerMax: 2_000,
  /** Links of prompts and huddles to a cycle's stages. */
  linksMax: 50,
  evidenceMax: 100,
  pageSize: 20,
} as const;
