import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CohortScoped, CurrentActor } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import { Prompt } from '../prompt/dto/prompt.types';
import { PromptCopyTarget } from './dto/program-launch.types';
import { PromptCopyService } from './prompt-copy.service';

@Resolver(() => Prompt)
export class PromptCopyResolver {
  constructor(private readonly copies: PromptCopyService) {}

  // The prompt's cohort is gated here; the target cohort is checked by the service (facilitate too).
  @CohortScoped('facilitate', { prompt: 'promptId' })
  @Mutation(() => Prompt, { description: 'Copies a prompt into another cohort the viewer runs, as a draft.' })
  copyPromptToCohort(
    @Args('promptId', { type: () => ID }) promptId: string,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @CurrentActor() actor: Actor,
  ): Promise<Prompt> {
    return this.copies.copy(actor, promptId, cohortId);
  }

  @ResolveField(() => [PromptCopyTarget], {
    description: 'Cohorts the viewer runs where this prompt can be copied (empty unless they run its cohort).',
  })
  async copyTargets(@Parent() prompt: Prompt, @CurrentActor() actor: Actor): Promise<PromptCopyTarget[]> {
    const rows = await this.copies.copyTargets(actor, prompt);
    return rows.map((r) => ({
      cohortId: r.cohort_id,
      cohortName: r.cohort_name,
      organizationId: r.organization_id,
      organizationName: r.organization_name,
    }));
  }
}
