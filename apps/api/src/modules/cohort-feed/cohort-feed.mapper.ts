import { toContribution } from '../contribution/contribution.mapper';
import { FeedItemKey } from './cohort-feed.repository';
import type { FeedPage } from './cohort-feed.service';
import { CohortFeedConnection, CohortFeedItem, CohortFeedItemKind } from './dto/cohort-feed.types';

const KIND: Record<FeedItemKey, CohortFeedItemKind> = {
  [FeedItemKey.CONTRIBUTION]: CohortFeedItemKind.CONTRIBUTION,
  [FeedItemKey.FEEDBACK_ON_MINE]: CohortFeedItemKind.FEEDBACK_ON_MINE,
  [FeedItemKey.REPLY]: CohortFeedItemKind.REPLY,
  [FeedItemKey.HUDDLE_OUTCOME]: CohortFeedItemKind.HUDDLE_OUTCOME,
};

/** A feed page as this viewer may see it: contributions through the contribution mapper (anonymity strips there). */
export function toCohortFeedConnection(page: FeedPage): CohortFeedConnection {
  const seen = page.lastSeenAt?.getTime() ?? null;
  return {
    nodes: page.rows.map((row) => {
      const at = new Date(row.at);
      const contribution = row.contributionId ? page.contributions.get(row.contributionId) : undefined;
      return Object.assign(new CohortFeedItem(), {
        id: `${KIND[row.key]}:${row.subjectId}`,
        kind: KIND[row.key],
        at,
        isNew: seen === null || at.getTime() > seen,
        subjectId: row.subjectId,
        promptId: row.promptId,
        promptTitle: row.promptTitle,
        contribution: contribution ? toContribution(contribution, page.access) : null,
        huddleId: row.huddleId,
        huddleTitle: row.huddleTitle,
      });
    }),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    newCount: page.newCount,
    lastSeenAt: page.lastSeenAt,
  };
}
