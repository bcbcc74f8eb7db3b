import type { Actor } from '../../common/auth/actor';
import type { ParentPage } from '../../common/pagination/first-per-parent';
import { decodeKeysetCursor } from '../../common/pagination/keyset-cursor';
import { inPageOrder, pageAfter, pageSize } from '../../common/pagination/page-info';
import { toComment } from './contribution.mapper';
import type { CommentConnection } from './dto/contribution-connection.types';
import type { Contribution } from './dto/contribution.types';

/** Pages of a discussion (a contribution's own, or the thread under one feedback): shared by both fields. */
export const COMMENT_PAGE_MAX = 50;

/** The loader key for a page of comments under `parentId`, or BAD_USER_INPUT on `first`/`after`. */
export function commentPageKey(parentId: string, first: number, after: string | null) {
  return {
    parentId,
    first: pageSize(first, COMMENT_PAGE_MAX, 'comments'),
    after: pageAfter(after, (a) =>
      decodeKeysetCursor(a, 'This is not a position in this discussion; start from the first page.'),
    ),
  };
}

/** The page's comments as the viewer may see them (authors stripped per the contribution's anonymity). */
export async function toCommentConnection(
  actor: Actor,
  contribution: Contribution,
  page: ParentPage,
  totalCount: number,
): Promise<CommentConnection> {
  const rows = inPageOrder(await actor.loaders.commentById.loadMany(page.ids));
  return {
    nodes: rows.map((c) => toComment(c, contribution)),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    totalCount,
  };
}
