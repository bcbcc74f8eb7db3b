import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { ActionItemEntity } from './action-item.entity';
import { inTransaction } from './huddle.repository';

/** Action items: the only SQL of the action-item service. Rows come with their owner. */
@Injectable()
export class ActionItemRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>, em?: EntityManager): Promise<T> {
    return inTransaction(this.dataSource, em, work);
  }

  private db(em?: EntityManager): EntityManager {
    return em ?? this.dataSource.manager;
  }

  async insert(item: Partial<ActionItemEntity>): Promise<ActionItemEntity> {
    const saved = await this.db().save(ActionItemEntity, item);
    return this.db().findOneOrFail(ActionItemEntity, {
      where: { id: saved.id },
      relations: { owner: true, prompt: true },
    });
  }

  findWithOwner(id: string): Promise<ActionItemEntity | null> {
    return this.db().findOne(ActionItemEntity, { where: { id }, relations: { owner: true, prompt: true } });
  }

  /** Each huddle's action items, oldest first (one statement for any number of huddles). */
  async ofHuddles(huddleIds: readonly string[]): Promise<ActionItemEntity[][]> {
    const rows = await this.db().find(ActionItemEntity, {
      where: { huddleId: In([...huddleIds]) },
      relations: { owner: true, prompt: true },
      order: { createdAt: 'ASC' },
    });
    return huddleIds.map((id) => rows.filter((r) => r.huddleId === id));
  }

  ownedBy(organizationId: string, ownerId: string, includeDone: boolean): Promise<ActionItemEntity[]> {
    return this.db().find(ActionItemEntity, {
      where: includeDone ? { organizationId, ownerId } : { organizationId, ownerId, doneAt: IsNull() },
      relations: { owner: true, prompt: true },
      order: { dueOn: 'ASC', createdAt: 'ASC' },
    });
  }

  async setDone(id: string, doneAt: Date | null): Promise<void> {
    await this.db().update(ActionItemEntity, id, { doneAt });
  }

  async setPrompt(id: string, promptId: string, em?: EntityManager): Promise<void> {
    await this.db(em).update(ActionItemEntity, id, { promptId });
  }
}
