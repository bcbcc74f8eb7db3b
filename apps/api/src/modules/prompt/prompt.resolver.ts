import { CohortScoped, CurrentActor } from '../../common/auth/access.decorators';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor';
import { requireCohortAccess } from '../cohort/cohort-access';
import { Cohort } from '../cohort/dto/cohort.types';
import { CreatePromptInput, Prompt, UpdatePromptInput } from './dto/prompt.types';
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

/** Cohort.prompts: the cohort's timeline. */
@Resolver(() => Cohort)
export class CohortPromptsResolver {
  constructor(private readonly promptService: PromptService) {}

  @ResolveField(() => [Prompt])
  async prompts(@Parent() cohort: Cohort, @CurrentActor() actor: Actor): Promise<Prompt[]> {
    const access = await requireCohortAccess(actor, cohort.id, 'view');
    return (await this.promptService.listForCohort(access)).map((p) => toPrompt(p, access));
  }
}
