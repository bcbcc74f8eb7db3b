import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CURSOR_TIMESTAMP_SQL } from '../../common/pagination/keyset-cursor';
import { VISIBLE_COMMENT_SQL, VISIBLE_CONTRIBUTION_SQL } from '../contribution/contribution.visibility';

/** What a feed item is about; also its place among items of the same instant (the order is total). */
export enum FeedItemKey {
  CONTRIBUTION = 0,
  FEEDBACK_ON_MINE = 1,
  REPLY = 2,
  HUDDLE_OUTCOME = 3,
}

/** The sort keys of the last item shown: when, which kind, its id — all of them on the item. */
export interface FeedCursor {
  at: string;
  key: FeedItemKey;
  id: string;
}

export interface FeedRow {
  key: FeedItemKey;
  subjectId: string;
  contributionId: string | null;
  promptId: string | null;
  promptTitle: string | null;
  huddleId: string | null;
  huddleTitle: string | null;
  /** To the microsecond, in the cursor's form. */
  at: string;
}

/** New items counted at most (the badge says "99+" past it; counting further would read the whole cohort). */
export const FEED_NEW_COUNT_MAX = 100;

const VISIBLE = VISIBLE_CONTRIBUTION_SQL.replace(/:viewerId/g, '$2');

/**
 * One branch per kind, each an index range read newest first and bounded by the page size, so a
 * page costs the same at 1,000 items as at 60,000 (bench/feed.bench.ts EXPLAINs it).
 * `bound(at, key, id)` narrows a branch (the cursor or the last-seen marker), already in SQL.
 * - contributions by others that the viewer may see: the same predicate as every list (reveal rules, drafts,
 *   moderation, removed members and Guests);
 * - feedback others gave on the viewer's own published contributions (who gave it is not said here);
 * - replies: others' comments in the discussion of a contribution the viewer wrote or commented on before;
 * - huddle outcomes: the cohort's huddles that ended (their minutes, decisions and action items).
 */
function branches(bound: (at: string, key: FeedItemKey, id: string) => string, limit: string): string {
  return `
   (SELECT ${FeedItemKey.CONTRIBUTION} AS k, c.id AS subject_id, c.id AS contribution_id, c.prompt_id, NULL::uuid AS huddle_id, c.published_at AS at
      FROM contribution c JOIN prompt p ON p.id = c.prompt_id
     WHERE c.cohort_id = $1 AND c.status = 'PUBLISHED' AND c.deleted_at IS NULL AND c.hidden_at IS NULL
       AND c.author_id <> $2 AND ${VISIBLE} ${bound('c.published_at', FeedItemKey.CONTRIBUTION, 'c.id')}
     ORDER BY c.published_at DESC, c.id DESC LIMIT ${limit})
   UNION ALL
   (SELECT ${FeedItemKey.FEEDBACK_ON_MINE}, f.id, c.id, c.prompt_id, NULL::uuid, f.created_at
      FROM contribution c JOIN feedback f ON f.contribution_id = c.id AND f.organization_id = c.organization_id
     WHERE c.cohort_id = $1 AND c.author_id = $2 AND c.status = 'PUBLISHED' AND c.deleted_at IS NULL AND c.hidden_at IS NULL
       AND f.hidden_at IS NULL AND f.author_id <> $2 ${bound('f.created_at', FeedItemKey.FEEDBACK_ON_MINE, 'f.id')}
     ORDER BY f.created_at DESC, f.id DESC LIMIT ${limit})
   UNION ALL
   (SELECT ${FeedItemKey.REPLY}, cm.id, c.id, c.prompt_id, NULL::uuid, cm.created_at
      FROM contribution c JOIN prompt p ON p.id = c.prompt_id
      JOIN comment cm ON cm.contribution_id = c.id AND cm.organization_id = c.organization_id
     WHERE c.cohort_id = $1 AND c.status = 'PUBLISHED' AND cm.author_id <> $2 AND ${VISIBLE_COMMENT_SQL}
       AND (c.author_id = $2 OR EXISTS (
             SELECT 1 FROM comment mine
              WHERE mine.contribution_id = c.id AND mine.author_id = $2 AND mine.deleted_at IS NULL
                AND mine.created_at < cm.created_at))
       AND ${VISIBLE} ${bound('cm.created_at', FeedItemKey.REPLY, 'cm.id')}
     ORDER BY cm.created_at DESC, cm.id DESC LIMIT ${limit})
   UNION ALL
   (SELECT ${FeedItemKey.HUDDLE_OUTCOME}, h.id, NULL::uuid, NULL::uuid, h.id, h.ended_at
      FROM huddle h
     WHERE h.cohort_id = $1 AND h.ended_at IS NOT NULL ${bound('h.ended_at', FeedItemKey.HUDDLE_OUTCOME, 'h.id')}
     ORDER BY h.ended_at DESC, h.id DESC LIMIT ${limit})`;
}

/**
 * Items older than the cursor, in the feed's order (at DESC, kind DESC, id DESC). Within a branch
 * the kind is a constant, so the three-key comparison becomes an index-friendly two-key one.
 */
const olderThan = (after: FeedCursor | null) => (at: string, key: FeedItemKey, id: string) => {
  if (!after) return '';
  if (key < after.key) return `AND ${at} <= CAST($4 AS timestamptz)`;
  if (key > after.key) return `AND ${at} < CAST($4 AS timestamptz)`;
  return `AND (${at}, ${id}) < (CAST($4 AS timestamptz), CAST($5 AS uuid))`;
};

/** The cohort feed's reads and the viewer's last-seen marker. */
@Injectable()
export class CohortFeedRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** `limit` items the viewer may see, newest first, after the cursor (the caller asks one more to know if more follow). */
  async page(cohortId: string, viewerId: string, limit: number, after: FeedCursor | null): Promise<FeedRow[]> {
    const params: unknown[] = [cohortId, viewerId, limit];
    if (after) params.push(after.at, after.id);
    const rows: Array<{
      k: number;
      subject_id: string;
      contribution_id: string | null;
      prompt_id: string | null;
      prompt_title: string | null;
      huddle_id: string | null;
      huddle_title: string | null;
      at: string;
    }> = await this.dataSource.query(
      `SELECT page.k, page.subject_id, page.contribution_id, page.prompt_id, pr.title AS prompt_title,
              page.huddle_id, h.title AS huddle_title, ${CURSOR_TIMESTAMP_SQL('page.at')} AS at
         FROM (SELECT * FROM (${branches(olderThan(after), '$3')}) items
                ORDER BY items.at DESC, items.k DESC, items.subject_id DESC LIMIT $3) page
         LEFT JOIN prompt pr ON pr.id = page.prompt_id
         LEFT JOIN huddle h ON h.id = page.huddle_id
        ORDER BY page.at DESC, page.k DESC, page.subject_id DESC`,
      params,
    );
    return rows.map((r) => ({
      key: Number(r.k) as FeedItemKey,
      subjectId: r.subject_id,
      contributionId: r.contribution_id,
      promptId: r.prompt_id,
      promptTitle: r.prompt_title,
      huddleId: r.huddle_id,
      huddleTitle: r.huddle_title,
      at: r.at,
    }));
  }

  /** When the viewer last looked at the feed (null: never). */
  async lastSeenAt(cohortId: string, viewerId: string): Promise<Date | null> {
    const [row]: Array<{ last_seen_at: Date }> = await this.dataSource.query(
      `SELECT last_seen_at FROM cohort_feed_read WHERE cohort_id = $1 AND user_id = $2`,
      [cohortId, viewerId],
    );
    return row?.last_seen_at ?? null;
  }

  /**
   * How many items arrived after `since` (all of them when null), at most FEED_NEW_COUNT_MAX: the
   * page's own index ranges, newest first, stopped at the cap — the time is a constant of the
   * statement, so the planner reads each branch backwards instead of the whole cohort.
   */
  async countSince(cohortId: string, viewerId: string, since: Date | null): Promise<number> {
    const newer = (at: string) => (since ? `AND ${at} > CAST($4 AS timestamptz)` : '');
    const [row]: Array<{ n: string }> = await this.dataSource.query(
      `SELECT count(*) AS n FROM (SELECT 1 FROM (${branches(newer, '$3')}) items LIMIT $3) n`,
      since ? [cohortId, viewerId, FEED_NEW_COUNT_MAX, since] : [cohortId, viewerId, FEED_NEW_COUNT_MAX],
    );
    return Number(row?.n ?? 0);
  }

  async markSeen(organizationId: string, cohortId: string, userId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO cohort_feed_read (cohort_id, user_id, organization_id, last_seen_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (cohort_id, user_id) DO UPDATE SET last_seen_at = now()`,
      [cohortId, userId, organizationId],
    );
  }
}
