import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, type EntityManager, IsNull, Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { AppError, notFoundAs } from '../../common/errors/app-error';
import { requireCohortAccess, type CohortNeed } from '../cohort/cohort-access';
import { type CohortAccess, canManageCohort } from '../cohort/cohort.policy';
import { FeedbackProtocolEntity } from '../feedback/feedback-protocol.entity';
import { DEFAULT_PROTOCOL_ID } from '../feedback/built-in-protocols';
import type { CreatePromptInput, PromptFieldsInput, UpdatePromptInput } from './dto/prompt.types';
import { PromptEntity } from './prompt.entity';
import { promptFieldErrors } from './prompt.rules';

@Injectable()
export class PromptService {
  constructor(
    @InjectRepository(PromptEntity) private readonly prompts: Repository<PromptEntity>,
    @InjectRepository(FeedbackProtocolEntity) private readonly protocols: Repository<FeedbackProtocolEntity>,
  ) {}

  /** `em`: write inside the caller's transaction (a huddle's action item becoming a prompt). */
  async create(
    access: CohortAccess,
    viewerId: string,
    input: CreatePromptInput,
    em?: EntityManager,
  ): Promise<PromptEntity> {
    await this.validate(access.organizationId, input);
    return (em?.getRepository(PromptEntity) ?? this.prompts).save({
      ...this.fields(input),
      organizationId: access.organizationId,
      cohortId: access.cohortId,
      createdById: viewerId,
    });
  }

  async update(prompt: PromptEntity, input: UpdatePromptInput): Promise<PromptEntity> {
    await this.validate(prompt.organizationId, input);
    // Feedback is stored by its protocol's section keys: another protocol would hide what was written.
    const protocolOf = (id: string | null | undefined) => id ?? DEFAULT_PROTOCOL_ID;
    if (protocolOf(input.protocolId) !== protocolOf(prompt.protocolId)) {
      const [given] = await this.prompts.query(`SELECT 1 FROM feedback WHERE prompt_id = $1 LIMIT 1`, [prompt.id]);
      if (given) {
        throw AppError.conflict('Feedback was already given with this prompt’s protocol.', {
          protocolId: 'Feedback was already given with this protocol, so it stays. Create a new prompt to use another.',
        });
      }
    }
    await this.prompts.update(prompt.id, this.fields(input));
    return this.prompts.findOneByOrFail({ id: prompt.id });
  }

  async publish(prompt: PromptEntity): Promise<PromptEntity> {
    if (prompt.publishedAt) return prompt;
    const publishedAt = new Date();
    await this.prompts.update({ id: prompt.id, publishedAt: IsNull() }, { publishedAt });
    return { ...prompt, publishedAt };
  }

  /**
   * Loads a prompt the viewer may see, with their access to its cohort. Drafts are the
   * facilitators' own; anyone else gets NOT_FOUND, as for prompts of other tenants.
   */
  async requireVisible(actor: Actor, promptId: string, need: CohortNeed = 'view') {
    const prompt = await this.prompts.findOneBy({ id: promptId });
    if (!prompt) throw AppError.notFound('Prompt');
    const access = await requireCohortAccess(actor, prompt.cohortId, 'view').catch((error: unknown) => {
      throw notFoundAs(error, 'Prompt');
    });
    if (!prompt.publishedAt && !canManageCohort(access)) throw AppError.notFound('Prompt');
    if (need !== 'view') await requireCohortAccess(actor, prompt.cohortId, need);
    return { prompt, access };
  }

  /** Prompts of a cohort in timeline order; members see published ones only. */
  listForCohort(access: CohortAccess): Promise<PromptEntity[]> {
    const qb = this.prompts.createQueryBuilder('p').where('p.organization_id = :org AND p.cohort_id = :cohort', {
      org: access.organizationId,
      cohort: access.cohortId,
    });
    if (!canManageCohort(access)) qb.andWhere(new Brackets((w) => w.where('p.published_at IS NOT NULL')));
    return qb.orderBy('p.opens_at', 'ASC').addOrderBy('p.created_at', 'ASC').getMany();
  }

  private async validate(organizationId: string, input: PromptFieldsInput): Promise<void> {
    const errors = promptFieldErrors(input);
    if (input.protocolId) {
      const protocol = await this.protocols.findOneBy({ id: input.protocolId });
      if (!protocol || (protocol.organizationId && protocol.organizationId !== organizationId)) {
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
