import { UserProfile } from '../user/dto/user.types';
import { Feedback, FeedbackProtocol } from './dto/feedback.types';
import type { FeedbackProtocolEntity } from './feedback-protocol.entity';
import type { FeedbackEntity } from './feedback.entity';

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

/** Answers in the protocol's section order, with its labels. */
export function toFeedback(f: FeedbackEntity, protocol: FeedbackProtocolEntity | null, viewerId: string): Feedback {
  const sections = protocol?.sections ?? [];
  const known = sections
    .filter((s) => f.answers[s.key])
    .map((s) => ({ sectionKey: s.key, label: s.label, text: f.answers[s.key] }));
  const rubric = Object.entries(f.rubric).map(([criterionKey, level]) => {
    const criterion = protocol?.rubric.find((c) => c.key === criterionKey);
    return {
      criterionKey,
      label: criterion?.label ?? criterionKey,
      level,
      levelLabel: criterion?.levels.find((l) => l.value === level)?.label ?? String(level),
    };
  });
  return Object.assign(new Feedback(), {
    id: f.id,
    contributionId: f.contributionId,
    promptId: f.promptId,
    author: UserProfile.from(f.author!),
    answers: known,
    rubric,
    helpful: !!f.helpfulAt,
    isMine: f.authorId === viewerId,
    createdAt: f.createdAt,
    updatedAt: f.updatedAt,
  });
}
