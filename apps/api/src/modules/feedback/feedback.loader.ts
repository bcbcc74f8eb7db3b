import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { cohortIdLoader } from '../../common/graphql/cohort-id-loader';
import { FeedbackProtocolEntity } from './feedback-protocol.entity';
import { FeedbackEntity } from './feedback.entity';
import { protocolUsage, type ProtocolUsage } from './protocol-usage';

export function createFeedbackLoaders(dataSource: DataSource) {
  return {
    cohortOfFeedback: cohortIdLoader(
      dataSource,
      'SELECT f.id, c.cohort_id FROM feedback f JOIN contribution c ON c.id = f.contribution_id WHERE f.id = ANY($1::uuid[])',
    ),
    cohortOfReviewAssignment: cohortIdLoader(
      dataSource,
      'SELECT ra.id, c.cohort_id FROM review_assignment ra JOIN contribution c ON c.id = ra.contribution_id WHERE ra.id = ANY($1::uuid[])',
    ),
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

export type FeedbackLoaders = ReturnType<typeof createFeedbackLoaders>;

declare module '../../common/graphql/loader-registry' {
  // Declaration merging: the module's loaders join the per-request set (registered by feedback.module.ts).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends FeedbackLoaders {}
}
