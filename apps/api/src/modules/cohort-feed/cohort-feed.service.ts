import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor';
import { AppError } from '../../common/errors/app-error';
import { pageAfter, pageSize } from '../../common/pagination/page-info';
import { decodeSortKeyCursor, encodeSortKeyCursor } from '../../common/pagination/sort-key-cursor';
import type { CohortAccess } from '../cohort/cohort.policy';
import { requireCohortAccess } from '../cohort/cohort-access';
import type { ContributionEntity } from '../contribution/contribution.entity';
import { CohortFeedRepository, type FeedCursor, FeedItemKey, type FeedRow } from './cohort-feed.repository';

export const FEED_PAGE_MAX = 50;
const CURSOR_PREFIX = 'feed';

const BAD_CURSOR = 'This is not a position in this feed; start from the first page.';

export function decodeFeedCursor(after: string): FeedCursor {
  const [at, key, id] = decodeSortKeyCursor(after, CURSOR_PREFIX, ['timestamp', 'int', 'uuid'], BAD_CURSOR) as [
    string,
    string,
    string,
  ];
  const k = Number(key);
  if (!(k in FeedItemKey)) throw AppError.badInput({ after: BAD_CURSOR });
  return { at, key: k as FeedItemKey, id };
}

/** The cursor names only the last item shown: when, its kind, its id — all on that item. */
export const encodeFeedCursor = (row: FeedRow) => encodeSortKeyCursor(CURSOR_PREFIX, [row.at, row.key, row.subjectId]);

export interface FeedPage {
  access: CohortAccess;
  rows: FeedRow[];
  contributions: Map<string, ContributionEntity>;
  hasNextPage: boolean;
  endCursor: string | null;
  lastSeenAt: Date | null;
  newCount: number;
}

/** "What's new" across a cohort's prompts, for one viewer: everything in it follows PRODUCT.md's rules. */
@Injectable()
export class CohortFeedService {
  constructor(private readonly feed: CohortFeedRepository) {}

  async page(actor: Actor, cohortId: string, first: number, after: string | null): Promise<FeedPage> {
    const size = pageSize(first, FEED_PAGE_MAX, 'items');
    const cursor = pageAfter(after, decodeFeedCursor);
    const access = await requireCohortAccess(actor, cohortId, 'view');
    const lastSeenAt = await this.feed.lastSeenAt(cohortId, access.userId);
    const [rows, newCount] = await Promise.all([
      this.feed.page(cohortId, access.userId, size + 1, cursor),
      this.feed.countSince(cohortId, access.userId, lastSeenAt),
    ]);
    const shown = rows.slice(0, size);
    // One statement for every contribution on the page, through the same loader (and rules) as by id.
    const ids = [...new Set(shown.flatMap((r) => (r.contributionId ? [r.contributionId] : [])))];
    const loaded = await actor.loaders.visibleContribution.loadMany(ids);
    const contributions = new Map<string, ContributionEntity>();
    for (const c of loaded) {
      if (c instanceof Error) throw c;
      if (c) contributions.set(c.id, c);
    }
    const last = shown[shown.length - 1];
    return {
      access,
      // A contribution that became invisible between the two reads drops out rather than showing empty.
      rows: shown.filter((r) => !r.contributionId || contributions.has(r.contributionId)),
      contributions,
      hasNextPage: rows.length > size,
      endCursor: last ? encodeFeedCursor(last) : null,
      lastSeenAt,
      newCount,
    };
  }

  async markSeen(actor: Actor, cohortId: string): Promise<void> {
    const access = await requireCohortAccess(actor, cohortId, 'view');
    await this.feed.markSeen(access.organizationId, cohortId, access.userId);
  }
}
