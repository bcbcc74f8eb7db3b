import { INQUIRY_STAGES, InquiryStage, OrgRole, orgRoleAtLeast } from '@openhuddle/shared';

/**
 * Where the viewer stands with one inquiry cycle: their organisation role (null for a Guest, who
 * sees the cohort and nothing of the organisation), whether they run the cohort (its facilitators,
 * the organisation's admins), read it (anyone in it, admins as observers) and are of the PLC that
 * runs the cycle (a member or facilitator of the cohort, or of the team when a team runs it).
 */
export interface InquiryStanding {
  orgRole: OrgRole | null;
  facilitates: boolean;
  readsCohort: boolean;
  inPlc: boolean;
  showcased: boolean;
}

/** The PLC's own and the cohort's readers follow the cycle; once showcased, every member browses it. */
function read(s: InquiryStanding): boolean {
  return s.readsCohort || (s.showcased && !!s.orgRole && orgRoleAtLeast(s.orgRole, OrgRole.MEMBER));
}

/** Shaping the cycle (question, dates, stage, evidence, links, the showcase text): the PLC and its facilitators, until it is showcased. */
function work(s: InquiryStanding): boolean {
  return !s.showcased && (s.inPlc || s.facilitates);
}

export const inquiryPolicy = {
  /** Starting a cycle for a cohort or one of its teams: who runs the cohort. */
  start: (facilitates: boolean) => facilitates,
  read,
  work,
  /** Which prompts and huddles belong to which stage: the cohort's business (a gallery visitor sees the showcase only). */
  seeStageLinks: (s: InquiryStanding) => s.readsCohort,
  /** Commenting with the protocol: any member of the organisation who can read the showcase. */
  comment: (s: InquiryStanding) => s.showcased && read(s) && !!s.orgRole,
};

export interface InquiryViewerCan {
  work: boolean;
  showcase: boolean;
  comment: boolean;
}

/** Why the cycle cannot be showcased yet, per field, or an empty object when it can. */
export function showcaseBlockers(cycle: { stage: InquiryStage; tried: string; learned: string }) {
  const errors: Record<string, string> = {};
  if (cycle.stage !== InquiryStage.REFLECT) errors.stage = 'Reach the reflect stage before the showcase.';
  if (!cycle.tried.trim()) errors.tried = 'Say what you tried before the showcase.';
  if (!cycle.learned.trim()) errors.learned = 'Say what you learned before the showcase.';
  return errors;
}

/** What the UI may offer (the server refuses the rest anyway). */
export function inquiryViewerCan(
  s: InquiryStanding,
  cycle: { stage: InquiryStage; tried: string; learned: string },
): InquiryViewerCan {
  return {
    work: inquiryPolicy.work(s),
    showcase: inquiryPolicy.work(s) && !Object.keys(showcaseBlockers(cycle)).length,
    comment: inquiryPolicy.comment(s),
  };
}

/** Days must follow the stages' order (each stage starts on or after the one before; the showcase last). */
export function stageDateErrors(days: Array<[field: string, day: string | null | undefined]>): Record<string, string> {
  const errors: Record<string, string> = {};
  let previous: string | null = null;
  for (const [field, day] of days) {
    if (!day) continue;
    if (
      Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ||
      new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day
    ) {
      errors[field] = 'Use a real date (YYYY-MM-DD).';
      continue;
    }
    if (previous && day < previous) errors[field] = 'A stage starts on or after the one before it.';
    previous = day;
  }
  return errors;
}

/** A cycle moves one stage forward or back at a time (skipping ahead would leave a stage with nothing). */
export function stageMoveError(from: InquiryStage, to: InquiryStage): string | null {
  const distance = Math.abs(INQUIRY_STAGES.indexOf(to) - INQUIRY_STAGES.indexOf(from));
  if (distance === 0) return 'The cycle is at this stage already.';
  return distance === 1 ? null : 'Move one stage at a time.';
}
