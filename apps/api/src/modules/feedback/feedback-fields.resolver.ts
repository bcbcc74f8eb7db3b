import { Args, ID, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { decodeKeysetCursor } from '../../common/pagination/keyset-cursor';
import { inPageOrder, pageAfter, pageSize } from '../../common/pagination/page-info';
import { COMMENT_PAGE_MAX, commentPageKey, toCommentConnection } from '../contribution/comment-page';
import { toContribution } from '../contribution/contribution.mapper';
import { CommentConnection } from '../contribution/dto/contribution-connection.types';
import { CohortRole, PromptStatus } from '@openhuddle/shared';
import { CurrentActor } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import { requireCohortAccess } from '../cohort/cohort-access';
import { Cohort } from '../cohort/dto/cohort.types';
import { seesAsFacilitator } from '../cohort/cohort.policy';
import { Contribution, ContributionPermissions } from '../contribution/dto/contribution.types';
import { moderationViewerCan } from '../moderation/moderation.policy';
import { Prompt } from '../prompt/dto/prompt.types';
import { promptStatus } from '../prompt/prompt-status';
import { UserProfile } from '../user/dto/user.types';
import {
  CohortOwed,
  Feedback,
  FeedbackConnection,
  FeedbackPermissions,
  PromptReviewAssignment,
  ViewerReviewAssignment,
} from './dto/feedback.types';
import { toFeedback } from './feedback.mapper';
import { checkGiveFeedback, feedbackViewerCan } from './feedback.policy';
import { DEFAULT_PROTOCOL_ID } from './feedback.service';

/*
 * Fields of other modules' types that read feedback data: resolved here, so those modules never
 * import this one (feedback depends on contribution and prompt, not the other way round).
 */

export const FEEDBACK_PAGE_MAX = 50;

const decodeFeedbackCursor = (after: string) =>
  decodeKeysetCursor(after, 'This is not a position in this feedback list; start from the first page.');

@Resolver(() => Contribution)
export class ContributionFeedbackResolver {
  @ResolveField(() => [Feedback])
  async feedback(@Parent() contribution: Contribution, @CurrentActor() actor: Actor): Promise<Feedback[]> {
    const [rows, protocol] = await Promise.all([
      actor.loaders.feedbackByContribution.load(contribution.id),
      protocolOf(actor, contribution.id),
    ]);
    return rows.map((f) => toFeedback(f, protocol, actor.user.id));
  }

  @ResolveField(() => FeedbackConnection, { description: 'A page of the feedback given here, oldest first.' })
  async feedbackPage(
    @Parent() contribution: Contribution,
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, defaultValue: 3, description: `1 to ${FEEDBACK_PAGE_MAX}.` }) first: number,
    @Args('after', { type: () => String, nullable: true, description: 'The previous page’s `endCursor`.' })
    after: string | null,
  ): Promise<FeedbackConnection> {
    const key = {
      parentId: contribution.id,
      first: pageSize(first, FEEDBACK_PAGE_MAX, 'feedback'),
      after: pageAfter(after, decodeFeedbackCursor),
    };
    const [page, totalCount, protocol] = await Promise.all([
      actor.loaders.feedbackPage.load(key),
      actor.loaders.feedbackCount.load(contribution.id),
      protocolOf(actor, contribution.id),
    ]);
    const rows = inPageOrder(await actor.loaders.feedbackById.loadMany(page.ids));
    return {
      nodes: rows.map((f) => toFeedback(f, protocol, actor.user.id)),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      totalCount,
    };
  }

  @ResolveField(() => Feedback, {
    nullable: true,
    description: 'The viewer’s own feedback here, wherever it falls in the pages (to revise it); null when none.',
  })
  async viewerFeedback(@Parent() contribution: Contribution, @CurrentActor() actor: Actor): Promise<Feedback | null> {
    const [rows, protocol] = await Promise.all([
      actor.loaders.feedbackByContribution.load(contribution.id),
      protocolOf(actor, contribution.id),
    ]);
    const mine = rows.find((f) => f.authorId === actor.user.id);
    return mine ? toFeedback(mine, protocol, actor.user.id) : null;
  }
}

/** The protocol of the contribution's prompt, for feedback labels. */
async function protocolOf(actor: Actor, contributionId: string) {
  const entity = await actor.loaders.visibleContribution.load(contributionId);
  return actor.loaders.protocolById.load(entity?.prompt?.protocolId ?? DEFAULT_PROTOCOL_ID);
}

@Resolver(() => Feedback)
export class FeedbackCommentsResolver {
  @ResolveField(() => CommentConnection, {
    description: 'A page of the thread under this feedback, oldest first (replies after what they answer).',
  })
  async commentPage(
    @Parent() feedback: Feedback,
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, defaultValue: 3, description: `1 to ${COMMENT_PAGE_MAX}.` }) first: number,
    @Args('after', { type: () => String, nullable: true, description: 'The previous page’s `endCursor`.' })
    after: string | null,
  ): Promise<CommentConnection> {
    const key = commentPageKey(feedback.id, first, after);
    const [page, totalCount, entity] = await Promise.all([
      actor.loaders.feedbackCommentPage.load(key),
      actor.loaders.feedbackCommentCount.load(feedback.id),
      actor.loaders.visibleContribution.load(feedback.contributionId),
    ]);
    const access = entity ? await actor.loaders.cohortAccess.load(entity.cohortId) : null;
    if (!entity || !access) return { nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
    return toCommentConnection(actor, toContribution(entity, access), page, totalCount);
  }
}

@Resolver(() => Contribution)
export class ContributionReviewResolver {
  @ResolveField(() => ViewerReviewAssignment, {
    nullable: true,
    description: 'The viewer’s review assignment on this contribution (“You are reviewing this”); null when none.',
  })
  async viewerReviewAssignment(
    @Parent() contribution: Contribution,
    @CurrentActor() actor: Actor,
  ): Promise<ViewerReviewAssignment | null> {
    const mine = await actor.loaders.viewerReviewsByPrompt.load(contribution.promptId);
    const row = mine.find((r) => r.contribution_id === contribution.id);
    return row ? { id: row.id, dueAt: row.due_at, completedAt: row.completed_at } : null;
  }

  @ResolveField(() => [ID], {
    description:
      'Other contributions of this prompt the viewer still owes an assigned review on: feedback here does not ' +
      'complete those (empty when none, or when this one is the viewer’s).',
  })
  async viewerOpenReviewsElsewhere(
    @Parent() contribution: Contribution,
    @CurrentActor() actor: Actor,
  ): Promise<string[]> {
    if (contribution.isMine) return [];
    const mine = await actor.loaders.viewerReviewsByPrompt.load(contribution.promptId);
    return mine.filter((r) => !r.completed_at && r.contribution_id !== contribution.id).map((r) => r.contribution_id);
  }
}

@Resolver(() => ContributionPermissions)
export class ContributionGiveFeedbackResolver {
  @ResolveField(() => Boolean, { description: 'Give (or revise) feedback: not on your own, not as an observer.' })
  giveFeedback(@Parent() can: ContributionPermissions): boolean {
    return !checkGiveFeedback(can.access, can.subject);
  }
}

@Resolver(() => Feedback)
export class FeedbackPermissionsResolver {
  @ResolveField(() => FeedbackPermissions)
  async viewerCan(@Parent() feedback: Feedback, @CurrentActor() actor: Actor): Promise<FeedbackPermissions> {
    const contribution = await actor.loaders.visibleContribution.load(feedback.contributionId);
    const access = contribution ? await actor.loaders.cohortAccess.load(contribution.cohortId) : null;
    if (!contribution || !access) return { markHelpful: false, reply: false, report: false, hide: false };
    // Feedback the viewer can read is not hidden (hidden ones leave every read).
    return {
      ...feedbackViewerCan(access, contribution),
      ...moderationViewerCan(access, { authorId: feedback.author.id, hiddenAt: null }),
    };
  }
}

@Resolver(() => Cohort)
export class CohortOwedResolver {
  @ResolveField(() => CohortOwed, { description: 'Posts and reviews the viewer owes in this cohort.' })
  async viewerOwes(@Parent() cohort: Cohort, @CurrentActor() actor: Actor): Promise<CohortOwed> {
    const access = await requireCohortAccess(actor, cohort.id, 'view');
    if (access.cohortRole !== CohortRole.MEMBER) return { promptIds: [], reviews: 0 };
    const prompts = await actor.loaders.promptsByCohort.load(cohort.id);
    // A draft's status is DRAFT, so only published prompts that are open now count.
    const open = prompts.filter((p) => promptStatus(p) === PromptStatus.OPEN);
    const [posted, reviews] = await Promise.all([
      Promise.all(open.map((p) => actor.loaders.viewerHasPublished.load(p.id))),
      actor.loaders.viewerOpenReviewCount.load(cohort.id),
    ]);
    return { promptIds: open.filter((_, i) => !posted[i]).map((p) => p.id), reviews };
  }
}

@Resolver(() => Prompt)
export class PromptReviewAssignmentsResolver {
  @ResolveField(() => [PromptReviewAssignment], {
    description: 'Who reviews whom; facilitators only (empty for others).',
  })
  async reviewAssignments(@Parent() prompt: Prompt, @CurrentActor() actor: Actor): Promise<PromptReviewAssignment[]> {
    if (!prompt.viewerIsFacilitator) return [];
    const access = await actor.loaders.cohortAccess.load(prompt.cohortId);
    // An admin outside the cohort manages it but reads as an observer: never who wrote what (rule 3).
    const namesAuthors = !!access && seesAsFacilitator(access);
    return (await actor.loaders.reviewAssignmentsByPrompt.load(prompt.id)).map((a) => ({
      id: a.id,
      contributionId: a.contributionId,
      contributionAuthorId: namesAuthors ? a.contributionAuthorId : null,
      reviewer: UserProfile.from(a.reviewer!),
      dueAt: a.dueAt,
      completedAt: a.completedAt,
    }));
  }
}
