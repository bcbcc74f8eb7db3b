import { Injectable } from '@nestjs/common';
import { HuddleStatus } from '@openhuddle/shared';
import type { Actor } from '../../common/auth/actor';
import { AppError } from '../../common/errors/app-error';
import { AgendaRepository } from './agenda.repository';
import { AgendaService } from './agenda.service';
import type { DecisionEntity } from './decision.entity';
import type { RecordDecisionInput, SaveNoteInput } from './dto/huddle.types';
import { requireHuddle } from './huddle-access';
import { HuddleLiveEvents } from './huddle-live.events';
import type { HuddleNoteEntity } from './huddle-note.entity';
import type { HuddleEntity } from './huddle.entity';
import { HuddleRepository } from './huddle.repository';

/** The live huddle: going live, attendance, the current item, notes, decisions, the end. */
@Injectable()
export class HuddleLiveService {
  constructor(
    private readonly huddles: HuddleRepository,
    private readonly agenda: AgendaRepository,
    private readonly agendaItems: AgendaService,
    private readonly events: HuddleLiveEvents,
  ) {}

  /** Goes live on the first agenda item; the facilitator who starts it has joined. */
  async start(actor: Actor, huddleId: string): Promise<HuddleEntity> {
    const { huddle, access } = await requireHuddle(actor, huddleId, 'start');
    await this.huddles.markAttendance(huddle, access.userId, 'joinedAt');
    return this.goLive(huddle);
  }

  async join(actor: Actor, huddleId: string): Promise<void> {
    const { huddle, access } = await requireHuddle(actor, huddleId, 'join');
    await this.huddles.markAttendance(huddle, access.userId, 'joinedAt');
  }

  /** Records that the viewer read the brief (the brief page calls it). */
  async markBriefRead(huddle: HuddleEntity, userId: string): Promise<void> {
    await this.huddles.markAttendance(huddle, userId, 'briefReadAt');
  }

  async setCurrentItem(actor: Actor, huddleId: string, agendaItemId: string | null): Promise<HuddleEntity> {
    const { huddle } = await requireHuddle(actor, huddleId, 'runLive');
    if (huddle.status !== HuddleStatus.LIVE) throw AppError.conflict('Start the huddle first.');
    await this.checkItem(huddle, agendaItemId);
    await this.huddles.update(huddle.id, { currentAgendaItemId: agendaItemId });
    huddle.currentAgendaItemId = agendaItemId;
    await this.events.publish(huddle, 'ITEM_CHANGED');
    return huddle;
  }

  /** Saves the viewer's own notes block on an item: nobody else's text can be overwritten. */
  async saveNote(actor: Actor, input: SaveNoteInput): Promise<HuddleNoteEntity> {
    const { item, huddle, access } = await this.agendaItems.requireItem(actor, input.agendaItemId, 'saveNote');
    if (huddle.status === HuddleStatus.ENDED)
      throw AppError.conflict('This huddle has ended; its notes are in the minutes.');
    const note = await this.agenda.transaction(async (em) => {
      const current = await this.agenda.lockNote(em, item.id, access.userId);
      if (current && input.expectedVersion != null && input.expectedVersion !== current.version) {
        throw AppError.conflict('Your notes changed in another window. Copy your text and reload.', {
          expectedVersion: `The latest version is ${current.version}.`,
        });
      }
      return this.agenda.writeNote(em, current, {
        agendaItemId: item.id,
        authorId: access.userId,
        organizationId: huddle.organizationId,
        huddleId: huddle.id,
        body: input.body,
      });
    });
    await this.events.publish(huddle, 'NOTE_SAVED', { note });
    return note;
  }

  async recordDecision(actor: Actor, input: RecordDecisionInput): Promise<DecisionEntity> {
    const { huddle, access } = await requireHuddle(actor, input.huddleId, 'recordDecision');
    await this.checkItem(huddle, input.agendaItemId);
    const decision = await this.agenda.insertDecision({
      organizationId: huddle.organizationId,
      huddleId: huddle.id,
      agendaItemId: input.agendaItemId ?? null,
      text: input.text,
      createdById: access.userId,
    });
    await this.events.publish(huddle, 'DECISION_RECORDED', { decision });
    return decision;
  }

  /** Ends the huddle with its minutes (composed by MinutesService); ending twice changes nothing. */
  async end(huddle: HuddleEntity, minutes: string): Promise<HuddleEntity> {
    if (huddle.status === HuddleStatus.ENDED) return huddle;
    const changes = { status: HuddleStatus.ENDED, endedAt: new Date(), minutes, currentAgendaItemId: null };
    await this.huddles.update(huddle.id, changes);
    Object.assign(huddle, changes);
    await this.events.publish(huddle, 'ENDED');
    return huddle;
  }

  /** BAD_USER_INPUT unless the item (when given) is on this huddle's agenda. */
  async checkItem(huddle: HuddleEntity, agendaItemId: string | null | undefined): Promise<void> {
    if (agendaItemId && !(await this.agenda.itemExists(agendaItemId, huddle.id)))
      throw AppError.badInput({ agendaItemId: 'Pick an item of this agenda.' });
  }

  private async goLive(huddle: HuddleEntity): Promise<HuddleEntity> {
    if (huddle.status === HuddleStatus.ENDED) throw AppError.conflict('This huddle has ended.');
    if (huddle.status === HuddleStatus.CANCELLED) {
      const message = 'This huddle is cancelled: schedule a new one to meet.';
      throw AppError.conflict(message, { huddleId: message });
    }
    if (huddle.status === HuddleStatus.LIVE) return huddle;
    const [first] = await this.agenda.agendaOf(huddle.id);
    const changes = { status: HuddleStatus.LIVE, startedAt: new Date(), currentAgendaItemId: first?.id ?? null };
    // Only a huddle still scheduled starts: one cancelled (or started) meanwhile is decided again.
    const started = await this.huddles.update(huddle.id, changes, undefined, HuddleStatus.SCHEDULED);
    if (!started) return this.goLive(await this.huddles.findOne(huddle.id));
    Object.assign(huddle, changes);
    await this.events.publish(huddle, 'STARTED');
    return huddle;
  }
}
