import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AgendaItemKind, HUDDLE_LIMITS, HuddleScope, HuddleStatus, Recurrence } from '@openhuddle/shared';
import type { PubSubEngine } from 'graphql-subscriptions';
import { DataSource, type EntityManager, In, IsNull, MoreThan } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { AppError, notFoundAs } from '../../common/errors/app-error';
import { PUB_SUB } from '../activity/pub-sub';
import { requireCohortAccess, type CohortNeed } from '../cohort/cohort-access';
import { CohortMemberEntity } from '../cohort/cohort-member.entity';
import type { CohortAccess } from '../cohort/cohort.policy';
import { Notifier } from '../notification/notifier';
import { PromptEntity } from '../prompt/prompt.entity';
import { UserEntity } from '../user/user.entity';
import { ActionItemEntity } from './action-item.entity';
import { AgendaItemEntity } from './agenda-item.entity';
import { DecisionEntity } from './decision.entity';
import type {
  AddActionItemInput,
  AgendaItemInput,
  RecordDecisionInput,
  SaveNoteInput,
  ScheduleHuddleInput,
  UpdateAgendaItemInput,
  UpdateHuddleInput,
} from './dto/huddle.types';
import { cancelledNotices, type NoticeRecipient, rescheduledNotices } from './huddle-notices';
import { HuddleAttendanceEntity } from './huddle-attendance.entity';
import { HuddleNoteEntity } from './huddle-note.entity';
import { HuddlePromptEntity } from './huddle-prompt.entity';
import { HuddleEntity } from './huddle.entity';
import { huddleWithAccess } from './huddle.loader';
import { planSeriesEdit } from './series-edit';
import { repeatAtLocalTime } from './zoned-time';

export const huddleTopic = (huddleId: string) => `huddle-live:${huddleId}`;

export type HuddleLiveKind =
  'STARTED' | 'ITEM_CHANGED' | 'AGENDA_CHANGED' | 'NOTE_SAVED' | 'DECISION_RECORDED' | 'ACTION_ITEM_ADDED' | 'ENDED';

export interface HuddleLivePayload {
  kind: HuddleLiveKind;
  huddleId: string;
  currentAgendaItemId: string | null;
  note?: HuddleNoteEntity;
  decision?: DecisionEntity;
  actionItem?: ActionItemEntity;
}

@Injectable()
export class HuddleService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
    private readonly notifier: Notifier,
  ) {}

  /** Loads a huddle with the viewer's access to its cohort (NOT_FOUND for outsiders). */
  async require(
    actor: Actor,
    huddleId: string,
    need: CohortNeed = 'view',
  ): Promise<{ huddle: HuddleEntity; access: CohortAccess }> {
    // The huddle and the viewer's roles in its cohort come in one statement (shared with the
    // guard's lookup); the primed access loader lets the cohort gate decide without asking again.
    const huddle = await huddleWithAccess(actor.loaders, actor.user.id, huddleId);
    if (!huddle) throw AppError.notFound('Huddle');
    const access = await requireCohortAccess(actor, huddle.cohortId, 'view').catch((error: unknown) => {
      throw notFoundAs(error, 'Huddle');
    });
    if (need !== 'view') await requireCohortAccess(actor, huddle.cohortId, need);
    return { huddle, access };
  }

  /** Schedules a huddle, or a weekly/biweekly series keeping the same local time across DST. */
  async schedule(actor: Actor, input: ScheduleHuddleInput): Promise<HuddleEntity[]> {
    const access = await requireCohortAccess(actor, input.cohortId, 'facilitate');
    const promptIds = [...new Set(input.promptIds)];
    if (promptIds.length) {
      const found = await this.dataSource
        .getRepository(PromptEntity)
        .countBy({ id: In(promptIds), cohortId: input.cohortId });
      if (found !== promptIds.length) throw AppError.badInput({ promptIds: 'Pick prompts of this cohort.' });
    }
    const count = input.recurrence === Recurrence.NONE ? 1 : input.occurrences;
    const step = input.recurrence === Recurrence.BIWEEKLY ? 14 : 7;
    const timeZone = input.timeZone ?? actor.user.timeZone;
    const starts = repeatAtLocalTime(input.startsAt, timeZone, step, count);
    const seriesId = randomUUID();
    return this.dataSource.transaction(async (em) => {
      const huddles = await em.save(
        HuddleEntity,
        starts.map((startsAt, i) => ({
          organizationId: access.organizationId,
          cohortId: input.cohortId,
          seriesId,
          title: count > 1 ? `${input.title} (${i + 1}/${count})` : input.title,
          startsAt,
          timeZone,
          durationMinutes: input.durationMinutes,
          joinUrl: input.joinUrl ?? null,
          nudgeHours: input.nudgeHours,
          createdById: access.userId,
        })),
      );
      // Linked prompts belong to the first meeting; later ones get theirs when scheduled or edited.
      if (promptIds.length) {
        await em.insert(
          HuddlePromptEntity,
          promptIds.map((promptId, position) => ({
            huddleId: huddles[0].id,
            promptId,
            organizationId: access.organizationId,
            position,
          })),
        );
      }
      return huddles;
    });
  }

  /**
   * Edits a scheduled huddle, or it and the later scheduled meetings of its series (scope
   * FOLLOWING; see planSeriesEdit). Refuses a huddle that is live, ended or cancelled, changing
   * nothing. Returns the meetings in scope, this one first; cohort members hear of a new time.
   */
  async update(actor: Actor, input: UpdateHuddleInput): Promise<HuddleEntity[]> {
    const { huddle, access } = await this.require(actor, input.huddleId, 'facilitate');
    refuseUnlessScheduled(huddle);
    const { inScope, plan } = await this.dataSource.transaction(async (em) => {
      const { current, later } = await this.lockInScope(em, huddle.id, input.scope);
      refuseUnlessScheduled(current);
      const edit = {
        title: input.title,
        startsAt: input.startsAt,
        durationMinutes: input.durationMinutes,
        joinUrl: input.joinUrl ?? null,
        // Left out: the reminders stay as they are.
        nudgeHours: input.nudgeHours ?? current.nudgeHours,
      };
      const plan = planSeriesEdit(current, later, edit, current.timeZone);
      for (const { huddle: h, after, calendarChanged } of plan) {
        // Reminders are not in the calendar event: changing only them does not re-send it.
        await em.update(HuddleEntity, h.id, calendarChanged ? { ...after, sequence: () => 'sequence + 1' } : after);
      }
      return { inScope: [current, ...later], plan };
    });
    const fresh = await this.reload(inScope.map((h) => h.id));
    const moved = plan.filter((p) => p.rescheduled);
    if (moved.length) {
      const subject = fresh.find((h) => h.id === moved[0].huddle.id)!;
      await this.notifier.notify(
        rescheduledNotices(subject, moved.length - 1, await this.noticeRecipients(huddle.cohortId, access.userId)),
      );
    }
    return fresh;
  }

  /**
   * Cancels a scheduled huddle, or it and the later scheduled meetings of its series. The rows
   * stay (agenda, notes and linked prompts are kept); a cancelled huddle is not nudged and cannot
   * start. Refuses a live or ended huddle. Returns the meetings in scope, this one first.
   */
  async cancel(actor: Actor, huddleId: string, scope: HuddleScope): Promise<HuddleEntity[]> {
    const { huddle, access } = await this.require(actor, huddleId, 'facilitate');
    refuseIfStartedOrEnded(huddle);
    const { inScope, cancelled } = await this.dataSource.transaction(async (em) => {
      const { current, later } = await this.lockInScope(em, huddle.id, scope);
      refuseIfStartedOrEnded(current);
      const cancelled = [current, ...later].filter((h) => h.status === HuddleStatus.SCHEDULED).map((h) => h.id);
      if (cancelled.length) {
        await em.update(
          HuddleEntity,
          { id: In(cancelled) },
          { status: HuddleStatus.CANCELLED, sequence: () => 'sequence + 1' },
        );
      }
      return { inScope: [current, ...later], cancelled };
    });
    const fresh = await this.reload(inScope.map((h) => h.id));
    if (cancelled.length) {
      const subject = fresh.find((h) => h.id === cancelled[0])!;
      await this.notifier.notify(
        cancelledNotices(subject, cancelled.length - 1, await this.noticeRecipients(huddle.cohortId, access.userId)),
      );
    }
    return fresh;
  }

  /** The huddle and, for FOLLOWING, the later scheduled meetings of its series, locked for the change. */
  private async lockInScope(em: EntityManager, huddleId: string, scope: HuddleScope) {
    const lock = { mode: 'pessimistic_write' } as const;
    const current = await em.findOne(HuddleEntity, { where: { id: huddleId }, lock });
    if (!current) throw AppError.notFound('Huddle');
    const later =
      scope === HuddleScope.FOLLOWING
        ? await em.find(HuddleEntity, {
            where: { seriesId: current.seriesId, status: HuddleStatus.SCHEDULED, startsAt: MoreThan(current.startsAt) },
            order: { startsAt: 'ASC' },
            lock,
          })
        : [];
    return { current, later };
  }

  private async reload(ids: string[]): Promise<HuddleEntity[]> {
    const rows = await this.dataSource.getRepository(HuddleEntity).findBy({ id: In(ids) });
    return ids.map((id) => rows.find((h) => h.id === id)!);
  }

  /** Everyone in the cohort but the person making the change, with the zone to show times in. */
  private async noticeRecipients(cohortId: string, exceptUserId: string): Promise<NoticeRecipient[]> {
    return this.dataSource.query(
      `SELECT cm.user_id AS "userId", u.time_zone AS "timeZone"
         FROM cohort_member cm JOIN "user" u ON u.id = cm.user_id
        WHERE cm.cohort_id = $1 AND cm.user_id <> $2`,
      [cohortId, exceptUserId],
    );
  }

  async setPrompts(huddle: HuddleEntity, promptIds: string[]): Promise<void> {
    const unique = [...new Set(promptIds)];
    if (unique.length > HUDDLE_LIMITS.promptsMax)
      throw AppError.badInput({ promptIds: `Link at most ${HUDDLE_LIMITS.promptsMax} prompts to one huddle.` });
    const found = unique.length
      ? await this.dataSource.getRepository(PromptEntity).countBy({ id: In(unique), cohortId: huddle.cohortId })
      : 0;
    if (found !== unique.length) throw AppError.badInput({ promptIds: 'Pick prompts of this cohort.' });
    await this.dataSource.transaction(async (em) => {
      await em.delete(HuddlePromptEntity, { huddleId: huddle.id });
      if (unique.length) {
        await em.insert(
          HuddlePromptEntity,
          unique.map((promptId, position) => ({
            huddleId: huddle.id,
            promptId,
            organizationId: huddle.organizationId,
            position,
          })),
        );
      }
    });
  }

  listForCohort(cohortId: string): Promise<HuddleEntity[]> {
    return this.dataSource.getRepository(HuddleEntity).find({ where: { cohortId }, order: { startsAt: 'ASC' } });
  }

  promptIdsOf(huddleIds: readonly string[]): Promise<HuddlePromptEntity[]> {
    return this.dataSource
      .getRepository(HuddlePromptEntity)
      .find({ where: { huddleId: In([...huddleIds]) }, order: { position: 'ASC' } });
  }

  // ---- agenda -------------------------------------------------------------------------------

  agendaOf(huddleId: string): Promise<AgendaItemEntity[]> {
    return this.dataSource.getRepository(AgendaItemEntity).find({ where: { huddleId }, order: { position: 'ASC' } });
  }

  async addAgendaItem(
    huddle: HuddleEntity,
    input: Pick<AgendaItemInput, 'title' | 'timeBoxMinutes'> & {
      kind?: AgendaItemKind;
      contributionId?: string | null;
    },
  ): Promise<AgendaItemEntity> {
    const repo = this.dataSource.getRepository(AgendaItemEntity);
    const last = await repo.maximum('position', { huddleId: huddle.id });
    const item = await repo.save({
      organizationId: huddle.organizationId,
      huddleId: huddle.id,
      position: (last ?? -1) + 1,
      title: input.title,
      kind: input.kind ?? AgendaItemKind.CUSTOM,
      contributionId: input.contributionId ?? null,
      timeBoxMinutes: input.timeBoxMinutes ?? null,
    });
    await this.publish(huddle, 'AGENDA_CHANGED');
    return item;
  }

  async requireAgendaItem(actor: Actor, agendaItemId: string, need: CohortNeed) {
    const item = await this.dataSource.getRepository(AgendaItemEntity).findOneBy({ id: agendaItemId });
    if (!item) throw AppError.notFound('Agenda item');
    const { huddle, access } = await this.require(actor, item.huddleId, need);
    return { item, huddle, access };
  }

  async updateAgendaItem(actor: Actor, input: UpdateAgendaItemInput): Promise<AgendaItemEntity> {
    const { item, huddle } = await this.requireAgendaItem(actor, input.agendaItemId, 'facilitate');
    await this.dataSource
      .getRepository(AgendaItemEntity)
      .update(item.id, { title: input.title, timeBoxMinutes: input.timeBoxMinutes ?? null });
    await this.publish(huddle, 'AGENDA_CHANGED');
    return { ...item, title: input.title, timeBoxMinutes: input.timeBoxMinutes ?? null };
  }

  async removeAgendaItem(actor: Actor, agendaItemId: string): Promise<void> {
    const { item, huddle } = await this.requireAgendaItem(actor, agendaItemId, 'facilitate');
    await this.dataSource.getRepository(AgendaItemEntity).delete(item.id);
    if (huddle.currentAgendaItemId === item.id) {
      await this.dataSource.getRepository(HuddleEntity).update(huddle.id, { currentAgendaItemId: null });
      huddle.currentAgendaItemId = null;
    }
    await this.publish(huddle, 'AGENDA_CHANGED');
  }

  async reorderAgenda(huddle: HuddleEntity, itemIds: string[]): Promise<AgendaItemEntity[]> {
    const items = await this.agendaOf(huddle.id);
    const same = items.length === itemIds.length && items.every((i) => itemIds.includes(i.id));
    if (!same) throw AppError.badInput({ agendaItemIds: 'List every agenda item of this huddle exactly once.' });
    await this.dataSource.transaction(async (em) => {
      for (const [position, id] of itemIds.entries()) await em.update(AgendaItemEntity, id, { position });
    });
    await this.publish(huddle, 'AGENDA_CHANGED');
    return this.agendaOf(huddle.id);
  }

  // ---- live ---------------------------------------------------------------------------------

  async start(huddle: HuddleEntity): Promise<HuddleEntity> {
    if (huddle.status === HuddleStatus.ENDED) throw AppError.conflict('This huddle has ended.');
    if (huddle.status === HuddleStatus.CANCELLED) {
      const message = 'This huddle is cancelled: schedule a new one to meet.';
      throw AppError.conflict(message, { huddleId: message });
    }
    if (huddle.status === HuddleStatus.LIVE) return huddle;
    const [first] = await this.agendaOf(huddle.id);
    const changes = { status: HuddleStatus.LIVE, startedAt: new Date(), currentAgendaItemId: first?.id ?? null };
    // Only a huddle still scheduled starts: one cancelled (or started) meanwhile is decided again.
    const { affected } = await this.dataSource
      .getRepository(HuddleEntity)
      .update({ id: huddle.id, status: HuddleStatus.SCHEDULED }, changes);
    if (!affected)
      return this.start(await this.dataSource.getRepository(HuddleEntity).findOneByOrFail({ id: huddle.id }));
    Object.assign(huddle, changes);
    await this.publish(huddle, 'STARTED');
    return huddle;
  }

  async join(huddle: HuddleEntity, userId: string): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(HuddleAttendanceEntity)
      .values({ huddleId: huddle.id, userId, organizationId: huddle.organizationId, joinedAt: new Date() })
      .orUpdate(['joined_at'], ['huddle_id', 'user_id'])
      .execute();
  }

  async markBriefRead(huddle: HuddleEntity, userId: string): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(HuddleAttendanceEntity)
      .values({ huddleId: huddle.id, userId, organizationId: huddle.organizationId, briefReadAt: new Date() })
      .orUpdate(['brief_read_at'], ['huddle_id', 'user_id'])
      .execute();
  }

  async setCurrentItem(huddle: HuddleEntity, agendaItemId: string | null): Promise<HuddleEntity> {
    if (huddle.status !== HuddleStatus.LIVE) throw AppError.conflict('Start the huddle first.');
    if (
      agendaItemId &&
      !(await this.dataSource.getRepository(AgendaItemEntity).existsBy({ id: agendaItemId, huddleId: huddle.id }))
    ) {
      throw AppError.badInput({ agendaItemId: 'Pick an item of this agenda.' });
    }
    await this.dataSource.getRepository(HuddleEntity).update(huddle.id, { currentAgendaItemId: agendaItemId });
    huddle.currentAgendaItemId = agendaItemId;
    await this.publish(huddle, 'ITEM_CHANGED');
    return huddle;
  }

  /** Saves the viewer's own notes block on an item: nobody else's text can be overwritten. */
  async saveNote(actor: Actor, input: SaveNoteInput): Promise<HuddleNoteEntity> {
    const { item, huddle, access } = await this.requireAgendaItem(actor, input.agendaItemId, 'view');
    if (huddle.status === HuddleStatus.ENDED)
      throw AppError.conflict('This huddle has ended; its notes are in the minutes.');
    const note = await this.dataSource.transaction(async (em) => {
      const current = await em.findOne(HuddleNoteEntity, {
        where: { agendaItemId: item.id, authorId: access.userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (current && input.expectedVersion != null && input.expectedVersion !== current.version) {
        throw AppError.conflict('Your notes changed in another window. Copy your text and reload.', {
          expectedVersion: `The latest version is ${current.version}.`,
        });
      }
      if (current) {
        await em.update(
          HuddleNoteEntity,
          { agendaItemId: item.id, authorId: access.userId },
          { body: input.body, version: current.version + 1 },
        );
      } else {
        await em.insert(HuddleNoteEntity, {
          agendaItemId: item.id,
          authorId: access.userId,
          organizationId: huddle.organizationId,
          huddleId: huddle.id,
          body: input.body,
        });
      }
      return em.findOneOrFail(HuddleNoteEntity, { where: { agendaItemId: item.id, authorId: access.userId } });
    });
    await this.publish(huddle, 'NOTE_SAVED', { note });
    return note;
  }

  notesOf(huddleId: string): Promise<HuddleNoteEntity[]> {
    return this.dataSource.getRepository(HuddleNoteEntity).find({ where: { huddleId }, order: { updatedAt: 'ASC' } });
  }

  async recordDecision(actor: Actor, input: RecordDecisionInput): Promise<DecisionEntity> {
    const { huddle, access } = await this.require(actor, input.huddleId, 'facilitate');
    await this.checkItem(huddle, input.agendaItemId);
    const decision = await this.dataSource.getRepository(DecisionEntity).save({
      organizationId: huddle.organizationId,
      huddleId: huddle.id,
      agendaItemId: input.agendaItemId ?? null,
      text: input.text,
      createdById: access.userId,
    });
    await this.publish(huddle, 'DECISION_RECORDED', { decision });
    return decision;
  }

  decisionsOf(huddleId: string): Promise<DecisionEntity[]> {
    return this.dataSource.getRepository(DecisionEntity).find({ where: { huddleId }, order: { createdAt: 'ASC' } });
  }

  async addActionItem(actor: Actor, input: AddActionItemInput): Promise<ActionItemEntity> {
    const { huddle } = await this.require(actor, input.huddleId, 'facilitate');
    await this.checkItem(huddle, input.agendaItemId);
    const owner = await this.dataSource
      .getRepository(CohortMemberEntity)
      .findOneBy({ cohortId: huddle.cohortId, userId: input.ownerId });
    if (!owner) throw AppError.badInput({ ownerId: 'Pick someone in this cohort.' });
    const saved = await this.dataSource.getRepository(ActionItemEntity).save({
      organizationId: huddle.organizationId,
      cohortId: huddle.cohortId,
      huddleId: huddle.id,
      agendaItemId: input.agendaItemId ?? null,
      ownerId: input.ownerId,
      text: input.text,
      dueOn: input.dueOn ?? null,
    });
    const actionItem = await this.dataSource
      .getRepository(ActionItemEntity)
      .findOneOrFail({ where: { id: saved.id }, relations: { owner: true } });
    await this.publish(huddle, 'ACTION_ITEM_ADDED', { actionItem });
    return actionItem;
  }

  actionItemsOf(huddleIds: readonly string[]): Promise<ActionItemEntity[]> {
    return this.dataSource
      .getRepository(ActionItemEntity)
      .find({ where: { huddleId: In([...huddleIds]) }, relations: { owner: true }, order: { createdAt: 'ASC' } });
  }

  openActionItemsOf(organizationId: string, ownerId: string, includeDone = false): Promise<ActionItemEntity[]> {
    return this.dataSource.getRepository(ActionItemEntity).find({
      where: includeDone ? { organizationId, ownerId } : { organizationId, ownerId, doneAt: IsNull() },
      relations: { owner: true },
      order: { dueOn: 'ASC', createdAt: 'ASC' },
    });
  }

  async completeActionItem(actor: Actor, actionItemId: string, done: boolean): Promise<ActionItemEntity> {
    const repo = this.dataSource.getRepository(ActionItemEntity);
    const item = await repo.findOne({ where: { id: actionItemId }, relations: { owner: true } });
    if (!item) throw AppError.notFound('Action item');
    const access = await requireCohortAccess(actor, item.cohortId, 'view').catch((error: unknown) => {
      throw notFoundAs(error, 'Action item');
    });
    if (item.ownerId !== access.userId) await requireCohortAccess(actor, item.cohortId, 'facilitate');
    item.doneAt = done ? new Date() : null;
    await repo.update(item.id, { doneAt: item.doneAt });
    return item;
  }

  /** Turns an action item into the next prompt: a draft the facilitator finishes and publishes. */
  async turnIntoPrompt(actor: Actor, actionItemId: string): Promise<PromptEntity> {
    const repo = this.dataSource.getRepository(ActionItemEntity);
    const item = await repo.findOneBy({ id: actionItemId });
    if (!item) throw AppError.notFound('Action item');
    const access = await requireCohortAccess(actor, item.cohortId, 'facilitate').catch((e: AppError) => {
      throw e.code === 'NOT_FOUND' ? AppError.notFound('Action item') : e;
    });
    if (item.promptId) throw AppError.conflict('This action item is already a prompt.');
    return this.dataSource.transaction(async (em) => {
      const prompt = await em.save(PromptEntity, {
        organizationId: item.organizationId,
        cohortId: item.cohortId,
        title: item.text.slice(0, 160),
        instructions: `Follow-up from our huddle: ${item.text}\n\nShare what you tried and what you noticed.`,
        opensAt: new Date(),
        dueAt: item.dueOn ? new Date(`${item.dueOn}T23:59:00Z`) : null,
        acceptedKinds: ['UPDATE', 'EVIDENCE', 'REFLECTION', 'QUESTION'],
        revealRule: 'OPEN',
        anonymity: 'NONE',
        reviewMode: 'EVERYONE_SEES_ALL',
        reviewsPerContribution: 0,
        reviewGrouping: 'ANY',
        createdById: access.userId,
      } as Partial<PromptEntity>);
      await em.update(ActionItemEntity, item.id, { promptId: prompt.id });
      return prompt;
    });
  }

  /** Ends the huddle and posts its minutes back to the cohort. */
  async end(huddle: HuddleEntity, minutes: string): Promise<HuddleEntity> {
    if (huddle.status === HuddleStatus.ENDED) return huddle;
    const changes = { status: HuddleStatus.ENDED, endedAt: new Date(), minutes, currentAgendaItemId: null };
    await this.dataSource.getRepository(HuddleEntity).update(huddle.id, changes);
    Object.assign(huddle, changes);
    await this.publish(huddle, 'ENDED');
    return huddle;
  }

  userOf(userId: string) {
    return this.dataSource.getRepository(UserEntity).findOneBy({ id: userId });
  }

  attendanceOf(huddleId: string): Promise<HuddleAttendanceEntity[]> {
    return this.dataSource.getRepository(HuddleAttendanceEntity).find({ where: { huddleId } });
  }

  private async checkItem(huddle: HuddleEntity, agendaItemId: string | null | undefined): Promise<void> {
    if (
      agendaItemId &&
      !(await this.dataSource.getRepository(AgendaItemEntity).existsBy({ id: agendaItemId, huddleId: huddle.id }))
    ) {
      throw AppError.badInput({ agendaItemId: 'Pick an item of this agenda.' });
    }
  }

  private async publish(
    huddle: HuddleEntity,
    kind: HuddleLiveKind,
    extra: Partial<HuddleLivePayload> = {},
  ): Promise<void> {
    const payload: HuddleLivePayload = {
      kind,
      huddleId: huddle.id,
      currentAgendaItemId: huddle.currentAgendaItemId,
      ...extra,
    };
    await this.pubSub.publish(huddleTopic(huddle.id), payload);
  }
}

/** Only a huddle that has not started (nor been cancelled) can be edited. */
function refuseUnlessScheduled(huddle: HuddleEntity): void {
  refuseIfStartedOrEnded(huddle);
  if (huddle.status === HuddleStatus.CANCELLED) {
    const message = 'This huddle is cancelled: schedule a new one instead of editing it.';
    throw AppError.conflict(message, { huddleId: message });
  }
}

function refuseIfStartedOrEnded(huddle: HuddleEntity): void {
  const message =
    huddle.status === HuddleStatus.LIVE
      ? 'This huddle is live: it can no longer be changed.'
      : huddle.status === HuddleStatus.ENDED
        ? 'This huddle has ended: it can no longer be changed.'
        : null;
  if (message) throw AppError.conflict(message, { huddleId: message });
}
