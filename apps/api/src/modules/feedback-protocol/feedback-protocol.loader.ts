import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { FeedbackProtocolEntity } from './feedback-protocol.entity';
import { protocolUsage, type ProtocolUsage } from './protocol-usage';

/** Per-request loaders of the feedback-protocol module (its read side: batched queries stay here). */
export function createFeedbackProtocolLoaders(dataSource: DataSource) {
  return {
    protocolById: new DataLoader<string, FeedbackProtocolEntity | null>(async (ids) => {
      const rows = await dataSource.getRepository(FeedbackProtocolEntity).findBy({ id: In([...ids]) });
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
    /** Usage per `organizationId:protocolId` (the organization whose prompts count), in one statement per batch. */
    protocolUsage: new DataLoader<string, ProtocolUsage>((keys) =>
      protocolUsage(
        dataSource.manager,
        keys.map((key) => {
          const [organizationId = '', protocolId = ''] = key.split(':');
          return { organizationId, protocolId };
        }),
      ),
    ),
  };
}

export type FeedbackProtocolLoaders = ReturnType<typeof createFeedbackProtocolLoaders>;

declare module '../../common/graphql/loader-registry' {
  // Declaration merging: the module's loaders join the per-request set (registered by feedback-protocol.module.ts).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends FeedbackProtocolLoaders {}
}
