import { DomainEvents } from '../../common/events/domain-events';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor';
import { AppError, notFoundAs } from '../../common/errors/app-error';
import { enforce } from '../contribution/contribution.policy';
import { ContributionService } from '../contribution/contribution.service';
import { DEFAULT_PROTOCOL_ID } from '../feedback-protocol/built-in-protocols';
import { FeedbackProtocolRepository } from '../feedback-protocol/feedback-protocol.repository';
import { MuteService } from '../moderation/mute.service';
import type { GiveFeedbackInput } from './dto/feedback.types';
import type { FeedbackEntity } from './feedback.entity';
import { checkGiveFeedback, checkMarkHelpful } from './feedback.policy';
import { FeedbackRepository } from './feedback.repository';
import { feedbackFieldErrors } from './feedback.rules';
import { ReviewAssignmentRepository } from './review-assignment.repository';

export { DEFAULT_PROTOCOL_ID };

@Injectable()
export class FeedbackService {
  constructor(
    private readonly feedback: FeedbackRepository,
    private readonly assignments: ReviewAssignmentRepository,
    private readonly protocols: FeedbackProtocolRepository,
    private readonly contributions: ContributionService,
    private readonly mutes: MuteService,
    private readonly events: DomainEvents,
  ) {}

  /** Gives (or revises) the viewer's feedback on a contribution, following the prompt's protocol. */
  async give(actor: Actor, input: GiveFeedbackInput): Promise<FeedbackEntity> {
    const { contribution, access } = await this.contributions.requireVisible(actor, input.contributionId);
    enforce(checkGiveFeedback(access, contribution));
    await this.mutes.assertNotMuted(contribution.cohortId, access.userId);
    const saved = await this.feedback.transaction(async (em) => {
      // Read under a share lock: a protocol edit waits until this feedback is saved (and then sees it in use),
      // or this feedback waits for the edit and is checked against the new sections.
      const protocol = await this.protocols.shareLocked(em, contribution.prompt!.protocolId ?? DEFAULT_PROTOCOL_ID);
      const errors = feedbackFieldErrors(protocol, input.answers, input.rubric);
      if (Object.keys(errors).length) throw AppError.badInput(errors, 'Some sections of the protocol need attention.');
      const answers = Object.fromEntries(
        input.answers.filter((a) => a.text.trim()).map((a) => [a.sectionKey, a.text.trim()]),
      );
      const rubric = Object.fromEntries(input.rubric.map((r) => [r.criterionKey, r.level]));
      const given = await this.feedback.upsert(em, {
        organizationId: contribution.organizationId,
        promptId: contribution.promptId,
        contributionId: contribution.id,
        authorId: access.userId,
        answers,
        rubric,
      });
      await this.assignments.complete(em, contribution.id, access.userId);
      return given;
    });
    await this.contributions.activity(contribution, 'FEEDBACK_GIVEN', saved.id);
    return saved;
  }

  /** The contribution's author marks feedback helpful (or not). */
  async markHelpful(actor: Actor, feedbackId: string, helpful: boolean): Promise<FeedbackEntity> {
    const feedback = await this.feedback.findWithAuthor(feedbackId);
    if (!feedback) throw AppError.notFound('Feedback');
    const { contribution } = await this.contributions
      .requireVisible(actor, feedback.contributionId)
      .catch((error: unknown) => {
        throw notFoundAs(error, 'Feedback');
      });
    enforce(checkMarkHelpful(actor.user.id, contribution));
    const helpfulAt = helpful ? new Date() : null;
    await this.feedback.setHelpful(feedback, helpfulAt);
    if (helpful) await this.events.emit({ type: 'FeedbackMarkedHelpful', feedbackId });
    return { ...feedback, helpfulAt };
  }

  /** The author has read the feedback on one of their contributions. */
  async markRead(actor: Actor, contributionId: string): Promise<void> {
    const { contribution } = await this.contributions.requireVisible(actor, contributionId);
    if (contribution.authorId !== actor.user.id) return;
    await this.feedback.markReadOn(contributionId);
  }

  /** Feedback on the viewer's contributions in an organization that they have not read. */
  unreadFeedback(organizationId: string, viewerId: string): Promise<FeedbackEntity[]> {
    return this.feedback.unreadBy(organizationId, viewerId);
  }
}
