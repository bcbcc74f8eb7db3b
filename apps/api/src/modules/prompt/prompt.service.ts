import { DomainEvents } from '../../common/events/domain-events';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { AppError, notFoundAs } from '../../common/errors/app-error';
import { requireCohortAccess, type CohortNeed } from '../cohort/cohort-access';
import type { CohortAccess } from '../cohort/cohort.policy';
import { DEFAULT_PROTOCOL_ID } from '../feedback-protocol/built-in-protocols';
import { FeedbackProtocolService } from '../feedback-protocol/feedback-protocol.service';
import type { CreatePromptInput, PromptFieldsInput, UpdatePromptInput } from './dto/prompt.types';
import type { PromptEntity } from './prompt.entity';
import { canSeeDraftPrompts } from './prompt.policy';
import { PromptRepository } from './prompt.repository';
import { promptFieldErrors } from './prompt.rules';

@Injectable()
export class PromptService {
  constructor(
    private readonly prompts: PromptRepository,
    private readonly protocols: FeedbackProtocolService,
    private readonly events: DomainEvents,
  ) {}

  /** `em`: write inside the caller's transaction (a huddle's action item becoming a prompt). */
  async create(
    access: CohortAccess,
    viewerId: string,
    input: CreatePromptInput,
    em?: EntityManager,
  ): Promise<PromptEntity> {
    await this.validate(access.organizationId, input);
    return this.prompts.create(
      {
        ...this.fields(input),
        organizationId: access.organizationId,
        cohortId: access.cohortId,
        createdById: viewerId,
      },
      em,
    );
  }

  async update(prompt: PromptEntity, input: UpdatePromptInput): Promise<PromptEntity> {
    await this.validate(prompt.organizationId, input);
    // Feedback is stored by its protocol's section keys: another protocol would hide what was written.
    const protocolOf = (id: string | null | undefined) => id ?? DEFAULT_PROTOCOL_ID;
    if (protocolOf(input.protocolId) !== protocolOf(prompt.protocolId)) {
      if (await this.prompts.hasFeedback(prompt.id)) {
        throw AppError.conflict('Feedback was already given with this prompt’s protocol.', {
          protocolId: 'Feedback was already given with this protocol, so it stays. Create a new prompt to use another.',
        });
      }
    }
    return this.prompts.update(prompt.id, this.fields(input));
  }

  async publish(prompt: PromptEntity): Promise<PromptEntity> {
    if (prompt.publishedAt) return prompt;
    const publishedAt = new Date();
    await this.prompts.publish(prompt.id, publishedAt);
    await this.events.emit({ type: 'PromptPublished', promptId: prompt.id });
    return { ...prompt, publishedAt };
  }

  /**
   * Loads a prompt the viewer may see, with their access to its cohort. Drafts are the
   * facilitators' own; anyone else gets NOT_FOUND, as for prompts of other tenants.
   */
  async requireVisible(actor: Actor, promptId: string, need: CohortNeed = 'view') {
    const prompt = await this.prompts.findById(promptId);
    if (!prompt) throw AppError.notFound('Prompt');
    const access = await requireCohortAccess(actor, prompt.cohortId, 'view').catch((error: unknown) => {
      throw notFoundAs(error, 'Prompt');
    });
    if (!prompt.publishedAt && !canSeeDraftPrompts(access)) throw AppError.notFound('Prompt');
    if (need !== 'view') await requireCohortAccess(actor, prompt.cohortId, need);
    return { prompt, access };
  }

  private async validate(organizationId: string, input: PromptFieldsInput): Promise<void> {
    const errors = promptFieldErrors(input);
    if (input.protocolId) {
      if (!(await this.protocols.usableBy(organizationId, input.protocolId))) {
        errors.protocolId = 'Pick a feedback protocol of this organization.';
      }
    }
    if (Object.keys(errors).length) throw AppError.badInput(errors);
  }

  private fields(input: PromptFieldsInput): Partial<PromptEntity> {
    return {
      title: input.title,
      instructions: input.instructions,
      opensAt: input.opensAt,
      dueAt: input.dueAt ?? null,
      closesAt: input.closesAt ?? null,
      acceptedKinds: [...new Set(input.acceptedKinds)],
      revealRule: input.revealRule,
      revealAt: input.revealAt ?? null,
      anonymity: input.anonymity,
      protocolId: input.protocolId ?? null,
      reviewMode: input.reviewMode,
      reviewsPerContribution: input.reviewsPerContribution,
      reviewGrouping: input.reviewGrouping,
    };
  }
}
