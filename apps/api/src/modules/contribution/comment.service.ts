import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor';
import { AppError } from '../../common/errors/app-error';
import type { CohortAccess } from '../cohort/cohort.policy';
import { MuteService } from '../moderation/mute.service';
import type { UserEntity } from '../user/user.entity';
import type { CommentEntity } from './comment.entity';
import { CommentRepository } from './comment.repository';
import type { ContributionEntity } from './contribution.entity';
import { checkComment, enforce } from './contribution.policy';
import { ContributionRepository } from './contribution.repository';
import { ContributionService } from './contribution.service';
import type { AddCommentInput } from './dto/contribution.types';

/** Discussion of a contribution (and of one feedback on it), with @-mentions. */
@Injectable()
export class CommentService {
  constructor(
    private readonly comments: CommentRepository,
    private readonly contributionRows: ContributionRepository,
    private readonly contributions: ContributionService,
    private readonly mutes: MuteService,
  ) {}

  async addComment(
    actor: Actor,
    input: AddCommentInput,
  ): Promise<{ comment: CommentEntity; contribution: ContributionEntity; access: CohortAccess }> {
    const { contribution, access } = await this.contributions.requireVisible(actor, input.contributionId);
    enforce(checkComment(access, contribution));
    await this.mutes.assertNotMuted(contribution.cohortId, access.userId);
    const errors: Record<string, string> = {};
    if (input.feedbackId && !(await this.contributionRows.feedbackGivenOn(input.feedbackId, contribution.id))) {
      errors.feedbackId = 'Pick feedback given on this contribution.';
    }
    if (input.parentId && !(await this.comments.isOn(input.parentId, contribution.id))) {
      errors.parentId = 'Reply to a comment on this contribution.';
    }
    const mentioned = [...new Set(input.mentionedUserIds)];
    if (mentioned.length) {
      const inCohort = await this.comments.countInCohort(contribution.cohortId, mentioned);
      if (inCohort !== mentioned.length) errors.mentionedUserIds = 'You can only mention members of this cohort.';
    }
    if (Object.keys(errors).length) throw AppError.badInput(errors);
    const comment = await this.comments.create({
      organizationId: contribution.organizationId,
      contributionId: contribution.id,
      feedbackId: input.feedbackId ?? null,
      parentId: input.parentId ?? null,
      authorId: access.userId,
      body: input.body,
      mentionedUserIds: mentioned,
    });
    comment.author = actor.user as UserEntity; // the session's user row
    await this.contributions.activity(contribution, 'COMMENT_ADDED', comment.id);
    // Mentions and replies are told by the notification module, which listens to this activity.
    return { comment, contribution, access };
  }
}
