import type { OwedReviewRow } from './review-assignment.repository';
import { UserProfile } from '../user/dto/user.types';
import type { FeedbackProtocolEntity } from '../feedback-protocol/feedback-protocol.entity';
import { Anonymity } from '@openhuddle/shared';
import { Feedback, type ReviewAssignment } from './dto/feedback.types';
import type { FeedbackEntity } from './feedback.entity';

/**
 * Answers in the protocol's section order, with its labels; answers to a section the protocol no
 * longer has (written before a change) follow, labelled from their key, so none is ever hidden.
 */
export function answersInOrder(
  answers: Record<string, string> | null | undefined,
  sections: ReadonlyArray<{ key: string; label: string }>,
): Array<{ sectionKey: string; label: string; text: string }> {
  if (!answers) return [];
  const known = sections.flatMap((s) => {
    const text = answers[s.key];
    return text ? [{ sectionKey: s.key, label: s.label, text }] : [];
  });
  const earlier = Object.entries(answers)
    .filter(([key, text]) => text && !sections.some((s) => s.key === key))
    .map(([key, text]) => ({ sectionKey: key, label: labelFromKey(key), text }));
  return [...known, ...earlier];
}

const labelFromKey = (key: string) => {
  const words = key.replace(/[-_]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : key;
};

export function toFeedback(f: FeedbackEntity, protocol: FeedbackProtocolEntity | null, viewerId: string): Feedback {
  const known = answersInOrder(f.answers, protocol?.sections ?? []);
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

/** Whether an owed review is locked by its prompt's reveal rule, and what opens it (rule 4). */
export function unlock(r: Pick<OwedReviewRow, 'locked_until_post' | 'locked_until_reveal' | 'reveal_at'>) {
  if (r.locked_until_post) {
    return {
      locked: true,
      unlocksWhen: 'Post yours first to unlock this review.',
      unlocksAt: null,
      unlocksByPosting: true,
    };
  }
  if (r.locked_until_reveal) {
    return {
      locked: true,
      unlocksWhen: 'Unlocks when the prompt reveals contributions.',
      unlocksAt: r.reveal_at,
      unlocksByPosting: false,
    };
  }
  return { locked: false, unlocksWhen: null, unlocksAt: null, unlocksByPosting: false };
}

/** A review the viewer owes, naming whose contribution it is only where the viewer may learn it (rules 2 and 3). */
export function toOwedReview(r: OwedReviewRow): ReviewAssignment {
  const lock = unlock(r);
  const anonymous = r.anonymity === Anonymity.TO_PEERS;
  // Reviewers are cohort members, never the facilitators who may see anonymous authors: hide it whenever anonymous.
  const named = !anonymous && !lock.locked;
  return {
    id: r.id,
    contributionId: r.contribution_id,
    promptId: r.prompt_id,
    promptTitle: r.prompt_title,
    dueAt: r.due_at,
    completedAt: r.completed_at,
    ...lock,
    contributionIsAnonymous: anonymous,
    contributionAuthor: named
      ? Object.assign(new UserProfile(), {
          id: r.author_id,
          displayName: r.author_display_name,
          avatarUrl: r.author_avatar_url,
          timeZone: r.author_time_zone,
        })
      : null,
  };
}
