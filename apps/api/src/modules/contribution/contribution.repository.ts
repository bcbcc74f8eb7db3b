import { Injectable } from '@nestjs/common';
import { ContributionStatus, type ReactionKind } from '@openhuddle/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { ContributionRevisionEntity } from './contribution-revision.entity';
import { ContributionEntity } from './contribution.entity';
import { PromptReadEntity } from './prompt-read.entity';
import { ReactionEntity } from './reaction.entity';

/**
 * The only code of the contribution module that writes SQL for contributions, their revisions,
 * reactions and prompt reads (visible reads go through the loaders, which apply the reveal rules).
 * Methods that take an EntityManager run inside the caller's transaction.
 */
@Injectable()
export class ContributionRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  create(em: EntityManager, values: Partial<ContributionEntity>): Promise<ContributionEntity> {
    return em.save(ContributionEntity, values);
  }

  /** Locks the row for the rest of the transaction (optimistic versions are checked on it). */
  lock(em: EntityManager, id: string): Promise<ContributionEntity | null> {
    return em.findOne(ContributionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async update(em: EntityManager, id: string, values: Partial<ContributionEntity>): Promise<void> {
    await em.update(ContributionEntity, id, values);
  }

  /** The contribution with its prompt and author, as the mapper needs it. */
  findFull(em: EntityManager, id: string): Promise<ContributionEntity> {
    return em.findOneOrFail(ContributionEntity, { where: { id }, relations: { prompt: true, author: true } });
  }

  /** Publishes a draft; a second publish of the same contribution changes nothing. */
  async publish(id: string, publishedAt: Date): Promise<void> {
    await this.dataSource
      .getRepository(ContributionEntity)
      .update({ id, status: ContributionStatus.DRAFT }, { status: ContributionStatus.PUBLISHED, publishedAt });
  }

  /** Soft delete: the row stays as an auditable tombstone. */
  async softDelete(id: string, deletedById: string): Promise<void> {
    await this.dataSource.getRepository(ContributionEntity).update({ id }, { deletedAt: new Date(), deletedById });
  }

  async setSpotlight(id: string, spotlightedAt: Date | null): Promise<void> {
    await this.dataSource.getRepository(ContributionEntity).update({ id }, { spotlightedAt });
  }

  async addRevision(em: EntityManager, values: Partial<ContributionRevisionEntity>): Promise<void> {
    await em.insert(ContributionRevisionEntity, values);
  }

  async addReaction(organizationId: string, contributionId: string, userId: string, kind: ReactionKind) {
    await this.dataSource
      .getRepository(ReactionEntity)
      .createQueryBuilder()
      .insert()
      .values({ organizationId, contributionId, userId, kind })
      .orIgnore()
      .execute();
  }

  async removeReaction(contributionId: string, userId: string, kind: ReactionKind): Promise<void> {
    await this.dataSource.getRepository(ReactionEntity).delete({ contributionId, userId, kind });
  }

  async markPromptRead(organizationId: string, promptId: string, userId: string): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(PromptReadEntity)
      .values({ promptId, userId, organizationId, lastReadAt: new Date() })
      .orUpdate(['last_read_at'], ['prompt_id', 'user_id'])
      .execute();
  }

  /**
   * Whether a feedback was given on the contribution. Read as SQL over the feedback table so this
   * module does not import the feedback module (which depends on this one).
   */
  async feedbackGivenOn(feedbackId: string, contributionId: string): Promise<boolean> {
    const [row] = await this.dataSource.query(`SELECT 1 FROM feedback WHERE id = $1 AND contribution_id = $2`, [
      feedbackId,
      contributionId,
    ]);
    return !!row;
  }
}
