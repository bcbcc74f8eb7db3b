import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { FeedbackEntity } from './feedback.entity';

export interface FeedbackValues {
  organizationId: string;
  promptId: string;
  contributionId: string;
  authorId: string;
  answers: Record<string, string>;
  rubric: Record<string, number>;
}

/** The only code of the feedback module that reads or writes `feedback` (loaders aside). */
@Injectable()
export class FeedbackRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** One author's feedback per contribution: a second save revises it. */
  async upsert(em: EntityManager, values: FeedbackValues): Promise<FeedbackEntity> {
    await em
      .createQueryBuilder()
      .insert()
      .into(FeedbackEntity)
      .values(values)
      .orUpdate(['answers', 'rubric', 'updated_at'], ['contribution_id', 'author_id'])
      .execute();
    return em.findOneOrFail(FeedbackEntity, {
      where: { contributionId: values.contributionId, authorId: values.authorId },
      relations: { author: true },
    });
  }

  findWithAuthor(id: string): Promise<FeedbackEntity | null> {
    return this.dataSource.getRepository(FeedbackEntity).findOne({ where: { id }, relations: { author: true } });
  }

  async setHelpful(feedback: FeedbackEntity, helpfulAt: Date | null): Promise<void> {
    await this.dataSource
      .getRepository(FeedbackEntity)
      .update(feedback.id, { helpfulAt, readAt: feedback.readAt ?? new Date() });
  }

  async markReadOn(contributionId: string): Promise<void> {
    await this.dataSource
      .getRepository(FeedbackEntity)
      .update({ contributionId, readAt: IsNull() }, { readAt: new Date() });
  }

  /** Feedback on the viewer's (kept) contributions in an organization they have not read, newest first. */
  unreadBy(organizationId: string, viewerId: string): Promise<FeedbackEntity[]> {
    return this.dataSource
      .getRepository(FeedbackEntity)
      .createQueryBuilder('f')
      .innerJoin('f.contribution', 'c')
      .leftJoinAndSelect('f.author', 'u')
      .where(
        'f.organization_id = :organizationId AND c.author_id = :viewerId AND f.read_at IS NULL AND f.hidden_at IS NULL AND c.deleted_at IS NULL AND c.hidden_at IS NULL',
        { organizationId, viewerId },
      )
      .orderBy('f.created_at', 'DESC')
      .getMany();
  }
}
