import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { NUDGE_LIMITS, NudgeAudience } from '@openhuddle/shared';
import { CohortScoped, CurrentActor } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import { NudgePreview, NudgeResult } from './dto/nudge.types';
import { NudgeService } from './nudge.service';

@Resolver(() => NudgePreview)
export class NudgeResolver {
  constructor(private readonly nudges: NudgeService) {}

  @CohortScoped('facilitate', { prompt: 'promptId' })
  @Query(() => NudgePreview, {
    description: 'Who a nudge on an open prompt would reach now, and its suggested message.',
  })
  nudgePreview(
    @Args('promptId', { type: () => ID }) promptId: string,
    @Args('audience', { type: () => NudgeAudience }) audience: NudgeAudience,
    @CurrentActor() actor: Actor,
  ): Promise<NudgePreview> {
    return this.nudges.preview(actor, promptId, audience);
  }

  @CohortScoped('facilitate', { prompt: 'promptId' })
  @Mutation(() => NudgeResult, {
    description: `Reminds the audience in-app and by email (per their preferences), skipping whoever was reminded about this prompt today. message: at most ${NUDGE_LIMITS.messageMax} characters; the suggested one when left out.`,
  })
  sendNudge(
    @Args('promptId', { type: () => ID }) promptId: string,
    @Args('audience', { type: () => NudgeAudience }) audience: NudgeAudience,
    @CurrentActor() actor: Actor,
    @Args('message', { type: () => String, nullable: true }) message?: string | null,
  ): Promise<NudgeResult> {
    return this.nudges.send(actor, promptId, audience, message);
  }
}
