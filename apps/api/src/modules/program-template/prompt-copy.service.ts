import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor';
import { AppError } from '../../common/errors/app-error';
import { requireCohortAccess } from '../cohort/cohort-access';
import { canManageCohort } from '../cohort/cohort.policy';
import { toPrompt } from '../prompt/prompt.mapper';
import { PromptService } from '../prompt/prompt.service';
import type { Prompt } from '../prompt/dto/prompt.types';
import { canCopyPrompt } from './program-template.policy';
import { ProgramLaunchRepository } from './program-launch.repository';
import { type CopyTargetRow, PromptCopyRepository } from './prompt-copy.repository';
import { BUILT_IN_IDS } from './template-content';

/** Copies one prompt into another cohort the person runs, as a draft to adjust and publish there. */
@Injectable()
export class PromptCopyService {
  constructor(
    private readonly prompts: PromptService,
    private readonly launches: ProgramLaunchRepository,
    private readonly targets: PromptCopyRepository,
  ) {}

  async copy(actor: Actor, promptId: string, cohortId: string): Promise<Prompt> {
    const { prompt, access: from } = await this.prompts.requireVisible(actor, promptId, 'facilitate');
    const to = await requireCohortAccess(actor, cohortId, 'facilitate');
    if (!canCopyPrompt(from, to)) throw AppError.badInput({ cohortId: 'Pick another cohort than the prompt’s own.' });
    // An organisation's own protocol comes along into the other organisation (reused when identical).
    const [protocol] =
      prompt.protocolId && !BUILT_IN_IDS.has(prompt.protocolId)
        ? await this.launches.protocols([prompt.protocolId])
        : [];
    const copyId = await this.launches.transaction(async (tx) => {
      const protocolId =
        protocol && protocol.organization_id !== to.organizationId
          ? await this.launches.carryProtocol(tx, to.organizationId, protocol)
          : prompt.protocolId;
      const [id] = await this.launches.insertPrompts(tx, [
        {
          organizationId: to.organizationId,
          cohortId: to.cohortId,
          title: prompt.title,
          instructions: prompt.instructions,
          opensAt: prompt.opensAt,
          dueAt: prompt.dueAt,
          closesAt: prompt.closesAt,
          acceptedKinds: prompt.acceptedKinds,
          revealRule: prompt.revealRule,
          revealAt: prompt.revealAt,
          anonymity: prompt.anonymity,
          protocolId,
          reviewMode: prompt.reviewMode,
          reviewsPerContribution: prompt.reviewsPerContribution,
          reviewGrouping: prompt.reviewGrouping,
          publishedAt: null,
          createdById: actor.user.id,
        },
      ]);
      return id!;
    });
    const { prompt: copy } = await this.prompts.requireVisible(actor, copyId, 'facilitate');
    return toPrompt(copy, to);
  }

  /** Where the viewer may copy the prompt: none unless they run its cohort. */
  async copyTargets(actor: Actor, prompt: { cohortId: string }): Promise<CopyTargetRow[]> {
    const from = await actor.loaders.cohortAccess.load(prompt.cohortId);
    if (!from || !canManageCohort(from)) return [];
    return this.targets.copyTargets(actor.user.id, prompt.cohortId);
  }
}
