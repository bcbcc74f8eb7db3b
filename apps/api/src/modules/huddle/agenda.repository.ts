import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { AgendaItemEntity } from './agenda-item.entity';
import { DecisionEntity } from './decision.entity';
import { HuddleNoteEntity } from './huddle-note.entity';
import { inTransaction } from './huddle.repository';

/** Agenda items, the notes on them and the decisions taken: the only SQL of agenda and live. */
@Injectable()
export class AgendaRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>, em?: EntityManager): Promise<T> {
    return inTransaction(this.dataSource, em, work);
  }

  private db(em?: EntityManager): EntityManager {
    return em ?? this.dataSource.manager;
  }

  // ---- agenda items -------------------------------------------------------------------------

  /** Each huddle's agenda in order (one statement for any number of huddles). */
  async agendasOf(huddleIds: readonly string[]): Promise<AgendaItemEntity[][]> {
    const rows = await this.db().find(AgendaItemEntity, {
      where: { huddleId: In([...huddleIds]) },
      order: { position: 'ASC' },
    });
    return huddleIds.map((id) => rows.filter((r) => r.huddleId === id));
  }

  async agendaOf(huddleId: string): Promise<AgendaItemEntity[]> {
    return (await this.agendasOf([huddleId]))[0]!;
  }

  findItem(id: string): Promise<AgendaItemEntity | null> {
    return this.db().findOneBy(AgendaItemEntity, { id });
  }

  itemExists(id: string, huddleId: string): Promise<boolean> {
    return this.db().existsBy(AgendaItemEntity, { id, huddleId });
  }

  /** Appends an item at the end of the huddle's agenda. */
  async append(item: Omit<Partial<AgendaItemEntity>, 'position'>, em?: EntityManager): Promise<AgendaItemEntity> {
    const repo = this.db(em).getRepository(AgendaItemEntity);
    const last = await repo.maximum('position', { huddleId: item.huddleId });
    return repo.save({ ...item, position: (last ?? -1) + 1 });
  }

  async updateItem(id: string, changes: Pick<AgendaItemEntity, 'title' | 'timeBoxMinutes'>): Promise<void> {
    await this.db().update(AgendaItemEntity, id, changes);
  }

  async removeItem(id: string): Promise<void> {
    await this.db().delete(AgendaItemEntity, id);
  }

  /** Gives each item its index in `itemIds` as its position. */
  async reorder(itemIds: string[], em?: EntityManager): Promise<void> {
    await this.transaction(async (tx) => {
      for (const [position, id] of itemIds.entries()) await tx.update(AgendaItemEntity, id, { position });
    }, em);
  }

  // ---- notes --------------------------------------------------------------------------------

  /** The author's note on an item, locked until the transaction ends. */
  lockNote(em: EntityManager, agendaItemId: string, authorId: string): Promise<HuddleNoteEntity | null> {
    return em.findOne(HuddleNoteEntity, { where: { agendaItemId, authorId }, lock: { mode: 'pessimistic_write' } });
  }

  /** Writes the author's note: the next version of `current`, or the first one. */
  async writeNote(
    em: EntityManager,
    current: HuddleNoteEntity | null,
    note: Pick<HuddleNoteEntity, 'agendaItemId' | 'authorId' | 'organizationId' | 'huddleId' | 'body'>,
  ): Promise<HuddleNoteEntity> {
    const key = { agendaItemId: note.agendaItemId, authorId: note.authorId };
    if (current) await em.update(HuddleNoteEntity, key, { body: note.body, version: current.version + 1 });
    else await em.insert(HuddleNoteEntity, note);
    return em.findOneOrFail(HuddleNoteEntity, { where: key });
  }

  /** Each huddle's notes, oldest edit first (one statement for any number of huddles). */
  async notesOf(huddleIds: readonly string[]): Promise<HuddleNoteEntity[][]> {
    const rows = await this.db().find(HuddleNoteEntity, {
      where: { huddleId: In([...huddleIds]) },
      order: { updatedAt: 'ASC' },
    });
    return huddleIds.map((id) => rows.filter((r) => r.huddleId === id));
  }

  // ---- decisions ----------------------------------------------------------------------------

  insertDecision(decision: Partial<DecisionEntity>): Promise<DecisionEntity> {
    return this.db().save(DecisionEntity, decision);
  }

  /** Each huddle's decisions in the order taken (one statement for any number of huddles). */
  async decisionsOf(huddleIds: readonly string[]): Promise<DecisionEntity[][]> {
    const rows = await this.db().find(DecisionEntity, {
      where: { huddleId: In([...huddleIds]) },
      order: { createdAt: 'ASC' },
    });
    return huddleIds.map((id) => rows.filter((r) => r.huddleId === id));
  }
}
