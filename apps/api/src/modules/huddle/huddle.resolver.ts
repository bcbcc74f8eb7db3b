import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { HuddleScope, HuddleStatus, OrgRole } from '@openhuddle/shared';
import type { PubSubEngine } from 'graphql-subscriptions';
import { CohortScoped, CurrentActor, CurrentMembership, OrgScoped } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import type { RequestContext } from '../../common/auth/request-context';
import { LoaderRegistry } from '../../common/graphql/loader-registry';
import { PUB_SUB } from '../activity/pub-sub';
import { requireCohortAccess } from '../cohort/cohort-access';
import { type CohortAccess, canManageCohort, canViewCohort } from '../cohort/cohort.policy';
import { Cohort } from '../cohort/dto/cohort.types';
import type { MembershipEntity } from '../organization/membership.entity';
import { Prompt } from '../prompt/dto/prompt.types';
import { toPrompt } from '../prompt/prompt.mapper';
import { UserProfile } from '../user/dto/user.types';
import { HuddleLiveEvent, type HuddleLiveKind } from './dto/huddle-live.types';
import {
  ActionItem,
  AddActionItemInput,
  AgendaItem,
  AgendaItemInput,
  Decision,
  Huddle,
  HuddleNote,
  UpdateHuddleInput,
  RecordDecisionInput,
  ReorderAgendaInput,
  SaveNoteInput,
  ScheduleHuddleInput,
  UpdateAgendaItemInput,
} from './dto/huddle.types';
import { toActionItem, toAgendaItem, toDecision, toHuddle } from './huddle.mapper';
import type { HuddleEntity } from './huddle.entity';
import { huddleWithAccess } from './huddle.loader';
import { huddleTopic, type HuddleLivePayload, HuddleService } from './huddle.service';
import { composeMinutes } from './minutes';

@Resolver(() => Huddle)
export class HuddleResolver {
  constructor(
    private readonly huddles: HuddleService,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
    private readonly loaderRegistry: LoaderRegistry,
  ) {}

  @CohortScoped('view', { huddle: 'id' })
  @Query(() => Huddle)
  async huddle(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: Actor): Promise<Huddle> {
    const { huddle, access } = await this.huddles.require(actor, id);
    return toHuddle(huddle, access, await this.visiblePromptIds(actor, huddle.id, access));
  }

  @CohortScoped('facilitate', { cohort: 'input.cohortId' })
  @Mutation(() => [Huddle], { description: 'Schedules a huddle, or a weekly/biweekly series (one per meeting).' })
  async scheduleHuddle(@Args('input') input: ScheduleHuddleInput, @CurrentActor() actor: Actor): Promise<Huddle[]> {
    const created = await this.huddles.schedule(actor, input);
    const access = (await actor.loaders.cohortAccess.load(input.cohortId))!;
    return created.map((h, i) => toHuddle(h, access, i === 0 ? [...new Set(input.promptIds)] : []));
  }

  @CohortScoped('facilitate', { huddle: 'input.huddleId' })
  @Mutation(() => [Huddle], {
    description:
      'Edits a scheduled huddle, or it and the later meetings of its series; returns the meetings in scope, this one first. Cohort members are notified of a new time. CONFLICT once the huddle is live, ended or cancelled.',
  })
  async updateHuddle(@Args('input') input: UpdateHuddleInput, @CurrentActor() actor: Actor): Promise<Huddle[]> {
    return this.toHuddles(actor, await this.huddles.update(actor, input));
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
    return this.toHuddles(actor, await this.huddles.cancel(actor, huddleId, scope));
  }

  @ResolveField(() => Int, {
    description: 'Scheduled meetings of its series after this one: what scope FOLLOWING also changes.',
  })
  laterInSeries(@Parent() huddle: Huddle, @CurrentActor() actor: Actor): Promise<number> {
    return actor.loaders.huddleLaterInSeries.load(huddle.id);
  }

  @CohortScoped('facilitate', { huddle: 'huddleId' })
  @Mutation(() => Huddle, { description: 'Sets the prompts a huddle discusses (its brief follows).' })
  async setHuddlePrompts(
    @Args('huddleId', { type: () => ID }) huddleId: string,
    @Args('promptIds', { type: () => [ID] }) promptIds: string[],
    @CurrentActor() actor: Actor,
  ): Promise<Huddle> {
    const { huddle, access } = await this.huddles.require(actor, huddleId, 'facilitate');
    await this.huddles.setPrompts(huddle, promptIds);
    return toHuddle(huddle, access, await this.visiblePromptIds(actor, huddle.id, access));
  }

  @ResolveField(() => [Prompt])
  async prompts(@Parent() huddle: Huddle, @CurrentActor() actor: Actor): Promise<Prompt[]> {
    const access = (await actor.loaders.cohortAccess.load(huddle.cohortId))!;
    const rows = await actor.loaders.huddlePrompts.load(huddle.id);
    return rows.filter((p) => p.publishedAt || huddle.viewerCan.facilitate).map((p) => toPrompt(p, access));
  }

  @ResolveField(() => [AgendaItem])
  async agenda(@Parent() huddle: Huddle): Promise<AgendaItem[]> {
    return (await this.huddles.agendaOf(huddle.id)).map(toAgendaItem);
  }

  @ResolveField(() => [HuddleNote])
  async notes(@Parent() huddle: Huddle, @CurrentActor() actor: Actor): Promise<HuddleNote[]> {
    const notes = await this.huddles.notesOf(huddle.id);
    const members = await actor.loaders.cohortMembers.load(huddle.cohortId);
    return notes.map((n) => this.toNote(n, members.find((m) => m.userId === n.authorId)?.user));
  }

  @ResolveField(() => [Decision])
  async decisions(@Parent() huddle: Huddle): Promise<Decision[]> {
    return (await this.huddles.decisionsOf(huddle.id)).map(toDecision);
  }

  @ResolveField(() => [ActionItem])
  async actionItems(@Parent() huddle: Huddle): Promise<ActionItem[]> {
    return (await this.huddles.actionItemsOf([huddle.id])).map(toActionItem);
  }

  @CohortScoped('facilitate', { huddle: 'input.huddleId' })
  @Mutation(() => AgendaItem)
  async addAgendaItem(@Args('input') input: AgendaItemInput, @CurrentActor() actor: Actor): Promise<AgendaItem> {
    const { huddle } = await this.huddles.require(actor, input.huddleId, 'facilitate');
    return toAgendaItem(await this.huddles.addAgendaItem(huddle, input));
  }

  @CohortScoped('facilitate', { agendaItem: 'input.agendaItemId' })
  @Mutation(() => AgendaItem)
  async updateAgendaItem(
    @Args('input') input: UpdateAgendaItemInput,
    @CurrentActor() actor: Actor,
  ): Promise<AgendaItem> {
    return toAgendaItem(await this.huddles.updateAgendaItem(actor, input));
  }

  @CohortScoped('facilitate', { agendaItem: 'agendaItemId' })
  @Mutation(() => Boolean)
  async removeAgendaItem(
    @Args('agendaItemId', { type: () => ID }) agendaItemId: string,
    @CurrentActor() actor: Actor,
  ): Promise<boolean> {
    await this.huddles.removeAgendaItem(actor, agendaItemId);
    return true;
  }

  @CohortScoped('facilitate', { huddle: 'input.huddleId' })
  @Mutation(() => [AgendaItem])
  async reorderAgenda(@Args('input') input: ReorderAgendaInput, @CurrentActor() actor: Actor): Promise<AgendaItem[]> {
    const { huddle } = await this.huddles.require(actor, input.huddleId, 'facilitate');
    return (await this.huddles.reorderAgenda(huddle, input.agendaItemIds)).map(toAgendaItem);
  }

  @CohortScoped('facilitate', { huddle: 'id' })
  @Mutation(() => Huddle, { description: 'Goes live: participants’ screens follow the current agenda item.' })
  async startHuddle(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: Actor): Promise<Huddle> {
    const { huddle, access } = await this.huddles.require(actor, id, 'facilitate');
    await this.huddles.join(huddle, access.userId);
    return toHuddle(await this.huddles.start(huddle), access, await this.visiblePromptIds(actor, id, access));
  }

  @CohortScoped('view', { huddle: 'id' })
  @Mutation(() => Boolean, { description: 'Records the viewer’s attendance in the live huddle.' })
  async joinHuddle(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: Actor): Promise<boolean> {
    const { huddle, access } = await this.huddles.require(actor, id);
    await this.huddles.join(huddle, access.userId);
    return true;
  }

  @CohortScoped('facilitate', { huddle: 'huddleId' })
  @Mutation(() => Huddle)
  async setCurrentAgendaItem(
    @Args('huddleId', { type: () => ID }) huddleId: string,
    @Args('agendaItemId', { type: () => ID, nullable: true }) agendaItemId: string | null,
    @CurrentActor() actor: Actor,
  ): Promise<Huddle> {
    const { huddle, access } = await this.huddles.require(actor, huddleId, 'facilitate');
    return toHuddle(
      await this.huddles.setCurrentItem(huddle, agendaItemId),
      access,
      await this.visiblePromptIds(actor, huddleId, access),
    );
  }

  @CohortScoped('view', { agendaItem: 'input.agendaItemId' })
  @Mutation(() => HuddleNote, { description: 'Saves your own notes block on an agenda item.' })
  async saveHuddleNote(@Args('input') input: SaveNoteInput, @CurrentActor() actor: Actor): Promise<HuddleNote> {
    const note = await this.huddles.saveNote(actor, input);
    return this.toNote(note, actor.user);
  }

  @CohortScoped('facilitate', { huddle: 'input.huddleId' })
  @Mutation(() => Decision)
  async recordDecision(@Args('input') input: RecordDecisionInput, @CurrentActor() actor: Actor): Promise<Decision> {
    return toDecision(await this.huddles.recordDecision(actor, input));
  }

  @CohortScoped('facilitate', { huddle: 'input.huddleId' })
  @Mutation(() => ActionItem, { description: 'Adds an action item; it lands in its owner’s queue.' })
  async addActionItem(@Args('input') input: AddActionItemInput, @CurrentActor() actor: Actor): Promise<ActionItem> {
    return toActionItem(await this.huddles.addActionItem(actor, input));
  }

  @CohortScoped('view', { actionItem: 'id' })
  @Mutation(() => ActionItem)
  async completeActionItem(
    @Args('id', { type: () => ID }) id: string,
    @Args('done') done: boolean,
    @CurrentActor() actor: Actor,
  ): Promise<ActionItem> {
    return toActionItem(await this.huddles.completeActionItem(actor, id, done));
  }

  @CohortScoped('facilitate', { actionItem: 'id' })
  @Mutation(() => Prompt, { description: 'Turns an action item into the next prompt (a draft to review and publish).' })
  async turnActionItemIntoPrompt(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<Prompt> {
    const prompt = await this.huddles.turnIntoPrompt(actor, id);
    return toPrompt(prompt, (await actor.loaders.cohortAccess.load(prompt.cohortId))!);
  }

  @CohortScoped('facilitate', { huddle: 'id' })
  @Mutation(() => Huddle, { description: 'Ends the huddle and posts its minutes to the cohort.' })
  async endHuddle(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: Actor): Promise<Huddle> {
    const { huddle, access } = await this.huddles.require(actor, id, 'facilitate');
    if (huddle.status === HuddleStatus.ENDED)
      return toHuddle(huddle, access, await this.visiblePromptIds(actor, id, access));
    const [agenda, notes, decisions, actionItems, attendance, members] = await Promise.all([
      this.huddles.agendaOf(id),
      this.huddles.notesOf(id),
      this.huddles.decisionsOf(id),
      this.huddles.actionItemsOf([id]),
      this.huddles.attendanceOf(id),
      actor.loaders.cohortMembers.load(huddle.cohortId),
    ]);
    const name = (userId: string) => members.find((m) => m.userId === userId)?.user?.displayName ?? 'Former member';
    const minutes = composeMinutes({
      title: huddle.title,
      timeZone: huddle.timeZone,
      startedAt: huddle.startedAt,
      endedAt: new Date(),
      agenda: agenda.map((a) => ({
        id: a.id,
        title: a.title,
        notes: notes.filter((n) => n.agendaItemId === a.id).map((n) => ({ author: name(n.authorId), body: n.body })),
      })),
      decisions,
      actionItems: actionItems.map((a) => ({ owner: a.owner?.displayName ?? '', text: a.text, dueOn: a.dueOn })),
      attendees: attendance
        .filter((a) => a.joinedAt)
        .map((a) => name(a.userId))
        .sort(),
    });
    return toHuddle(await this.huddles.end(huddle, minutes), access, await this.visiblePromptIds(actor, id, access));
  }

  @CohortScoped('view', { huddle: 'huddleId' })
  @Subscription(() => HuddleLiveEvent, {
    description: 'Live huddle changes: current item, agenda, notes, decisions, action items, end.',
    // Access is decided again at every delivery (fresh loaders): a member removed since
    // subscribing receives nothing more.
    filter(this: HuddleResolver, payload: HuddleLivePayload, _args: unknown, ctx: RequestContext) {
      return this.stillSees(payload.huddleId, ctx);
    },
    resolve(this: HuddleResolver, payload: HuddleLivePayload) {
      return this.toLiveEvent(payload);
    },
  })
  async huddleLive(@Args('huddleId', { type: () => ID }) huddleId: string, @CurrentActor() actor: Actor) {
    await this.huddles.require(actor, huddleId);
    return this.pubSub.asyncIterableIterator(huddleTopic(huddleId));
  }

  private async stillSees(huddleId: string, ctx: RequestContext): Promise<boolean> {
    const userId = ctx.viewer?.user.id;
    if (!userId) return false;
    const loaders = this.loaderRegistry.create(userId);
    const huddle = await huddleWithAccess(loaders, userId, huddleId);
    const access = huddle ? await loaders.cohortAccess.load(huddle.cohortId) : null;
    return !!access && canViewCohort(access);
  }

  private async toLiveEvent(payload: HuddleLivePayload): Promise<HuddleLiveEvent> {
    return Object.assign(new HuddleLiveEvent(), {
      kind: payload.kind as HuddleLiveKind,
      huddleId: payload.huddleId,
      currentAgendaItemId: payload.currentAgendaItemId,
      note: payload.note ? this.toNote(payload.note, await this.huddles.userOf(payload.note.authorId)) : null,
      decision: payload.decision ? toDecision(payload.decision) : null,
      actionItem: payload.actionItem ? toActionItem(payload.actionItem) : null,
    });
  }

  private toNote(
    n: { agendaItemId: string; authorId: string; body: string; version: number; updatedAt: Date },
    user?: { id: string; displayName: string; avatarUrl: string | null; timeZone: string } | null,
  ): HuddleNote {
    return Object.assign(new HuddleNote(), {
      agendaItemId: n.agendaItemId,
      author: user
        ? UserProfile.from(user as never)
        : Object.assign(new UserProfile(), {
            id: n.authorId,
            displayName: 'Former member',
            avatarUrl: null,
            timeZone: 'UTC',
          }),
      body: n.body,
      version: n.version,
      updatedAt: n.updatedAt,
    });
  }

  private async toHuddles(actor: Actor, rows: HuddleEntity[]): Promise<Huddle[]> {
    const access = (await actor.loaders.cohortAccess.load(rows[0].cohortId))!;
    return Promise.all(rows.map(async (h) => toHuddle(h, access, await this.visiblePromptIds(actor, h.id, access))));
  }

  /** Linked prompts the viewer may know of: drafts are their facilitators' own. */
  private async visiblePromptIds(actor: Actor, huddleId: string, access: CohortAccess): Promise<string[]> {
    const prompts = await actor.loaders.huddlePrompts.load(huddleId);
    return prompts.filter((p) => p.publishedAt || canManageCohort(access)).map((p) => p.id);
  }
}

/** Cohort.huddles: upcoming and past meetings; the viewer's action items in the queue. */
@Resolver(() => Cohort)
export class CohortHuddlesResolver {
  constructor(private readonly huddleService: HuddleService) {}

  @ResolveField(() => [Huddle])
  async huddles(@Parent() cohort: Cohort, @CurrentActor() actor: Actor): Promise<Huddle[]> {
    const access = await requireCohortAccess(actor, cohort.id, 'view');
    const rows = await this.huddleService.listForCohort(cohort.id);
    const prompts = await Promise.all(rows.map((h) => actor.loaders.huddlePrompts.load(h.id)));
    return rows.map((h, i) =>
      toHuddle(
        h,
        access,
        prompts[i].filter((p) => p.publishedAt || canManageCohort(access)).map((p) => p.id),
      ),
    );
  }
}

@Resolver(() => ActionItem)
export class ActionItemQueueResolver {
  constructor(private readonly huddles: HuddleService) {}

  @OrgScoped(OrgRole.MEMBER, 'organizationId')
  @Query(() => [ActionItem], {
    description: 'Action items the viewer owns in the organization (open ones unless includeDone).',
  })
  async myActionItems(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('includeDone', { defaultValue: false }) includeDone: boolean,
    @CurrentMembership() membership: MembershipEntity,
  ): Promise<ActionItem[]> {
    return (await this.huddles.openActionItemsOf(organizationId, membership.userId, includeDone)).map(toActionItem);
  }
}
