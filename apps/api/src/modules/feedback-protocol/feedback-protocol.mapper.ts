import { FeedbackProtocol } from './dto/feedback-protocol.types';
import type { FeedbackProtocolEntity } from './feedback-protocol.entity';

/** `organizationId`: whose prompts and feedback `usedByPromptCount` and `inUse` count (the viewer's organization). */
export function toProtocol(p: FeedbackProtocolEntity, organizationId: string): FeedbackProtocol {
  return Object.assign(new FeedbackProtocol(), {
    usageOrganizationId: organizationId,
    id: p.id,
    name: p.name,
    description: p.description,
    builtIn: p.organizationId === null,
    sections: p.sections,
    rubric: p.rubric,
  });
}
