import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { CohortMemberEntity } from '../cohort/cohort-member.entity';
import { CommentEntity } from './comment.entity';

/** The only code of the contribution module that writes SQL for comments. */
@Injectable()
export class CommentRepository {
  constructor(private readonly dataSource: DataSource) {}

  isOn(commentId: string, contributionId: string): Promise<boolean> {
    return this.dataSource.getRepository(CommentEntity).existsBy({ id: commentId, contributionId });
  }

  /** How many of the users are in the cohort (any role). */
  countInCohort(cohortId: string, userIds: string[]): Promise<number> {
    return this.dataSource.getRepository(CohortMemberEntity).countBy({ cohortId, userId: In(userIds) });
  }

  create(values: Partial<CommentEntity>): Promise<CommentEntity> {
    return this.dataSource.getRepository(CommentEntity).save(values);
  }
}
