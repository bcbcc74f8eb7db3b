import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CohortScoped, CurrentActor } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import { requireCohortAccess } from '../cohort/cohort-access';
import type { CohortAccess } from '../cohort/cohort.policy';
import { Cohort } from '../cohort/dto/cohort.types';
import { Prompt } from '../prompt/dto/prompt.types';
import { toPrompt } from '../prompt/prompt.mapper';
import { ActionItem, AgendaItem, Decision, Huddle, HuddleNote } from './dto/huddle.types';
import { requireHuddle } from './huddle-access';
import { presentHuddle, presentHuddles, visiblePrompts } from './huddle-presenter';
import { toActionItem, toAgendaItem, toDecision, toHuddleNote } from './huddle.mapper';

/** A huddle and what its page reads; every field that reads the database goes through a loader. */
@Resolver(() => Huddle)
export class HuddleResolver {
  @CohortScoped('view', { huddle: 'id' })
  @Query(() => Huddle)
  async huddle(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: Actor): Promise<Huddle> {
    const { huddle } = await requireHuddle(actor, id);
    return presentHuddle(actor, huddle);
  }

  @ResolveField(() => Int, {
    description: 'Scheduled meetings of its series after this one: what scope FOLLOWING also changes.',
  })
  laterInSeries(@Parent() huddle: Huddle, @CurrentActor() actor: Actor): Promise<number> {
    return actor.loaders.huddleLaterInSeries.load(huddle.id);
  }

  @ResolveField(() => [Prompt])
  async prompts(@Parent() huddle: Huddle, @CurrentActor() actor: Actor): Promise<Prompt[]> {
    const access = await this.accessOf(actor, huddle);
    const rows = await actor.loaders.huddlePrompts.load(huddle.id);
    return visiblePrompts(rows, access).map((p) => toPrompt(p, access));
  }

  @ResolveField(() => [AgendaItem])
  async agenda(@Parent() huddle: Huddle, @CurrentActor() actor: Actor): Promise<AgendaItem[]> {
    return (await actor.loaders.huddleAgenda.load(huddle.id)).map(toAgendaItem);
  }

  @ResolveField(() => [HuddleNote])
  async notes(@Parent() huddle: Huddle, @CurrentActor() actor: Actor): Promise<HuddleNote[]> {
    const [notes, members] = await Promise.all([
      actor.loaders.huddleNotes.load(huddle.id),
      actor.loaders.cohortMembers.load(huddle.cohortId),
    ]);
    return notes.map((n) => toHuddleNote(n, members.find((m) => m.userId === n.authorId)?.user));
  }

  @ResolveField(() => [Decision])
  async decisions(@Parent() huddle: Huddle, @CurrentActor() actor: Actor): Promise<Decision[]> {
    return (await actor.loaders.huddleDecisions.load(huddle.id)).map(toDecision);
  }

  @ResolveField(() => [ActionItem])
  async actionItems(@Parent() huddle: Huddle, @CurrentActor() actor: Actor): Promise<ActionItem[]> {
    const [items, access] = await Promise.all([
      actor.loaders.huddleActionItems.load(huddle.id),
      this.accessOf(actor, huddle),
    ]);
    return items.map((a) => toActionItem(a, access));
  }

  /** The parent was presented to this viewer, so their access to its cohort is already loaded. */
  private async accessOf(actor: Actor, huddle: Huddle): Promise<CohortAccess> {
    return (await actor.loaders.cohortAccess.load(huddle.cohortId))!;
  }
}

/** Cohort.huddles: upcoming and past meetings. */
@Resolver(() => Cohort)
export class CohortHuddlesResolver {
  @ResolveField(() => [Huddle])
  async huddles(@Parent() cohort: Cohort, @CurrentActor() actor: Actor): Promise<Huddle[]> {
    await requireCohortAccess(actor, cohort.id, 'view');
    return presentHuddles(actor, await actor.loaders.cohortHuddles.load(cohort.id));
  }
}
