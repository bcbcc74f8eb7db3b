import { type CohortAccess, canManageCohort } from '../cohort/cohort.policy';
import { Prompt, PromptPermissions } from './dto/prompt.types';
import { promptViewerCan } from './prompt.policy';
import type { PromptEntity } from './prompt.entity';
import { promptStatus } from './prompt-status';

export function toPrompt(prompt: PromptEntity, access: CohortAccess): Prompt {
  return Object.assign(new Prompt(), {
    id: prompt.id,
    cohortId: prompt.cohortId,
    title: prompt.title,
    instructions: prompt.instructions,
    opensAt: prompt.opensAt,
    dueAt: prompt.dueAt,
    closesAt: prompt.closesAt,
    acceptedKinds: prompt.acceptedKinds,
    revealRule: prompt.revealRule,
    revealAt: prompt.revealAt,
    anonymity: prompt.anonymity,
    protocolId: prompt.protocolId,
    reviewMode: prompt.reviewMode,
    reviewsPerContribution: prompt.reviewsPerContribution,
    reviewGrouping: prompt.reviewGrouping,
    status: promptStatus(prompt),
    publishedAt: prompt.publishedAt,
    viewerCan: Object.assign(new PromptPermissions(), promptViewerCan(access, prompt)),
    viewerIsFacilitator: canManageCohort(access),
  });
}
