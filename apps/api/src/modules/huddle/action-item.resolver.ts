import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { OrgRole } from '@openhuddle/shared';
import { CohortScoped, CurrentActor, CurrentMembership, OrgScoped } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import type { MembershipEntity } from '../organization/membership.entity';
import { Prompt } from '../prompt/dto/prompt.types';
import { toPrompt } from '../prompt/prompt.mapper';
import type { ActionItemEntity } from './action-item.entity';
import { ActionItemService } from './action-item.service';
import { ActionItem, AddActionItemInput } from './dto/huddle.types';
import { toActionItem } from './huddle.mapper';

/** Action items: added in a huddle, in their owner's queue, ticked off, turned into prompts. */
@Resolver(() => ActionItem)
export class ActionItemResolver {
  constructor(private readonly actionItems: ActionItemService) {}

  @CohortScoped('facilitate', { huddle: 'input.huddleId' })
  @Mutation(() => ActionItem, { description: 'Adds an action item; it lands in its owner’s queue.' })
  async addActionItem(@Args('input') input: AddActionItemInput, @CurrentActor() actor: Actor): Promise<ActionItem> {
    return this.present(actor, [await this.actionItems.add(actor, input)]).then(([item]) => item!);
  }

  @CohortScoped('view', { actionItem: 'id' })
  @Mutation(() => ActionItem)
  async completeActionItem(
    @Args('id', { type: () => ID }) id: string,
    @Args('done') done: boolean,
    @CurrentActor() actor: Actor,
  ): Promise<ActionItem> {
    return this.present(actor, [await this.actionItems.complete(actor, id, done)]).then(([item]) => item!);
  }

  @CohortScoped('facilitate', { actionItem: 'id' })
  @Mutation(() => Prompt, { description: 'Turns an action item into the next prompt (a draft to review and publish).' })
  async turnActionItemIntoPrompt(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<Prompt> {
    const prompt = await this.actionItems.turnIntoPrompt(actor, id);
    return toPrompt(prompt, (await actor.loaders.cohortAccess.load(prompt.cohortId))!);
  }

  @OrgScoped(OrgRole.MEMBER, 'organizationId')
  @Query(() => [ActionItem], {
    description: 'Action items the viewer owns in the organization (open ones unless includeDone).',
  })
  async myActionItems(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('includeDone', { defaultValue: false }) includeDone: boolean,
    @CurrentMembership() membership: MembershipEntity,
    @CurrentActor() actor: Actor,
  ): Promise<ActionItem[]> {
    return this.present(actor, await this.actionItems.mine(organizationId, membership.userId, includeDone));
  }

  /** Action items with what the viewer may do to each (one access load for all their cohorts). */
  private async present(actor: Actor, rows: ActionItemEntity[]): Promise<ActionItem[]> {
    const accesses = await actor.loaders.cohortAccess.loadMany(rows.map((a) => a.cohortId));
    return rows.map((a, i) => {
      const access = accesses[i];
      return toActionItem(a, access instanceof Error ? null : (access ?? null));
    });
  }
}
