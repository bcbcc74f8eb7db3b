import { PromptStatus } from '@openhuddle/shared';

/** A prompt's status follows from its dates once published, so scheduled prompts open themselves. */
export function promptStatus(
  prompt: { publishedAt: Date | null; opensAt: Date; closesAt: Date | null },
  now = new Date(),
): PromptStatus {
  if (!prompt.publishedAt) return PromptStatus.DRAFT;
  if (now < prompt.opensAt) return PromptStatus.SCHEDULED;
  if (prompt.closesAt && now >= prompt.closesAt) return PromptStatus.CLOSED;
  return PromptStatus.OPEN;
}
