import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { PromptEntity } from './prompt.entity';

/** The only code of the prompt module that writes SQL (loaders aside). */
@Injectable()
export class PromptRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string): Promise<PromptEntity | null> {
    return this.dataSource.getRepository(PromptEntity).findOneBy({ id });
  }

  /** `em`: inside the caller's transaction (a huddle's action item becoming a prompt). */
  create(values: Partial<PromptEntity>, em?: EntityManager): Promise<PromptEntity> {
    return (em ?? this.dataSource.manager).getRepository(PromptEntity).save(values);
  }

  async update(id: string, values: Partial<PromptEntity>): Promise<PromptEntity> {
    const repo = this.dataSource.getRepository(PromptEntity);
    await repo.update(id, values);
    return repo.findOneByOrFail({ id });
  }

  /** Publishes a draft; publishing twice keeps the first time. */
  async publish(id: string, publishedAt: Date): Promise<void> {
    await this.dataSource.getRepository(PromptEntity).update({ id, publishedAt: IsNull() }, { publishedAt });
  }

  /**
   * Whether feedback was given on the prompt. SQL over the feedback table, so this module does not
   * import the feedback module (which depends on it).
   */
  async hasFeedback(promptId: string): Promise<boolean> {
    const [given] = await this.dataSource.query(`SELECT 1 FROM feedback WHERE prompt_id = $1 LIMIT 1`, [promptId]);
    return !!given;
  }
}
