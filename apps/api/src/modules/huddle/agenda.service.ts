import { Injectable } from '@nestjs/common';
import { AgendaItemKind } from '@openhuddle/shared';
import type { Actor } from '../../common/auth/actor';
import { AppError } from '../../common/errors/app-error';
import type { AgendaItemEntity } from './agenda-item.entity';
import { AgendaRepository } from './agenda.repository';
import type { AgendaItemInput, UpdateAgendaItemInput } from './dto/huddle.types';
import { requireHuddle } from './huddle-access';
import { HuddleLiveEvents } from './huddle-live.events';
import type { HuddleEntity } from './huddle.entity';
import type { HuddleAction } from './huddle.policy';
import { HuddleRepository } from './huddle.repository';

/** An agenda item to add: typed by a facilitator, or suggested by the brief. */
export type NewAgendaItem = Pick<AgendaItemInput, 'title' | 'timeBoxMinutes'> & {
  kind?: AgendaItemKind;
  contributionId?: string | null;
};

/** A huddle's agenda: add, edit, remove, reorder; live screens follow every change. */
@Injectable()
export class AgendaService {
  constructor(
    private readonly agenda: AgendaRepository,
    private readonly huddles: HuddleRepository,
    private readonly events: HuddleLiveEvents,
  ) {}

  agendaOf(huddleId: string): Promise<AgendaItemEntity[]> {
    return this.agenda.agendaOf(huddleId);
  }

  /** Loads an agenda item with its huddle and the viewer's access (NOT_FOUND for outsiders). */
  async requireItem(actor: Actor, agendaItemId: string, action: HuddleAction) {
    const item = await this.agenda.findItem(agendaItemId);
    if (!item) throw AppError.notFound('Agenda item');
    const { huddle, access } = await requireHuddle(actor, item.huddleId, action);
    return { item, huddle, access };
  }

  async add(actor: Actor, input: AgendaItemInput): Promise<AgendaItemEntity> {
    const { huddle } = await requireHuddle(actor, input.huddleId, 'addAgendaItem');
    return this.append(huddle, input);
  }

  /**
   * Adds the brief's suggestions a huddle's agenda does not have yet (by title), at its end.
   * The caller has checked the viewer may add agenda items.
   */
  async addSuggestions(huddle: HuddleEntity, suggestions: NewAgendaItem[]): Promise<AgendaItemEntity[]> {
    const existing = await this.agenda.agendaOf(huddle.id);
    // A contribution already on the agenda (under any title the facilitator gave it) is not added again.
    const has = (s: NewAgendaItem) =>
      existing.some(
        (e) =>
          e.title === s.title || (!!s.contributionId && e.contributionId === s.contributionId && e.kind === s.kind),
      );
    for (const s of suggestions) if (!has(s)) await this.append(huddle, s);
    return this.agenda.agendaOf(huddle.id);
  }

  async update(actor: Actor, input: UpdateAgendaItemInput): Promise<AgendaItemEntity> {
    const { item, huddle } = await this.requireItem(actor, input.agendaItemId, 'addAgendaItem');
    const changes = { title: input.title, timeBoxMinutes: input.timeBoxMinutes ?? null };
    await this.agenda.updateItem(item.id, changes);
    await this.events.publish(huddle, 'AGENDA_CHANGED');
    return { ...item, ...changes };
  }

  async remove(actor: Actor, agendaItemId: string): Promise<void> {
    const { item, huddle } = await this.requireItem(actor, agendaItemId, 'addAgendaItem');
    await this.agenda.removeItem(item.id);
    if (huddle.currentAgendaItemId === item.id) {
      await this.huddles.update(huddle.id, { currentAgendaItemId: null });
      huddle.currentAgendaItemId = null;
    }
    await this.events.publish(huddle, 'AGENDA_CHANGED');
  }

  async reorder(actor: Actor, huddleId: string, itemIds: string[]): Promise<AgendaItemEntity[]> {
    const { huddle } = await requireHuddle(actor, huddleId, 'addAgendaItem');
    const items = await this.agenda.agendaOf(huddle.id);
    const same = items.length === itemIds.length && items.every((i) => itemIds.includes(i.id));
    if (!same) throw AppError.badInput({ agendaItemIds: 'List every agenda item of this huddle exactly once.' });
    await this.agenda.reorder(itemIds);
    await this.events.publish(huddle, 'AGENDA_CHANGED');
    return this.agenda.agendaOf(huddle.id);
  }

  private async append(huddle: HuddleEntity, input: NewAgendaItem): Promise<AgendaItemEntity> {
    const item = await this.agenda.append({
      organizationId: huddle.organizationId,
      huddleId: huddle.id,
      title: input.title,
      kind: input.kind ?? AgendaItemKind.CUSTOM,
      contributionId: input.contributionId ?? null,
      timeBoxMinutes: input.timeBoxMinutes ?? null,
    });
    await this.events.publish(huddle, 'AGENDA_CHANGED');
    return item;
  }
}
