import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CohortScoped, CurrentActor } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import { AgendaService } from './agenda.service';
import { AgendaItem, AgendaItemInput, ReorderAgendaInput, UpdateAgendaItemInput } from './dto/huddle.types';
import { toAgendaItem } from './huddle.mapper';

/** A huddle's agenda, as its facilitators shape it. */
@Resolver(() => AgendaItem)
export class AgendaResolver {
  constructor(private readonly agenda: AgendaService) {}

  @CohortScoped('facilitate', { huddle: 'input.huddleId' })
  @Mutation(() => AgendaItem)
  async addAgendaItem(@Args('input') input: AgendaItemInput, @CurrentActor() actor: Actor): Promise<AgendaItem> {
    return toAgendaItem(await this.agenda.add(actor, input));
  }

  @CohortScoped('facilitate', { agendaItem: 'input.agendaItemId' })
  @Mutation(() => AgendaItem)
  async updateAgendaItem(
    @Args('input') input: UpdateAgendaItemInput,
    @CurrentActor() actor: Actor,
  ): Promise<AgendaItem> {
    return toAgendaItem(await this.agenda.update(actor, input));
  }

  @CohortScoped('facilitate', { agendaItem: 'agendaItemId' })
  @Mutation(() => Boolean)
  async removeAgendaItem(
    @Args('agendaItemId', { type: () => ID }) agendaItemId: string,
    @CurrentActor() actor: Actor,
  ): Promise<boolean> {
    await this.agenda.remove(actor, agendaItemId);
    return true;
  }

  @CohortScoped('facilitate', { huddle: 'input.huddleId' })
  @Mutation(() => [AgendaItem])
  async reorderAgenda(@Args('input') input: ReorderAgendaInput, @CurrentActor() actor: Actor): Promise<AgendaItem[]> {
    return (await this.agenda.reorder(actor, input.huddleId, input.agendaItemIds)).map(toAgendaItem);
  }
}
