import { Anonymity, RevealRule } from '@openhuddle/shared';
import { type CohortAccess, seesAsFacilitator } from '../cohort/cohort.policy';
import { hidesAuthor } from '../contribution/contribution.visibility';

type PromptFacts = { anonymity: Anonymity; reveal_rule: RevealRule };

/**
 * Who posted to a prompt (a heatmap column) is the cohort's facilitators' to know, or anyone's when
 * the prompt shows every author to everyone — as the brief's participation says it (PRODUCT.md
 * rule 2: counts tell how many, never who). An admin outside the cohort reads as an observer.
 */
export function seesWhoPosted(access: CohortAccess, prompt: PromptFacts): boolean {
  return seesAsFacilitator(access) || (prompt.reveal_rule === RevealRule.OPEN && prompt.anonymity === Anonymity.NONE);
}

/** The author of a contribution on an anonymous prompt stays anonymous to all but facilitators (rule 3). */
export function hidesAnalyticsAuthor(access: CohortAccess, anonymity: Anonymity, authorId: string): boolean {
  return hidesAuthor(access, anonymity, authorId);
}
