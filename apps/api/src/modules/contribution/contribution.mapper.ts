import { Anonymity } from '@openhuddle/shared';
import type { CohortAccess } from '../cohort/cohort.policy';
import { UserProfile } from '../user/dto/user.types';
import type { CommentEntity } from './comment.entity';
import type { ContributionRevisionEntity } from './contribution-revision.entity';
import type { ContributionEntity } from './contribution.entity';
import { canSeeAuthor, contributionViewerCan } from './contribution.policy';
import { moderationViewerCan } from '../moderation/moderation.policy';
import {
  Comment,
  CommentPermissions,
  Contribution,
  ContributionPermissions,
  ContributionRevision,
} from './dto/contribution.types';

/** The one place where a contribution becomes what this viewer may see of it. */
export function toContribution(c: ContributionEntity, access: CohortAccess): Contribution {
  const anonymity = c.prompt?.anonymity ?? Anonymity.NONE;
  const hide = !canSeeAuthor(access, c, anonymity);
  return Object.assign(new Contribution(), {
    id: c.id,
    promptId: c.promptId,
    cohortId: c.cohortId,
    kind: c.kind,
    body: c.body,
    links: c.links,
    status: c.status,
    publishedAt: c.publishedAt,
    version: c.version,
    updatedAt: c.updatedAt,
    author: hide || !c.author ? null : UserProfile.from(c.author),
    isAnonymous: anonymity === Anonymity.TO_PEERS,
    isMine: c.authorId === access.userId,
    spotlighted: !!c.spotlightedAt,
    viewerCan: Object.assign(new ContributionPermissions(), contributionViewerCan(access, c), {
      access,
      subject: { authorId: c.authorId, status: c.status },
    }),
    hideAuthor: hide,
    authorId: c.authorId,
  });
}

export function toRevision(
  r: ContributionRevisionEntity,
  contribution: Contribution,
  editor?: UserProfile,
): ContributionRevision {
  return Object.assign(new ContributionRevision(), {
    version: r.version,
    kind: r.kind,
    body: r.body,
    links: r.links,
    createdAt: r.createdAt,
    editedBy: contribution.hideAuthor && r.editedById === contribution.authorId ? null : (editor ?? null),
    answersFeedbackId: r.answersFeedbackId,
  });
}

export function toComment(cm: CommentEntity, contribution: Contribution): Comment {
  const byAuthor = cm.authorId === contribution.authorId;
  return Object.assign(new Comment(), {
    id: cm.id,
    contributionId: cm.contributionId,
    feedbackId: cm.feedbackId,
    parentId: cm.parentId,
    body: cm.body,
    author: byAuthor && contribution.hideAuthor ? null : cm.author ? UserProfile.from(cm.author) : null,
    byContributionAuthor: byAuthor,
    mentionedUserIds: cm.mentionedUserIds,
    createdAt: cm.createdAt,
    // A comment the viewer can read is not hidden (hidden ones leave every read).
    viewerCan: Object.assign(
      new CommentPermissions(),
      moderationViewerCan(contribution.viewerCan.access, { authorId: cm.authorId, hiddenAt: null }),
    ),
  });
}
