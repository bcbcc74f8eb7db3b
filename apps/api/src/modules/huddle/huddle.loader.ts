import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { PromptEntity } from '../prompt/prompt.entity';
import { HuddlePromptEntity } from './huddle-prompt.entity';

export function createHuddleLoaders(dataSource: DataSource) {
  return {
    /** Linked prompts per huddle id, in their order (two statements for any number of huddles). */
    huddlePrompts: new DataLoader<string, PromptEntity[]>(async (huddleIds) => {
      const links = await dataSource
        .getRepository(HuddlePromptEntity)
        .find({ where: { huddleId: In([...huddleIds]) }, order: { position: 'ASC' } });
      const prompts = links.length
        ? await dataSource.getRepository(PromptEntity).findBy({ id: In([...new Set(links.map((l) => l.promptId))]) })
        : [];
      return huddleIds.map((id) =>
        links.filter((l) => l.huddleId === id).map((l) => prompts.find((p) => p.id === l.promptId)!),
      );
    }),
  };
}
