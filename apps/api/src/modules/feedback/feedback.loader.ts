import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { FeedbackProtocolEntity } from './feedback-protocol.entity';
import { FeedbackEntity } from './feedback.entity';
import { protocolUsage, type ProtocolUsage } from './protocol-usage';

export function createFeedbackLoaders(dataSource: DataSource) {
  return {
    /** Feedback per contribution id (callers have checked the contribution is visible). */
    feedbackByContribution: new DataLoader<string, FeedbackEntity[]>(async (contributionIds) => {
      const rows = await dataSource.getRepository(FeedbackEntity).find({
        where: { contributionId: In([...contributionIds]) },
        relations: { author: true },
        order: { createdAt: 'ASC' },
      });
      return contributionIds.map((id) => rows.filter((r) => r.contributionId === id));
    }),
    protocolById: new DataLoader<string, FeedbackProtocolEntity | null>(async (ids) => {
      const rows = await dataSource.getRepository(FeedbackProtocolEntity).findBy({ id: In([...ids]) });
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
    /** Usage per `organizationId:protocolId` (the organization whose prompts count), in one statement per batch. */
    protocolUsage: new DataLoader<string, ProtocolUsage>((keys) =>
      protocolUsage(
        dataSource.manager,
        keys.map((key) => {
          const [organizationId, protocolId] = key.split(':');
          return { organizationId, protocolId };
        }),
      ),
    ),
  };
}
