import DataLoader from 'dataloader';
import type { ReactionKind } from '@openhuddle/shared';
import { type DataSource, In } from 'typeorm';
import { AttachmentEntity } from '../attachment/attachment.entity';
import { CommentEntity } from './comment.entity';
import { ContributionRevisionEntity } from './contribution-revision.entity';
import { ContributionEntity } from './contribution.entity';
import { createContributionPageLoaders } from './contribution-page.loader';
import {
  VISIBLE_COMMENT_SQL,
  VISIBLE_CONTRIBUTION_BY_ID_SQL,
  VISIBLE_CONTRIBUTION_SQL,
} from './contribution.visibility';

/** Per-request loaders for contributions; every one applies the reveal rules for the viewer. */
export function createContributionLoaders(dataSource: DataSource, viewerUserId: string | null) {
  const visible = (rule = VISIBLE_CONTRIBUTION_SQL) =>
    dataSource
      .getRepository(ContributionEntity)
      .createQueryBuilder('c')
      .innerJoinAndSelect('c.prompt', 'p')
      .leftJoinAndSelect('c.author', 'u')
      .where(rule, { viewerId: viewerUserId });

  return {
    ...createContributionPageLoaders(dataSource, viewerUserId),

    /** Contributions the viewer may see, per prompt id (their own drafts included). */
    visibleContributionsByPrompt: new DataLoader<string, ContributionEntity[]>(async (promptIds) => {
      if (!viewerUserId) return promptIds.map(() => []);
      const rows = await visible()
        .andWhere('c.prompt_id IN (:...promptIds)', { promptIds })
        .orderBy('c.spotlighted_at', 'ASC', 'NULLS LAST')
        .addOrderBy('c.published_at', 'ASC', 'NULLS LAST')
        .addOrderBy('c.created_at', 'ASC')
        .getMany();
      return promptIds.map((id) => rows.filter((r) => r.promptId === id));
    }),

    /**
     * One contribution by id if the viewer may see it (null otherwise: unknown and hidden look alike);
     * a review assignment opens its one contribution here (rule 4), never in lists.
     */
    visibleContribution: new DataLoader<string, ContributionEntity | null>(async (ids) => {
      if (!viewerUserId) return ids.map(() => null);
      const rows = await visible(VISIBLE_CONTRIBUTION_BY_ID_SQL).andWhere('c.id IN (:...ids)', { ids }).getMany();
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),

    /** Number of published contributions the viewer may see, per prompt id. */
    visibleContributionCount: new DataLoader<string, number>(async (promptIds) => {
      if (!viewerUserId) return promptIds.map(() => 0);
      const rows: Array<{ prompt_id: string; count: string }> = await dataSource
        .getRepository(ContributionEntity)
        .createQueryBuilder('c')
        .innerJoin('c.prompt', 'p')
        .select('c.prompt_id', 'prompt_id')
        .addSelect('count(*)', 'count')
        .where(VISIBLE_CONTRIBUTION_SQL, { viewerId: viewerUserId })
        .andWhere("c.status = 'PUBLISHED' AND c.prompt_id IN (:...promptIds)", { promptIds })
        .groupBy('c.prompt_id')
        .getRawMany();
      return promptIds.map((id) => Number(rows.find((r) => r.prompt_id === id)?.count ?? 0));
    }),

    /** Whether the viewer has published (and kept) a contribution, per prompt id. */
    viewerHasPublished: new DataLoader<string, boolean>(async (promptIds) => {
      if (!viewerUserId) return promptIds.map(() => false);
      const rows: Array<{ prompt_id: string }> = await dataSource.query(
        `SELECT DISTINCT prompt_id FROM contribution
          WHERE author_id = $1 AND prompt_id = ANY($2::uuid[]) AND status = 'PUBLISHED' AND deleted_at IS NULL AND hidden_at IS NULL`,
        [viewerUserId, promptIds],
      );
      const set = new Set(rows.map((r) => r.prompt_id));
      return promptIds.map((id) => set.has(id));
    }),

    /** Comments per contribution id (the caller has already checked the contribution is visible). */
    commentsByContribution: new DataLoader<string, CommentEntity[]>(async (contributionIds) => {
      const rows = await dataSource
        .getRepository(CommentEntity)
        .createQueryBuilder('cm')
        .leftJoinAndSelect('cm.author', 'u')
        .where(`cm.contribution_id IN (:...contributionIds) AND ${VISIBLE_COMMENT_SQL}`, { contributionIds })
        .orderBy('cm.created_at', 'ASC')
        .getMany();
      return contributionIds.map((id) => rows.filter((r) => r.contributionId === id));
    }),

    /** Earlier versions per contribution id, newest first (the caller has checked the contribution is visible). */
    revisionsByContribution: new DataLoader<string, ContributionRevisionEntity[]>(async (contributionIds) => {
      const rows = await dataSource
        .getRepository(ContributionRevisionEntity)
        .find({ where: { contributionId: In([...contributionIds]) }, order: { version: 'DESC' } });
      return contributionIds.map((id) => rows.filter((r) => r.contributionId === id));
    }),

    /** Attachments per contribution id (the caller has already checked the contribution is visible). */
    attachmentsByContribution: new DataLoader<string, AttachmentEntity[]>(async (contributionIds) => {
      const rows = await dataSource
        .getRepository(AttachmentEntity)
        .find({ where: { contributionId: In([...contributionIds]) }, order: { createdAt: 'ASC' } });
      return contributionIds.map((id) => rows.filter((r) => r.contributionId === id));
    }),

    /** Reaction counts per contribution id, with whether the viewer reacted (never who else did). */
    reactionsByContribution: new DataLoader<
      string,
      Array<{ kind: ReactionKind; count: number; viewerReacted: boolean }>
    >(async (contributionIds) => {
      const rows: Array<{ contribution_id: string; kind: ReactionKind; count: string; mine: boolean }> =
        await dataSource.query(
          `SELECT contribution_id, kind, count(*) AS count, bool_or(user_id = $2) AS mine
             FROM reaction WHERE contribution_id = ANY($1::uuid[]) GROUP BY contribution_id, kind`,
          [contributionIds, viewerUserId],
        );
      return contributionIds.map((id) =>
        rows
          .filter((r) => r.contribution_id === id)
          .map((r) => ({ kind: r.kind, count: Number(r.count), viewerReacted: r.mine })),
      );
    }),

    /** Visible published contributions by others that are new since the viewer last read each prompt. */
    newContributionCount: new DataLoader<string, number>(async (promptIds) => {
      if (!viewerUserId) return promptIds.map(() => 0);
      const rows: Array<{ prompt_id: string; count: string }> = await dataSource
        .getRepository(ContributionEntity)
        .createQueryBuilder('c')
        .innerJoin('c.prompt', 'p')
        .leftJoin('prompt_read', 'pr', 'pr.prompt_id = c.prompt_id AND pr.user_id = :viewerId', {
          viewerId: viewerUserId,
        })
        .select('c.prompt_id', 'prompt_id')
        .addSelect('count(*)', 'count')
        .where(VISIBLE_CONTRIBUTION_SQL, { viewerId: viewerUserId })
        .andWhere("c.status = 'PUBLISHED' AND c.author_id <> :viewerId AND c.prompt_id IN (:...promptIds)", {
          promptIds,
        })
        .andWhere('(pr.last_read_at IS NULL OR c.published_at > pr.last_read_at)')
        .groupBy('c.prompt_id')
        .getRawMany();
      return promptIds.map((id) => Number(rows.find((r) => r.prompt_id === id)?.count ?? 0));
    }),
  };
}

export type ContributionLoaders = ReturnType<typeof createContributionLoaders>;

declare module '../../common/graphql/loader-registry' {
  // Declaration merging: the module's loaders join the per-request set (registered by contribution.module.ts).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends ContributionLoaders {}
}
