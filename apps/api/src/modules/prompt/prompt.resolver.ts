import { CohortScoped, CurrentActor } from '../../common/auth/access.decorators';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor';
import { requireCohortAccess } from '../cohort/cohort-access';
import { Cohort } from '../cohort/dto/cohort.types';
import { FeedbackProtocol } from '../feedback-protocol/dto/feedback-protocol.types';
import { DEFAULT_PROTOCOL_ID } from '../feedback-protocol/built-in-protocols';
import { toProtocol } from '../feedback-protocol/feedback-protocol.mapper';
import { CreatePromptInput, Prompt, UpdatePromptInput } from './dto/prompt.types';
import { canSeeDraftPrompts } from './prompt.policy';
import { toPrompt } from './prompt.mapper';
import { PromptService } from './prompt.service';

@Resolver(() => Prompt)
export class PromptResolver {
  constructor(private readonly promptService: PromptService) {}

  @CohortScoped('view', { prompt: 'id' })
  @Query(() => Prompt)
  async prompt(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: Actor): Promise<Prompt> {
    const { prompt, access } = await this.promptService.requireVisible(actor, id);
    return toPrompt(prompt, access);
  }

  @CohortScoped('facilitate', { cohort: 'input.cohortId' })
  @Mutation(() => Prompt, { description: 'Creates a draft prompt; members see it once published.' })
  async createPrompt(@Args('input') input: CreatePromptInput, @CurrentActor() actor: Actor): Promise<Prompt> {
    const access = await requireCohortAccess(actor, input.cohortId, 'facilitate');
    return toPrompt(await this.promptService.create(access, actor.user.id, input), access);
  }

  @CohortScoped('facilitate', { prompt: 'input.promptId' })
  @Mutation(() => Prompt)
  async updatePrompt(@Args('input') input: UpdatePromptInput, @CurrentActor() actor: Actor): Promise<Prompt> {
    const { prompt, access } = await this.promptService.requireVisible(actor, input.promptId, 'facilitate');
    return toPrompt(await this.promptService.update(prompt, input), access);
  }

  @CohortScoped('facilitate', { prompt: 'id' })
  @Mutation(() => Prompt, { description: 'Publishes a draft: it opens at its opensAt time (now or scheduled).' })
  async publishPrompt(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: Actor): Promise<Prompt> {
    const { prompt, access } = await this.promptService.requireVisible(actor, id, 'facilitate');
    return toPrompt(await this.promptService.publish(prompt), access);
  }
}

/** Cohort.prompts: the cohort's timeline (one statement for every cohort of the page). */
@Resolver(() => Cohort)
export class CohortPromptsResolver {
  @ResolveField(() => [Prompt])
  async prompts(@Parent() cohort: Cohort, @CurrentActor() actor: Actor): Promise<Prompt[]> {
    const access = await requireCohortAccess(actor, cohort.id, 'view');
    const rows = await actor.loaders.promptsByCohort.load(cohort.id);
    return rows.filter((p) => p.publishedAt || canSeeDraftPrompts(access)).map((p) => toPrompt(p, access));
  }
}

/** Prompt.protocol: the protocol its feedback follows. */
@Resolver(() => Prompt)
export class PromptProtocolResolver {
  @ResolveField(() => FeedbackProtocol, {
    description: 'The protocol feedback follows (Glow & Grow when none was picked).',
  })
  async protocol(@Parent() prompt: Prompt, @CurrentActor() actor: Actor): Promise<FeedbackProtocol> {
    const [protocol, access] = await Promise.all([
      actor.loaders.protocolById.load(prompt.protocolId ?? DEFAULT_PROTOCOL_ID),
      // Already loaded to show the prompt: which organization's usage to count.
      actor.loaders.cohortAccess.load(prompt.cohortId),
    ]);
    return toProtocol(protocol!, access?.organizationId ?? protocol!.organizationId ?? '');
  }
}
