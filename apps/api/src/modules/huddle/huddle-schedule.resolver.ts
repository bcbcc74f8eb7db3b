import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { HuddleScope } from '@openhuddle/shared';
import { CohortScoped, CurrentActor } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import { Huddle, ScheduleHuddleInput, UpdateHuddleInput } from './dto/huddle.types';
import { presentHuddle, presentHuddles } from './huddle-presenter';
import { HuddleScheduleService } from './huddle-schedule.service';

/** Scheduling: new huddles and series, edits, cancellations, linked prompts. */
@Resolver(() => Huddle)
export class HuddleScheduleResolver {
  constructor(private readonly schedule: HuddleScheduleService) {}

  @CohortScoped('facilitate', { cohort: 'input.cohortId' })
  @Mutation(() => [Huddle], { description: 'Schedules a huddle, or a weekly/biweekly series (one per meeting).' })
  async scheduleHuddle(@Args('input') input: ScheduleHuddleInput, @CurrentActor() actor: Actor): Promise<Huddle[]> {
    return presentHuddles(actor, await this.schedule.schedule(actor, input));
  }

  @CohortScoped('facilitate', { huddle: 'input.huddleId' })
  @Mutation(() => [Huddle], {
    description:
      'Edits a scheduled huddle, or it and the later meetings of its series; returns the meetings in scope, this one first. Cohort members are notified of a new time. CONFLICT once the huddle is live, ended or cancelled.',
  })
  async updateHuddle(@Args('input') input: UpdateHuddleInput, @CurrentActor() actor: Actor): Promise<Huddle[]> {
    return presentHuddles(actor, await this.schedule.update(actor, input));
  }

  @CohortScoped('facilitate', { huddle: 'huddleId' })
  @Mutation(() => [Huddle], {
    description:
      'Cancels a scheduled huddle, or it and the later meetings of its series (everything linked to them is kept); returns the meetings in scope, this one first. Cohort members are notified. CONFLICT once the huddle is live or ended.',
  })
  async cancelHuddle(
    @Args('huddleId', { type: () => ID }) huddleId: string,
    @Args('scope', { type: () => HuddleScope, defaultValue: HuddleScope.THIS }) scope: HuddleScope,
    @CurrentActor() actor: Actor,
  ): Promise<Huddle[]> {
    return presentHuddles(actor, await this.schedule.cancel(actor, huddleId, scope));
  }

  @CohortScoped('facilitate', { huddle: 'huddleId' })
  @Mutation(() => Huddle, { description: 'Sets the prompts a huddle discusses (its brief follows).' })
  async setHuddlePrompts(
    @Args('huddleId', { type: () => ID }) huddleId: string,
    @Args('promptIds', { type: () => [ID] }) promptIds: string[],
    @CurrentActor() actor: Actor,
  ): Promise<Huddle> {
    return presentHuddle(actor, await this.schedule.setPrompts(actor, huddleId, promptIds));
  }
}
