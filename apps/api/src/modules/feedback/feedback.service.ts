import { Injectable } from '@nestjs/common';
import { CohortRole, ContributionStatus, OrgRole, orgRoleAtLeast } from '@openhuddle/shared';
import { DataSource, In, IsNull, Not } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { AppError, notFoundAs } from '../../common/errors/app-error';
import { CohortMemberEntity } from '../cohort/cohort-member.entity';
import { canManageCohort, canPost } from '../cohort/cohort.policy';
import { ContributionService } from '../contribution/contribution.service';
import type { UserEntity } from '../user/user.entity';
import { DEFAULT_PROTOCOL_ID } from './built-in-protocols';
import type { FeedbackProtocolFieldsInput, GiveFeedbackInput } from './dto/feedback.types';
import { FeedbackProtocolEntity } from './feedback-protocol.entity';
import { FeedbackEntity } from './feedback.entity';
import { feedbackFieldErrors, inUseProtocolChangeErrors } from './feedback.rules';
import { protocolUsage } from './protocol-usage';
import { ReviewAssignmentEntity } from './review-assignment.entity';

export { DEFAULT_PROTOCOL_ID };

@Injectable()
export class FeedbackService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contributions: ContributionService,
  ) {}

  protocolsFor(organizationId: string): Promise<FeedbackProtocolEntity[]> {
    return this.dataSource.getRepository(FeedbackProtocolEntity).find({
      where: [{ organizationId: IsNull() }, { organizationId }],
      order: { createdAt: 'ASC', name: 'ASC' },
    });
  }

  protocolsByIds(ids: string[]): Promise<FeedbackProtocolEntity[]> {
    return this.dataSource.getRepository(FeedbackProtocolEntity).findBy({ id: In(ids) });
  }

  async createProtocol(organizationId: string, input: FeedbackProtocolFieldsInput): Promise<FeedbackProtocolEntity> {
    this.checkProtocolKeys(input);
    return this.dataSource
      .getRepository(FeedbackProtocolEntity)
      .save({ organizationId, ...this.protocolFields(input) });
  }

  /**
   * Edits an organization's own protocol; built-ins are read-only (NOT_FOUND, like other tenants').
   * Once feedback follows it, nothing may change that would hide answers or change what scores mean
   * (see `inUseProtocolChangeErrors`): CONFLICT with a message per field, and nothing is saved.
   */
  async updateProtocol(organizationId: string, protocolId: string, input: FeedbackProtocolFieldsInput) {
    return this.dataSource.transaction(async (em) => {
      // Locked, so feedback given meanwhile (which reads the protocol FOR KEY SHARE) waits for this change.
      const protocol = await em.findOne(FeedbackProtocolEntity, {
        where: { id: protocolId, organizationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!protocol) throw AppError.notFound('Feedback protocol');
      this.checkProtocolKeys(input);
      const [usage] = await protocolUsage(em, [{ organizationId, protocolId }]);
      if (usage.inUse) {
        const errors = inUseProtocolChangeErrors(protocol, input);
        if (Object.keys(errors).length) {
          throw AppError.conflict(
            'Feedback already follows this protocol, so its sections, criteria and levels stay. Duplicate the protocol to change them.',
            errors,
          );
        }
      }
      await em.update(FeedbackProtocolEntity, protocol.id, this.protocolFields(input));
      return em.findOneByOrFail(FeedbackProtocolEntity, { id: protocol.id });
    });
  }

  /**
   * Deletes an organization's own protocol that no prompt uses (facilitators and up, as for editing).
   * Built-ins and other tenants' protocols are NOT_FOUND; a protocol in use is a CONFLICT that says what to do.
   */
  async deleteProtocol(actor: Actor, protocolId: string): Promise<void> {
    const repo = this.dataSource.getRepository(FeedbackProtocolEntity);
    const found = await repo.findOneBy({ id: protocolId, organizationId: Not(IsNull()) });
    const membership = found ? await actor.loaders.viewerMembership.load(found.organizationId!) : null;
    if (!found || !membership) throw AppError.notFound('Feedback protocol');
    if (!orgRoleAtLeast(membership.role, OrgRole.FACILITATOR)) {
      throw AppError.forbidden(`This needs the ${OrgRole.FACILITATOR} role or higher in this organization.`);
    }
    const organizationId = found.organizationId!;
    await this.dataSource.transaction(async (em) => {
      // Locked: a prompt saved meanwhile with this protocol (its foreign key check shares the row) waits,
      // so it is either counted here or refused after the delete; never silently moved to Glow & Grow.
      const protocol = await em.findOne(FeedbackProtocolEntity, {
        where: { id: protocolId, organizationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!protocol) throw AppError.notFound('Feedback protocol');
      const [usage] = await protocolUsage(em, [{ organizationId, protocolId }]);
      if (usage.prompts > 0) {
        const prompts = usage.prompts === 1 ? '1 prompt uses' : `${usage.prompts} prompts use`;
        throw AppError.conflict(
          `${prompts} “${protocol.name}”, so it cannot be deleted. Pick another protocol for ${usage.prompts === 1 ? 'that prompt' : 'those prompts'} first, or keep it.`,
        );
      }
      await em.delete(FeedbackProtocolEntity, { id: protocol.id, organizationId });
    });
  }

  private checkProtocolKeys(input: FeedbackProtocolFieldsInput): void {
    const errors: Record<string, string> = {};
    const sectionKeys = input.sections.map((s) => s.key);
    if (new Set(sectionKeys).size !== sectionKeys.length) errors.sections = 'Each section needs its own key.';
    const criterionKeys = input.rubric.map((c) => c.key);
    if (new Set(criterionKeys).size !== criterionKeys.length) errors.rubric = 'Each criterion needs its own key.';
    if (Object.keys(errors).length) throw AppError.badInput(errors);
  }

  private protocolFields(input: FeedbackProtocolFieldsInput) {
    return {
      name: input.name,
      description: input.description,
      sections: input.sections.map((s) => ({ ...s })),
      rubric: input.rubric.map((c) => ({ key: c.key, label: c.label, levels: c.levels.map((l) => ({ ...l })) })),
    };
  }

  assignmentsOf(promptId: string) {
    return this.dataSource
      .getRepository(ReviewAssignmentEntity)
      .createQueryBuilder('ra')
      .innerJoinAndMapOne('ra.reviewer', 'user', 'u', 'u.id = ra.reviewer_id')
      .where('ra.prompt_id = :promptId', { promptId })
      .orderBy('ra.created_at', 'ASC')
      .getMany() as Promise<Array<ReviewAssignmentEntity & { reviewer?: UserEntity }>>;
  }

  async openReviewCount(cohortId: string, reviewerId: string): Promise<number> {
    const [{ n }] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM review_assignment ra JOIN contribution c ON c.id = ra.contribution_id
        WHERE c.cohort_id = $1 AND ra.reviewer_id = $2 AND ra.completed_at IS NULL AND c.deleted_at IS NULL`,
      [cohortId, reviewerId],
    );
    return n;
  }

  /** A facilitator moves an open review to another member of the cohort. */
  async reassign(actor: Actor, assignmentId: string, reviewerId: string): Promise<ReviewAssignmentEntity> {
    const repo = this.dataSource.getRepository(ReviewAssignmentEntity);
    const assignment = await repo.findOne({ where: { id: assignmentId }, relations: { contribution: true } });
    if (!assignment?.contribution) throw AppError.notFound('Review');
    const access = await actor.loaders.cohortAccess.load(assignment.contribution.cohortId);
    if (!access || !canManageCohort(access)) throw AppError.notFound('Review');
    if (assignment.completedAt) throw AppError.conflict('This review is already done.');
    const reviewer = await this.dataSource
      .getRepository(CohortMemberEntity)
      .findOneBy({ cohortId: assignment.contribution.cohortId, userId: reviewerId, role: CohortRole.MEMBER });
    if (!reviewer) throw AppError.badInput({ reviewerId: 'Pick a member of this cohort.' });
    if (reviewerId === assignment.contribution.authorId)
      throw AppError.badInput({ reviewerId: 'Nobody reviews their own contribution.' });
    if (await repo.existsBy({ contributionId: assignment.contributionId, reviewerId })) {
      throw AppError.conflict('This member already reviews this contribution.', { reviewerId: 'Already assigned.' });
    }
    await repo.update(assignment.id, { reviewerId });
    return { ...assignment, reviewerId };
  }

  /** Gives (or revises) the viewer's feedback on a contribution, following the prompt's protocol. */
  async give(actor: Actor, input: GiveFeedbackInput): Promise<FeedbackEntity> {
    const { contribution, access } = await this.contributions.requireVisible(actor, input.contributionId);
    if (contribution.status !== ContributionStatus.PUBLISHED) throw AppError.notFound('Contribution');
    if (contribution.authorId === access.userId)
      throw AppError.forbidden('You cannot give feedback on your own contribution.');
    if (!canPost(access) && !canManageCohort(access))
      throw AppError.forbidden('Observers can read but not give feedback.');
    const saved = await this.dataSource.transaction(async (em) => {
      // Read under a share lock: a protocol edit waits until this feedback is saved (and then sees it in use),
      // or this feedback waits for the edit and is checked against the new sections.
      const protocol = await em.findOneOrFail(FeedbackProtocolEntity, {
        where: { id: contribution.prompt!.protocolId ?? DEFAULT_PROTOCOL_ID },
        lock: { mode: 'for_key_share' },
      });
      const errors = feedbackFieldErrors(protocol, input.answers, input.rubric);
      if (Object.keys(errors).length) throw AppError.badInput(errors, 'Some sections of the protocol need attention.');
      const answers = Object.fromEntries(
        input.answers.filter((a) => a.text.trim()).map((a) => [a.sectionKey, a.text.trim()]),
      );
      const rubric = Object.fromEntries(input.rubric.map((r) => [r.criterionKey, r.level]));
      await em
        .createQueryBuilder()
        .insert()
        .into(FeedbackEntity)
        .values({
          organizationId: contribution.organizationId,
          promptId: contribution.promptId,
          contributionId: contribution.id,
          authorId: access.userId,
          answers,
          rubric,
        })
        .orUpdate(['answers', 'rubric', 'updated_at'], ['contribution_id', 'author_id'])
        .execute();
      await em.update(
        ReviewAssignmentEntity,
        { contributionId: contribution.id, reviewerId: access.userId, completedAt: IsNull() },
        { completedAt: new Date() },
      );
      return em.findOneOrFail(FeedbackEntity, {
        where: { contributionId: contribution.id, authorId: access.userId },
        relations: { author: true },
      });
    });
    await this.contributions.activity(contribution, 'FEEDBACK_GIVEN', saved.id);
    return saved;
  }

  /** The contribution's author marks feedback helpful (or not). */
  async markHelpful(actor: Actor, feedbackId: string, helpful: boolean): Promise<FeedbackEntity> {
    const feedback = await this.dataSource
      .getRepository(FeedbackEntity)
      .findOne({ where: { id: feedbackId }, relations: { author: true } });
    if (!feedback) throw AppError.notFound('Feedback');
    const { contribution } = await this.contributions
      .requireVisible(actor, feedback.contributionId)
      .catch((error: unknown) => {
        throw notFoundAs(error, 'Feedback');
      });
    if (contribution.authorId !== actor.user.id)
      throw AppError.forbidden('Only the author of the contribution can do this.');
    const helpfulAt = helpful ? new Date() : null;
    await this.dataSource
      .getRepository(FeedbackEntity)
      .update(feedback.id, { helpfulAt, readAt: feedback.readAt ?? new Date() });
    return { ...feedback, helpfulAt };
  }

  /** The author has read the feedback on one of their contributions. */
  async markRead(actor: Actor, contributionId: string): Promise<void> {
    const { contribution } = await this.contributions.requireVisible(actor, contributionId);
    if (contribution.authorId !== actor.user.id) return;
    await this.dataSource
      .getRepository(FeedbackEntity)
      .update({ contributionId, readAt: IsNull() }, { readAt: new Date() });
  }

  /** Reviews the viewer owes in an organization, soonest due first. */
  reviewsOwed(organizationId: string, viewerId: string) {
    return this.dataSource
      .getRepository(ReviewAssignmentEntity)
      .createQueryBuilder('ra')
      .innerJoin('prompt', 'p', 'p.id = ra.prompt_id')
      .innerJoin('contribution', 'c', 'c.id = ra.contribution_id AND c.deleted_at IS NULL')
      .select([
        'ra.id AS id',
        'ra.contribution_id AS contribution_id',
        'ra.prompt_id AS prompt_id',
        'p.title AS prompt_title',
      ])
      .addSelect(['ra.due_at AS due_at', 'ra.completed_at AS completed_at'])
      .where('ra.organization_id = :organizationId AND ra.reviewer_id = :viewerId AND ra.completed_at IS NULL', {
        organizationId,
        viewerId,
      })
      .orderBy('ra.due_at', 'ASC', 'NULLS LAST')
      .getRawMany<{
        id: string;
        contribution_id: string;
        prompt_id: string;
        prompt_title: string;
        due_at: Date | null;
        completed_at: Date | null;
      }>();
  }

  unreadFeedback(organizationId: string, viewerId: string): Promise<FeedbackEntity[]> {
    return this.dataSource
      .getRepository(FeedbackEntity)
      .createQueryBuilder('f')
      .innerJoin('f.contribution', 'c')
      .leftJoinAndSelect('f.author', 'u')
      .where(
        'f.organization_id = :organizationId AND c.author_id = :viewerId AND f.read_at IS NULL AND c.deleted_at IS NULL',
        {
          organizationId,
          viewerId,
        },
      )
      .orderBy('f.created_at', 'DESC')
      .getMany();
  }
}
