import { ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
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

@Resolver(() => Contribution)
export class ContributionFeedbackResolver {
  @ResolveField(() => [Feedback])
  async feedback(@Parent() contribution: Contribution, @CurrentActor() actor: Actor): Promise<Feedback[]> {
    const [rows, entity] = await Promise.all([
      actor.loaders.feedbackByContribution.load(contribution.id),
      actor.loaders.visibleContribution.load(contribution.id),
    ]);
    const protocol = await actor.loaders.protocolById.load(entity?.prompt?.protocolId ?? DEFAULT_PROTOCOL_ID);
    return rows.map((f) => toFeedback(f, protocol, actor.user.id));
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
