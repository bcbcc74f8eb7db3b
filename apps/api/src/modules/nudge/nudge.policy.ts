import { Anonymity, NUDGE_LIMITS, PromptStatus, RevealRule } from '@openhuddle/shared';
import { type CohortAccess, canManageCohort, seesAsFacilitator } from '../cohort/cohort.policy';
import { promptStatus } from '../prompt/prompt-status';

type PromptFacts = { publishedAt: Date | null; opensAt: Date; closesAt: Date | null };

/** Whoever runs the cohort nudges its members (facilitators, and admins of its organization). */
export function canNudge(access: CohortAccess): boolean {
  return canManageCohort(access);
}

/**
 * Who has not posted tells who posted, so names are for the cohort's own facilitators (who see the
 * authors anyway, PRODUCT rules 2–3), or for anyone when the prompt shows every author to everyone.
 * An admin reading the cohort as an observer gets counts only.
 */
export function seesNudgeNames(
  access: CohortAccess,
  prompt: { anonymity: Anonymity; revealRule: RevealRule },
): boolean {
  return seesAsFacilitator(access) || (prompt.anonymity === Anonymity.NONE && prompt.revealRule === RevealRule.OPEN);
}

/** Why a prompt cannot be nudged about now, or null: only an open prompt asks anything of anyone. */
export function nudgeBlocker(prompt: PromptFacts, now: Date): string | null {
  switch (promptStatus(prompt, now)) {
    case PromptStatus.DRAFT:
      return 'This prompt is a draft: publish it before reminding anyone.';
    case PromptStatus.SCHEDULED:
      return 'This prompt has not opened yet.';
    case PromptStatus.CLOSED:
      return 'This prompt is closed: nobody can post to it any more.';
    default:
      return null;
  }
}

/** What is wrong with a facilitator's own message, or null. */
export function nudgeMessageError(message: string): string | null {
  if (!message.trim()) return 'Write a message, or leave it out to send the suggested one.';
  if ([...message].length > NUDGE_LIMITS.messageMax) return `At most ${NUDGE_LIMITS.messageMax} characters.`;
  return null;
}
