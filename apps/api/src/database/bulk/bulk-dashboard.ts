import type { DataSource } from 'typeorm';
import { type BulkCohort, createBulkCohort } from './bulk-cohort';

export interface BulkDashboard {
  consultantEmail: string;
  cohorts: BulkCohort[];
}

/**
 * A consultant facilitating `cohorts` bulk cohorts, each in its own client organization (bulk-cohort.ts:
 * `members` members × `prompts` prompts, one contribution each, `feedbackEach` feedback each), for
 * the dashboard's statement-count test and `pnpm bench:dashboard`. Half the prompts are past due,
 * each cohort has open review assignments past due, so every figure has rows to count.
 */
export async function createBulkDashboard(
  dataSource: DataSource,
  options: {
    cohorts: number;
    members: number;
    prompts: number;
    feedbackEach: number;
    passwordHash: string;
    tag: string;
  },
): Promise<BulkDashboard> {
  const { cohorts: count, tag, passwordHash } = options;
  const consultantEmail = `${tag}-consultant@bulk.example`;
  const [consultant] = await dataSource.query(
    `INSERT INTO "user" (email, display_name, time_zone, password_hash) VALUES ($1, 'Consultant ' || $2, 'Europe/London', $3) RETURNING id`,
    [consultantEmail, tag, passwordHash],
  );
  const cohorts: BulkCohort[] = [];
  for (let i = 0; i < count; i++) {
    const bulk = await createBulkCohort(dataSource, { ...options, tag: `${tag}-c${i}` });
    cohorts.push(bulk);
    await dataSource.transaction(async (em) => {
      await em.query(`INSERT INTO membership (organization_id, user_id, role) VALUES ($1, $2, 'MEMBER')`, [
        bulk.organizationId,
        consultant.id,
      ]);
      await em.query(
        `INSERT INTO cohort_member (organization_id, cohort_id, user_id, role) VALUES ($1, $2, $3, 'FACILITATOR')`,
        [bulk.organizationId, bulk.cohortId, consultant.id],
      );
      // The first half of the prompts fell due yesterday; some members never posted to the last two.
      await em.query(
        `UPDATE prompt SET due_at = now() - interval '1 day'
          WHERE id = ANY($1::uuid[]) AND title ~ '^Prompt [0-9]+$' AND substring(title from 8)::int <= $2`,
        [bulk.promptIds, Math.ceil(bulk.promptIds.length / 2)],
      );
      await em.query(
        `DELETE FROM contribution c USING cohort_member cm
          WHERE c.cohort_id = $1 AND cm.cohort_id = c.cohort_id AND cm.user_id = c.author_id
            AND cm.role = 'MEMBER' AND (hashtext(cm.user_id::text) % 7) = 0`,
        [bulk.cohortId],
      );
      await em.query(
        `INSERT INTO review_assignment (organization_id, prompt_id, contribution_id, reviewer_id, due_at)
         SELECT c.organization_id, c.prompt_id, c.id, f.author_id, now() - interval '2 hours'
           FROM contribution c JOIN feedback f ON f.contribution_id = c.id
          WHERE c.cohort_id = $1 AND (hashtext(c.id::text) % 5) = 0
         ON CONFLICT DO NOTHING`,
        [bulk.cohortId],
      );
    });
  }
  return { consultantEmail, cohorts };
}
