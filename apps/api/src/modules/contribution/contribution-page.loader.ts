import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { CURSOR_TIMESTAMP_SQL } from '../../common/pagination/keyset-cursor';
import { decodeSortKeyCursor, encodeSortKeyCursor } from '../../common/pagination/sort-key-cursor';
import {
  byIdWithAuthorLoader,
  countPerParentLoader,
  firstPerParentLoader,
  pagesLoader,
} from '../../common/pagination/first-per-parent';
import { CommentEntity } from './comment.entity';
import { ContributionEntity } from './contribution.entity';
import { VISIBLE_CONTRIBUTION_SQL } from './contribution.visibility';

/**
 * A prompt's published contributions a page at a time, in the order the prompt page reads them:
 * spotlights first, then the ones the viewer is assigned to review, then the most recently
 * published; the id breaks ties, so the order is total and a keyset cursor never skips or repeats a
 * row while others post. Lists and counts keep VISIBLE_CONTRIBUTION_SQL (a review assignment under
 * FACILITATORS_ONLY opens one contribution by id, never a list: rule 4).
 */
/** The sort keys of the last row shown: its group, when it was published, its id — all on the node. */
export interface ContributionCursor {
  group: number;
  publishedAt: string;
  id: string;
}

const CURSOR_PREFIX = 'contribution';

export function decodeContributionCursor(after: string): ContributionCursor {
  const [group, publishedAt, id] = decodeSortKeyCursor(
    after,
    CURSOR_PREFIX,
    ['int', 'timestamp', 'uuid'],
    'This is not a position in this list of contributions; start from the first page.',
  ) as [string, string, string];
  return { group: Number(group), publishedAt, id };
}

const encodeContributionCursor = (c: ContributionCursor) =>
  encodeSortKeyCursor(CURSOR_PREFIX, [c.group, c.publishedAt, c.id]);

/** 0 spotlighted, 1 the viewer reviews it, 2 the rest. */
const GROUP_SQL = `(CASE WHEN c.spotlighted_at IS NOT NULL THEN 0
  WHEN EXISTS (SELECT 1 FROM review_assignment ra WHERE ra.contribution_id = c.id AND ra.reviewer_id = :viewerId) THEN 1
  ELSE 2 END)`;

const AFTER_SQL = `(${GROUP_SQL} > :afterGroup OR (${GROUP_SQL} = :afterGroup AND (
  c.published_at < CAST(:afterAt AS timestamptz) OR (c.published_at = CAST(:afterAt AS timestamptz) AND c.id < :afterId))))`;

export function createContributionPageLoaders(dataSource: DataSource, viewerUserId: string | null) {
  const pageOf = async (promptIds: string[], first: number, after: ContributionCursor | null) => {
    const inner = dataSource
      .getRepository(ContributionEntity)
      .createQueryBuilder('c')
      .innerJoin('c.prompt', 'p')
      .select('c.id', 'id')
      .addSelect('c.prompt_id', 'prompt_id')
      .addSelect(GROUP_SQL, 'grp')
      .addSelect(CURSOR_TIMESTAMP_SQL('c.published_at'), 'published_at')
      .addSelect(
        `row_number() OVER (PARTITION BY c.prompt_id ORDER BY ${GROUP_SQL}, c.published_at DESC, c.id DESC)`,
        'rn',
      )
      .where(VISIBLE_CONTRIBUTION_SQL, { viewerId: viewerUserId })
      .andWhere("c.status = 'PUBLISHED' AND c.prompt_id IN (:...promptIds)", { promptIds });
    if (after) {
      inner.andWhere(AFTER_SQL, { afterGroup: after.group, afterAt: after.publishedAt, afterId: after.id });
    }
    const [sql, params] = inner.getQueryAndParameters();
    const rows: Array<{ id: string; parent: string; grp: number; published_at: string }> = await dataSource.query(
      `SELECT page.id, page.prompt_id AS parent, page.grp, page.published_at FROM (${sql}) page
        WHERE page.rn <= $${params.length + 1} ORDER BY page.prompt_id, page.rn`,
      [...params, first + 1],
    );
    return rows;
  };

  // A contribution's own discussion (comments on its feedback thread under each feedback instead).
  const discussion = {
    table: 'comment',
    parentColumn: 'contribution_id',
    where: 'x.feedback_id IS NULL AND x.deleted_at IS NULL AND x.hidden_at IS NULL',
  };
  const feedbackThread = {
    table: 'comment',
    parentColumn: 'feedback_id',
    where: 'x.deleted_at IS NULL AND x.hidden_at IS NULL',
  };

  return {
    /** Pages of a contribution's discussion (callers have checked the contribution is visible). */
    commentPage: firstPerParentLoader(dataSource, discussion),
    commentCount: countPerParentLoader(dataSource, discussion),
    /** Pages of the thread under one feedback (callers have checked its contribution is visible). */
    feedbackCommentPage: firstPerParentLoader(dataSource, feedbackThread),
    feedbackCommentCount: countPerParentLoader(dataSource, feedbackThread),
    /** Comments by id with their authors, for the pages above. */
    commentById: byIdWithAuthorLoader(dataSource, CommentEntity),

    /** One page of a prompt's visible published contributions (ids in order, and where the page ends). */
    contributionPage: pagesLoader<ContributionCursor, Awaited<ReturnType<typeof pageOf>>[number]>(
      async (promptIds, first, after) => (viewerUserId ? pageOf(promptIds, first, after) : []),
      (last) => encodeContributionCursor({ group: Number(last.grp), publishedAt: last.published_at, id: last.id }),
    ),

    /** Who has published (and kept) a contribution, per prompt id: for facilitators' participation panel only. */
    posterIdsByPrompt: new DataLoader<string, string[]>(async (promptIds) => {
      const rows: Array<{ prompt_id: string; author_id: string }> = await dataSource.query(
        `SELECT DISTINCT prompt_id, author_id FROM contribution
          WHERE prompt_id = ANY($1::uuid[]) AND status = 'PUBLISHED' AND deleted_at IS NULL AND hidden_at IS NULL
          ORDER BY prompt_id, author_id`,
        [promptIds],
      );
      return promptIds.map((id) => rows.filter((r) => r.prompt_id === id).map((r) => r.author_id));
    }),

    /** The viewer's own unpublished drafts per prompt id (nobody else's: drafts are private). */
    viewerDraftIdsByPrompt: new DataLoader<string, string[]>(async (promptIds) => {
      if (!viewerUserId) return promptIds.map(() => []);
      const rows: Array<{ id: string; prompt_id: string }> = await dataSource.query(
        `SELECT id, prompt_id FROM contribution
          WHERE author_id = $1 AND prompt_id = ANY($2::uuid[]) AND status = 'DRAFT' AND deleted_at IS NULL AND hidden_at IS NULL
          ORDER BY created_at, id`,
        [viewerUserId, promptIds],
      );
      return promptIds.map((id) => rows.filter((r) => r.prompt_id === id).map((r) => r.id));
    }),
  };
}
