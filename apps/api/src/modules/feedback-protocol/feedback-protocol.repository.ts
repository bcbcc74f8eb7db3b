import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull, Not } from 'typeorm';
import { FeedbackProtocolEntity } from './feedback-protocol.entity';
import { protocolUsage, type ProtocolUsage, UNUSED } from './protocol-usage';

type ProtocolFields = Pick<FeedbackProtocolEntity, 'name' | 'description' | 'sections' | 'rubric'>;

/** The only code of this module that reads or writes `feedback_protocol` (loaders aside). */
@Injectable()
export class FeedbackProtocolRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Built-ins first (by creation), then the organization's own. */
  listFor(organizationId: string): Promise<FeedbackProtocolEntity[]> {
    return this.dataSource.getRepository(FeedbackProtocolEntity).find({
      where: [{ organizationId: IsNull() }, { organizationId }],
      order: { createdAt: 'ASC', name: 'ASC' },
    });
  }

  findByIds(ids: string[]): Promise<FeedbackProtocolEntity[]> {
    return this.dataSource.getRepository(FeedbackProtocolEntity).findBy({ id: In(ids) });
  }

  findById(id: string): Promise<FeedbackProtocolEntity | null> {
    return this.dataSource.getRepository(FeedbackProtocolEntity).findOneBy({ id });
  }

  /** An organization's own protocol (built-ins have no organization and are never returned). */
  findOwned(id: string): Promise<FeedbackProtocolEntity | null> {
    return this.dataSource.getRepository(FeedbackProtocolEntity).findOneBy({ id, organizationId: Not(IsNull()) });
  }

  create(organizationId: string, fields: ProtocolFields): Promise<FeedbackProtocolEntity> {
    return this.dataSource.getRepository(FeedbackProtocolEntity).save({ organizationId, ...fields });
  }

  /** Locks the organization's protocol row for the rest of the transaction. */
  lockOwned(em: EntityManager, id: string, organizationId: string): Promise<FeedbackProtocolEntity | null> {
    return em.findOne(FeedbackProtocolEntity, { where: { id, organizationId }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * Reads a protocol under a key-share lock: an edit of it waits until the caller's transaction
   * ends (and then sees the feedback it saved), or the caller waits for the edit.
   */
  shareLocked(em: EntityManager, id: string): Promise<FeedbackProtocolEntity> {
    return em.findOneOrFail(FeedbackProtocolEntity, { where: { id }, lock: { mode: 'for_key_share' } });
  }

  async update(em: EntityManager, id: string, fields: ProtocolFields): Promise<FeedbackProtocolEntity> {
    await em.update(FeedbackProtocolEntity, id, fields);
    return em.findOneByOrFail(FeedbackProtocolEntity, { id });
  }

  async delete(em: EntityManager, id: string, organizationId: string): Promise<void> {
    await em.delete(FeedbackProtocolEntity, { id, organizationId });
  }

  async usage(em: EntityManager, organizationId: string, protocolId: string): Promise<ProtocolUsage> {
    const [usage] = await protocolUsage(em, [{ organizationId, protocolId }]);
    return usage ?? UNUSED;
  }
}
