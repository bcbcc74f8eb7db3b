import { PromptStatus } from '@openhuddle/shared';
import { type CohortAccess, canManageCohort, canPost } from '../cohort/cohort.policy';
import { promptStatus } from './prompt-status';

type PromptFacts = { publishedAt: Date | null; opensAt: Date; closesAt: Date | null };

/** Drafts (and scheduling) are for whoever runs the cohort; everyone else sees published prompts only. */
export function canSeeDraftPrompts(access: CohortAccess): boolean {
  return canManageCohort(access);
}

export function canEditPrompt(access: CohortAccess): boolean {
  return canManageCohort(access);
}

/** A draft can be published once; publishing again changes nothing, so the UI stops offering it. */
export function canPublishPrompt(access: CohortAccess, prompt: PromptFacts): boolean {
  return canManageCohort(access) && !prompt.publishedAt;
}

/**
 * Members and facilitators post while the prompt is open; whoever runs the cohort also posts to
 * prompts that are not open (a late entry, a worked example). Observers never post.
 */
export function canContribute(access: CohortAccess, prompt: PromptFacts, now = new Date()): boolean {
  return canPost(access) && (promptStatus(prompt, now) === PromptStatus.OPEN || canManageCohort(access));
}

/** What the viewer may do with a prompt, for the UI (`Prompt.viewerCan`). */
export function promptViewerCan(access: CohortAccess, prompt: PromptFacts, now = new Date()) {
  return {
    edit: canEditPrompt(access),
    publish: canPublishPrompt(access, prompt),
    contribute: canContribute(access, prompt, now),
    seeDrafts: canSeeDraftPrompts(access),
  };
}
