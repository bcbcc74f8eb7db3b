import DataLoader from 'dataloader';
import { type DataSource, In, IsNull } from 'typeorm';
import { cohortIdLoader } from '../../common/graphql/cohort-id-loader';
import {
  byIdWithAuthorLoader,
  countPerParentLoader,
  firstPerParentLoader,
} from '../../common/pagination/first-per-parent';
import type { UserEntity } from '../user/user.entity';
import { FeedbackEntity } from './feedback.entity';
import { ReviewAssignmentEntity } from './review-assignment.entity';
import type { ViewerReviewRow } from './review-assignment.repository';

/** Feedback hidden by a facilitator leaves every read (VISIBLE_FEEDBACK_SQL over the alias `x`). */
const VISIBLE_FEEDBACK_LIST = { table: 'feedback', parentColumn: 'contribution_id', where: 'x.hidden_at IS NULL' };

type PromptAssignmentRow = ReviewAssignmentEntity & { reviewer?: UserEntity; contributionAuthorId: string };

/** Per-request loaders of the feedback module: its read side, one statement per batch. */
export function createFeedbackLoaders(dataSource: DataSource, viewerUserId: string | null) {
  return {
    cohortOfFeedback: cohortIdLoader(
      dataSource,
      'SELECT f.id, c.cohort_id FROM feedback f JOIN contribution c ON c.id = f.contribution_id WHERE f.id = ANY($1::uuid[])',
    ),
    cohortOfReviewAssignment: cohortIdLoader(
      dataSource,
      'SELECT ra.id, c.cohort_id FROM review_assignment ra JOIN contribution c ON c.id = ra.contribution_id WHERE ra.id = ANY($1::uuid[])',
    ),
    /** Pages of a contribution's feedback, oldest first (callers have checked the contribution is visible). */
    feedbackPage: firstPerParentLoader(dataSource, VISIBLE_FEEDBACK_LIST),
    feedbackCount: countPerParentLoader(dataSource, VISIBLE_FEEDBACK_LIST),
    /** Feedback by id with its author, for the pages above. */
    feedbackById: byIdWithAuthorLoader(dataSource, FeedbackEntity),
    /** Feedback per contribution id (callers have checked the contribution is visible). */
    feedbackByContribution: new DataLoader<string, FeedbackEntity[]>(async (contributionIds) => {
      const rows = await dataSource.getRepository(FeedbackEntity).find({
        where: { contributionId: In([...contributionIds]), hiddenAt: IsNull() },
        relations: { author: true },
        order: { createdAt: 'ASC' },
      });
      return contributionIds.map((id) => rows.filter((r) => r.contributionId === id));
    }),
    /**
     * Who reviews whom, per prompt id, with the reviewer (callers show it to facilitators only); the
     * assignments of deleted or hidden contributions are gone with them.
     */
    reviewAssignmentsByPrompt: new DataLoader<string, PromptAssignmentRow[]>(async (promptIds) => {
      const { entities, raw } = await dataSource
        .getRepository(ReviewAssignmentEntity)
        .createQueryBuilder('ra')
        .innerJoinAndMapOne('ra.reviewer', 'user', 'u', 'u.id = ra.reviewer_id')
        .innerJoin('contribution', 'c', 'c.id = ra.contribution_id AND c.deleted_at IS NULL AND c.hidden_at IS NULL')
        .addSelect('c.author_id', 'contribution_author_id')
        .where('ra.prompt_id IN (:...promptIds)', { promptIds })
        .orderBy('ra.created_at', 'ASC')
        .getRawAndEntities();
      const authorOf = new Map(
        raw.map((r: { ra_id: string; contribution_author_id: string }) => [r.ra_id, r.contribution_author_id]),
      );
      const rows = (entities as PromptAssignmentRow[]).map((e) =>
        Object.assign(e, { contributionAuthorId: authorOf.get(e.id)! }),
      );
      return promptIds.map((id) => rows.filter((r) => r.promptId === id));
    }),
    /**
     * The viewer's own review assignments per prompt id (open or done), on contributions that were
     * not deleted or hidden: what marks "You are reviewing this" on the prompt page.
     */
    viewerReviewsByPrompt: new DataLoader<string, ViewerReviewRow[]>(async (promptIds) => {
      if (!viewerUserId) return promptIds.map(() => []);
      const rows: ViewerReviewRow[] = await dataSource.query(
        `SELECT ra.id, ra.prompt_id, ra.contribution_id, ra.due_at, ra.completed_at
           FROM review_assignment ra JOIN contribution c ON c.id = ra.contribution_id
          WHERE ra.prompt_id = ANY($1::uuid[]) AND ra.reviewer_id = $2 AND c.deleted_at IS NULL AND c.hidden_at IS NULL`,
        [promptIds, viewerUserId],
      );
      return promptIds.map((id) => rows.filter((r) => r.prompt_id === id));
    }),
    /** Open reviews the viewer owes, per cohort id (on contributions that were not deleted). */
    viewerOpenReviewCount: new DataLoader<string, number>(async (cohortIds) => {
      if (!viewerUserId) return cohortIds.map(() => 0);
      const rows: Array<{ cohort_id: string; n: number }> = await dataSource.query(
        `SELECT c.cohort_id, count(*)::int AS n FROM review_assignment ra JOIN contribution c ON c.id = ra.contribution_id
          WHERE c.cohort_id = ANY($1::uuid[]) AND ra.reviewer_id = $2 AND ra.completed_at IS NULL AND c.deleted_at IS NULL AND c.hidden_at IS NULL
          GROUP BY c.cohort_id`,
        [cohortIds, viewerUserId],
      );
      const byCohort = new Map(rows.map((r) => [r.cohort_id, r.n]));
      return cohortIds.map((id) => byCohort.get(id) ?? 0);
    }),
  };
}

export type FeedbackLoaders = ReturnType<typeof createFeedbackLoaders>;

declare module '../../common/graphql/loader-registry' {
  // Declaration merging: the module's loaders join the per-request set (registered by feedback.module.ts).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends FeedbackLoaders {}
}
