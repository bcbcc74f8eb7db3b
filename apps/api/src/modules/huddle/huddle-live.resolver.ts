import { Args, ID, Mutation, Resolver, Subscription } from '@nestjs/graphql';
import { CohortScoped, CurrentActor } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import type { RequestContext } from '../../common/auth/request-context';
import { LoaderRegistry } from '../../common/graphql/loader-registry';
import { type CohortAccess, canViewCohort } from '../cohort/cohort.policy';
import { HuddleLiveEvent, type HuddleLiveKind } from './dto/huddle-live.types';
import { Decision, Huddle, HuddleNote, RecordDecisionInput, SaveNoteInput } from './dto/huddle.types';
import { requireHuddle } from './huddle-access';
import { HuddleLiveEvents, type HuddleLivePayload } from './huddle-live.events';
import { HuddleLiveService } from './huddle-live.service';
import { presentHuddle } from './huddle-presenter';
import { toActionItem, toDecision, toHuddleNote } from './huddle.mapper';
import { huddleWithAccess } from './huddle.loader';
import { HuddleRepository } from './huddle.repository';
import { MinutesService } from './minutes.service';

/** The live huddle: going live, attendance, the current item, notes, decisions, the end, its events. */
@Resolver(() => Huddle)
export class HuddleLiveResolver {
  constructor(
    private readonly live: HuddleLiveService,
    private readonly minutes: MinutesService,
    private readonly events: HuddleLiveEvents,
    private readonly huddles: HuddleRepository,
    private readonly loaderRegistry: LoaderRegistry,
  ) {}

  @CohortScoped('facilitate', { huddle: 'id' })
  @Mutation(() => Huddle, { description: 'Goes live: participants’ screens follow the current agenda item.' })
  async startHuddle(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: Actor): Promise<Huddle> {
    return presentHuddle(actor, await this.live.start(actor, id));
  }

  @CohortScoped('view', { huddle: 'id' })
  @Mutation(() => Boolean, { description: 'Records the viewer’s attendance in the live huddle.' })
  async joinHuddle(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: Actor): Promise<boolean> {
    await this.live.join(actor, id);
    return true;
  }

  @CohortScoped('facilitate', { huddle: 'huddleId' })
  @Mutation(() => Huddle)
  async setCurrentAgendaItem(
    @Args('huddleId', { type: () => ID }) huddleId: string,
    @Args('agendaItemId', { type: () => ID, nullable: true }) agendaItemId: string | null,
    @CurrentActor() actor: Actor,
  ): Promise<Huddle> {
    return presentHuddle(actor, await this.live.setCurrentItem(actor, huddleId, agendaItemId));
  }

  @CohortScoped('view', { agendaItem: 'input.agendaItemId' })
  @Mutation(() => HuddleNote, { description: 'Saves your own notes block on an agenda item.' })
  async saveHuddleNote(@Args('input') input: SaveNoteInput, @CurrentActor() actor: Actor): Promise<HuddleNote> {
    return toHuddleNote(await this.live.saveNote(actor, input), actor.user);
  }

  @CohortScoped('facilitate', { huddle: 'input.huddleId' })
  @Mutation(() => Decision)
  async recordDecision(@Args('input') input: RecordDecisionInput, @CurrentActor() actor: Actor): Promise<Decision> {
    return toDecision(await this.live.recordDecision(actor, input));
  }

  @CohortScoped('facilitate', { huddle: 'id' })
  @Mutation(() => Huddle, { description: 'Ends the huddle and posts its minutes to the cohort.' })
  async endHuddle(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: Actor): Promise<Huddle> {
    return presentHuddle(actor, await this.minutes.endWithMinutes(actor, id));
  }

  @CohortScoped('view', { huddle: 'huddleId' })
  @Subscription(() => HuddleLiveEvent, {
    description: 'Live huddle changes: current item, agenda, notes, decisions, action items, end.',
    // Access is decided again at every delivery (fresh loaders): a member removed since
    // subscribing receives nothing more.
    filter(this: HuddleLiveResolver, payload: HuddleLivePayload, _args: unknown, ctx: RequestContext) {
      return this.stillSees(payload.huddleId, ctx).then((access) => !!access && canViewCohort(access));
    },
    resolve(this: HuddleLiveResolver, payload: HuddleLivePayload, _args: unknown, ctx: RequestContext) {
      return this.toLiveEvent(payload, ctx);
    },
  })
  async huddleLive(@Args('huddleId', { type: () => ID }) huddleId: string, @CurrentActor() actor: Actor) {
    await requireHuddle(actor, huddleId);
    return this.events.subscribe(huddleId);
  }

  /** The subscriber's access to the huddle's cohort now, from fresh loaders (null when none). */
  private async stillSees(huddleId: string, ctx: RequestContext): Promise<CohortAccess | null> {
    const userId = ctx.viewer?.user.id;
    if (!userId) return null;
    const loaders = this.loaderRegistry.create(userId);
    const huddle = await huddleWithAccess(loaders, userId, huddleId);
    return huddle ? loaders.cohortAccess.load(huddle.cohortId) : null;
  }

  private async toLiveEvent(payload: HuddleLivePayload, ctx: RequestContext): Promise<HuddleLiveEvent> {
    const { note, decision, actionItem } = payload;
    return Object.assign(new HuddleLiveEvent(), {
      kind: payload.kind as HuddleLiveKind,
      huddleId: payload.huddleId,
      currentAgendaItemId: payload.currentAgendaItemId,
      note: note ? toHuddleNote(note, await this.huddles.userOf(note.authorId)) : null,
      decision: decision ? toDecision(decision) : null,
      // What this subscriber may do to it is theirs, not the facilitator's who added it.
      actionItem: actionItem ? toActionItem(actionItem, await this.stillSees(payload.huddleId, ctx)) : null,
    });
  }
}
