import { Injectable } from '@nestjs/common';
import { ContributionStatus } from '@openhuddle/shared';
import type { Actor } from '../../common/auth/actor';
import { AuditService } from '../audit/audit.service';
import { RateLimiter } from '../../common/rate-limit/rate-limiter';
import { RATE_LIMITS } from '../../common/rate-limit/rate-limit.rules';
import { AppError } from '../../common/errors/app-error';
import { type CohortActivityHappened, DomainEvents } from '../../common/events/domain-events';
import { AttachmentService } from '../attachment/attachment.service';
import { MuteService } from '../moderation/mute.service';
import { type CohortAccess, canManageCohort } from '../cohort/cohort.policy';
import { PromptService } from '../prompt/prompt.service';
import { promptStatus } from '../prompt/prompt-status';
import { PromptStatus, type ReactionKind } from '@openhuddle/shared';
import type { ContributionEntity } from './contribution.entity';
import { checkDelete, checkEdit, checkPublish, checkReact, checkSpotlight, enforce } from './contribution.policy';
import { ContributionRepository } from './contribution.repository';
import type { SearchHit } from './search';
import { SearchRepository } from './search.repository';
import type { ContributionFieldsInput, EditContributionInput, SaveDraftInput } from './dto/contribution.types';

@Injectable()
export class ContributionService {
  constructor(
    private readonly audit: AuditService,
    private readonly contributions: ContributionRepository,
    private readonly searchRepository: SearchRepository,
    private readonly prompts: PromptService,
    private readonly events: DomainEvents,
    private readonly attachments: AttachmentService,
    private readonly limiter: RateLimiter,
    private readonly mutes: MuteService,
  ) {}

  /** A contribution the viewer may see, with their cohort access; NOT_FOUND otherwise. */
  async requireVisible(actor: Actor, id: string): Promise<{ contribution: ContributionEntity; access: CohortAccess }> {
    const contribution = await actor.loaders.visibleContribution.load(id);
    if (!contribution) throw AppError.notFound('Contribution');
    const access = await actor.loaders.cohortAccess.load(contribution.cohortId);
    if (!access) throw AppError.notFound('Contribution');
    return { contribution, access };
  }

  /** Creates or autosaves a private draft. */
  async saveDraft(actor: Actor, input: SaveDraftInput): Promise<ContributionEntity> {
    const { prompt, access } = await this.prompts.requireVisible(actor, input.promptId, 'post');
    this.checkKind(prompt.acceptedKinds, input.kind);
    if (!input.contributionId) {
      if (promptStatus(prompt) !== PromptStatus.OPEN && !canManageCohort(access)) {
        throw AppError.conflict('This prompt is not open for contributions.');
      }
      return this.contributions.transaction(async (em) => {
        const draft = await this.contributions.create(em, {
          organizationId: prompt.organizationId,
          cohortId: prompt.cohortId,
          promptId: prompt.id,
          authorId: access.userId,
          kind: input.kind,
          body: input.body,
          links: input.links,
          status: ContributionStatus.DRAFT,
        });
        if (input.attachmentIds) await this.attachments.attach(em, draft.id, access.userId, input.attachmentIds);
        return draft;
      });
    }
    return this.contributions.transaction(async (em) => {
      const draft = await this.contributions.lock(em, input.contributionId!);
      if (!draft || draft.authorId !== access.userId || draft.deletedAt || draft.promptId !== prompt.id) {
        throw AppError.notFound('Contribution');
      }
      if (draft.status !== ContributionStatus.DRAFT) throw AppError.conflict('This is published: edit it instead.');
      this.checkVersion(draft.version, input.expectedVersion);
      await this.contributions.update(em, draft.id, { ...this.fields(input), version: draft.version + 1 });
      if (input.attachmentIds) await this.attachments.attach(em, draft.id, access.userId, input.attachmentIds);
      return this.contributions.findFull(em, draft.id);
    });
  }

  async publish(actor: Actor, id: string): Promise<ContributionEntity> {
    const { contribution, access } = await this.requireVisible(actor, id);
    enforce(checkPublish(access, contribution));
    if (contribution.status === ContributionStatus.PUBLISHED) return contribution;
    // Muted: the draft stays saved, it just cannot go out yet.
    await this.mutes.assertNotMuted(contribution.cohortId, access.userId);
    const prompt = contribution.prompt!;
    if (promptStatus(prompt) !== PromptStatus.OPEN && !canManageCohort(access)) {
      throw AppError.conflict('This prompt is closed: your draft is kept but cannot be published.');
    }
    if (!contribution.body.trim() && !contribution.links.length) {
      throw AppError.badInput({ body: 'Write something (or add a link) before publishing.' });
    }
    const publishedAt = new Date();
    await this.contributions.publish(id, publishedAt);
    actor.loaders.visibleContribution.clear(id);
    await this.events.emit({
      type: 'ContributionPublished',
      contributionId: id,
      promptId: contribution.promptId,
      cohortId: contribution.cohortId,
      organizationId: contribution.organizationId,
    });
    await this.activity(contribution, 'CONTRIBUTION_PUBLISHED', null);
    return { ...contribution, status: ContributionStatus.PUBLISHED, publishedAt };
  }

  /** Edits a published contribution, keeping what it said before as a revision. */
  async edit(actor: Actor, input: EditContributionInput): Promise<ContributionEntity> {
    const { contribution, access } = await this.requireVisible(actor, input.contributionId);
    enforce(checkEdit(access, contribution));
    this.checkKind(contribution.prompt!.acceptedKinds, input.kind);
    if (
      input.answersFeedbackId &&
      !(await this.contributions.feedbackGivenOn(input.answersFeedbackId, contribution.id))
    ) {
      throw AppError.badInput({ answersFeedbackId: 'Pick feedback given on this contribution.' });
    }
    const saved = await this.contributions.transaction(async (em) => {
      const current = (await this.contributions.lock(em, contribution.id))!;
      this.checkVersion(current.version, input.expectedVersion);
      await this.contributions.addRevision(em, {
        organizationId: current.organizationId,
        contributionId: current.id,
        version: current.version,
        kind: current.kind,
        body: current.body,
        links: current.links,
        editedById: access.userId,
        answersFeedbackId: input.answersFeedbackId ?? null,
      });
      await this.contributions.update(em, current.id, { ...this.fields(input), version: current.version + 1 });
      if (input.attachmentIds) await this.attachments.attach(em, current.id, access.userId, input.attachmentIds);
      return this.contributions.findFull(em, current.id);
    });
    await this.activity(saved, 'CONTRIBUTION_EDITED', null);
    return saved;
  }

  /** Tells the real-time feed that something new happened on a contribution. */
  async activity(
    contribution: Pick<ContributionEntity, 'id' | 'cohortId' | 'promptId'>,
    kind: CohortActivityHappened['kind'],
    subjectId: string | null,
  ): Promise<void> {
    await this.events.emit({
      type: 'CohortActivityHappened',
      kind,
      cohortId: contribution.cohortId,
      promptId: contribution.promptId,
      contributionId: contribution.id,
      subjectId,
    });
  }

  /** Soft delete by the author or a facilitator: gone for everyone, kept as an auditable tombstone. */
  async delete(actor: Actor, id: string): Promise<void> {
    const { contribution, access } = await this.requireVisible(actor, id);
    enforce(checkDelete(access, contribution));
    await this.contributions.softDelete(id, access.userId);
    // Deletes by others (facilitators, admins) are administrative: recorded, without the author.
    if (contribution.authorId !== access.userId) {
      await this.audit.recordContributionDeletedByOther(
        { organizationId: contribution.organizationId, userId: access.userId },
        contribution,
      );
    }
  }

  async spotlight(actor: Actor, id: string, on: boolean): Promise<ContributionEntity> {
    const { contribution, access } = await this.requireVisible(actor, id);
    enforce(checkSpotlight(access));
    const spotlightedAt = on ? new Date() : null;
    await this.contributions.setSpotlight(id, spotlightedAt);
    await this.activity(contribution, 'SPOTLIGHTED', null);
    return { ...contribution, spotlightedAt };
  }

  async react(actor: Actor, contributionId: string, kind: ReactionKind, on: boolean): Promise<void> {
    const { contribution, access } = await this.requireVisible(actor, contributionId);
    enforce(checkReact(access, contribution));
    if (on) await this.contributions.addReaction(contribution.organizationId, contributionId, access.userId, kind);
    else await this.contributions.removeReaction(contributionId, access.userId, kind);
  }

  /** Marks a prompt read now: its "new" badge clears. */
  async markPromptRead(actor: Actor, promptId: string): Promise<void> {
    const { prompt, access } = await this.prompts.requireVisible(actor, promptId);
    await this.contributions.markPromptRead(prompt.organizationId, prompt.id, access.userId);
  }

  /**
   * Full-text search over what the viewer may see in the organization, or in one of its cohorts.
   * Search is expensive (full-text over the organisation): rate-limited per person.
   */
  async search(organizationId: string, viewerId: string, query: string, cohortId?: string): Promise<SearchHit[]> {
    await this.limiter.consume({ rule: RATE_LIMITS.searchPerUser, subject: viewerId });
    return this.searchRepository.search(organizationId, viewerId, query, cohortId);
  }

  private checkKind(accepted: string[], kind: string): void {
    if (!accepted.includes(kind)) {
      throw AppError.badInput({ kind: `This prompt accepts ${accepted.map((k) => k.toLowerCase()).join(', ')}.` });
    }
  }

  /** Optimistic concurrency: a save based on an older version must not erase a newer one. */
  private checkVersion(current: number, expected: number | undefined): void {
    if (expected !== undefined && expected !== current) {
      throw AppError.conflict(
        `This was changed elsewhere since you opened it (now version ${current}). Copy your text, reload, and merge.`,
        { expectedVersion: `The latest version is ${current}.` },
      );
    }
  }

  private fields(input: ContributionFieldsInput): Partial<ContributionEntity> {
    return { kind: input.kind, body: input.body, links: input.links.map((l) => ({ url: l.url, title: l.title })) };
  }
}
