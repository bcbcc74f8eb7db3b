import type { MigrationInterface, QueryRunner } from 'typeorm';

/** `[index, table, column]`: foreign keys that had only an (organization_id, column) composite. */
const FOREIGN_KEY_INDEXES: Array<[string, string, string]> = [
  ['action_item_owner_idx', 'action_item', 'owner_id'],
  ['agenda_item_huddle_idx', 'agenda_item', 'huddle_id'],
  ['cohort_member_user_idx', 'cohort_member', 'user_id'],
  ['contribution_cohort_idx', 'contribution', 'cohort_id'],
  ['feedback_prompt_idx', 'feedback', 'prompt_id'],
  ['huddle_cohort_idx', 'huddle', 'cohort_id'],
  ['huddle_decision_huddle_idx', 'huddle_decision', 'huddle_id'],
  ['notification_user_idx', 'notification', 'user_id'],
  ['nudge_sent_prompt_idx', 'nudge_sent', 'prompt_id'],
  ['prompt_cohort_idx', 'prompt', 'cohort_id'],
  ['prompt_read_user_idx', 'prompt_read', 'user_id'],
  ['review_assignment_reviewer_idx', 'review_assignment', 'reviewer_id'],
  ['team_cohort_idx', 'team', 'cohort_id'],
];

/** The search indexes, each led by organization_id (btree_gin), so one organisation's rows are read, not all. */
const SCOPED_SEARCH = [
  ['contribution_search_idx', 'contribution', `to_tsvector('english', "body")`],
  ['feedback_search_idx', 'feedback', `jsonb_to_tsvector('english', "answers", '["string"]')`],
  ['comment_search_idx', 'comment', `to_tsvector('english', "body")`],
] as const;

/**
 * Hand-written (issue 14). A cascade from a cohort, huddle, prompt or user scanned these tables by the
 * bare column (deleting a cohort's 57,000 contributions took over a minute): every foreign key now has
 * an index starting with it. The full-text indexes were not scoped by organisation, so the feedback
 * branch of search read every organisation's feedback; btree_gin (a trusted extension shipped with
 * PostgreSQL) lets a GIN index start with organization_id.
 */
export class ForeignKeyIndexesAndScopedSearch1796200500000 implements MigrationInterface {
  name = 'ForeignKeyIndexesAndScopedSearch1796200500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [index, table, column] of FOREIGN_KEY_INDEXES) {
      await queryRunner.query(`CREATE INDEX "${index}" ON "${table}" ("${column}")`);
    }
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    for (const [index, table, expression] of SCOPED_SEARCH) {
      await queryRunner.query(`DROP INDEX "${index}"`);
      await queryRunner.query(`CREATE INDEX "${index}" ON "${table}" USING gin ("organization_id", (${expression}))`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [index, table, expression] of SCOPED_SEARCH) {
      await queryRunner.query(`DROP INDEX "${index}"`);
      await queryRunner.query(`CREATE INDEX "${index}" ON "${table}" USING gin ((${expression}))`);
    }
    for (const [index] of FOREIGN_KEY_INDEXES) await queryRunner.query(`DROP INDEX "${index}"`);
  }
}
