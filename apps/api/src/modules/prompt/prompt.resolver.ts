import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../common/auth/request-context';
import { requireCohortAccess } from '../cohort/cohort-access';
import { Cohort } from '../cohort/dto/cohort.types';
import { CreatePromptInput, Prompt, UpdatePromptInput } from './dto/prompt.types';
import { toPrompt } from './prompt.mapper';
import { PromptService } from './prompt.service';

@Resolver(() => Prompt)
export class PromptResolver {
  constructor(private readonly promptService: PromptService) {}

  @Query(() => Prompt)
  async prompt(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext): Promise<Prompt> {
    const { prompt, access } = await this.promptService.requireVisible(ctx, id);
    return toPrompt(prompt, access);
  }

  @Mutation(() => Prompt, { description: 'Creates a draft prompt; members see it once published.' })
  async createPrompt(@Args('input') input: CreatePromptInput, @Context() ctx: RequestContext): Promise<Prompt> {
    const access = await requireCohortAccess(ctx, input.cohortId, 'facilitate');
    return toPrompt(await this.promptService.create(access, ctx.viewer!.user.id, input), access);
  }

  @Mutation(() => Prompt)
  async updatePrompt(@Args('input') input: UpdatePromptInput, @Context() ctx: RequestContext): Promise<Prompt> {
    const { prompt, access } = await this.promptService.requireVisible(ctx, input.promptId, 'facilitate');
    return toPrompt(await this.promptService.update(prompt, input), access);
  }

  @Mutation(() => Prompt, { description: 'Publishes a draft: it opens at its opensAt time (now or scheduled).' })
  async publishPrompt(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext): Promise<Prompt> {
    const { prompt, access } = await this.promptService.requireVisible(ctx, id, 'facilitate');
    return toPrompt(await this.promptService.publish(prompt), access);
  }
}

/** Cohort.prompts: the cohort's timeline. */
@Resolver(() => Cohort)
export class CohortPromptsResolver {
  constructor(private readonly promptService: PromptService) {}

  @ResolveField(() => [Prompt])
  async prompts(@Parent() cohort: Cohort, @Context() ctx: RequestContext): Promise<Prompt[]> {
    const access = await requireCohortAccess(ctx, cohort.id, 'view');
    return (await this.promptService.listForCohort(access)).map((p) => toPrompt(p, access));
  }
}
