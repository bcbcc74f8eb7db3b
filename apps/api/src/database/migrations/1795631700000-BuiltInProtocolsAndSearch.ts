import type { MigrationInterface, QueryRunner } from 'typeorm';
import { BUILT_IN_PROTOCOLS } from '../../modules/feedback-protocol/built-in-protocols';

// Hand-written: full-text search indexes (expressions TypeORM cannot describe) and the
// built-in feedback protocols every organization starts with.
export class BuiltInProtocolsAndSearch1795631700000 implements MigrationInterface {
  name = 'BuiltInProtocolsAndSearch1795631700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "contribution_search_idx" ON "contribution" USING gin (to_tsvector('english', "body"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "feedback_search_idx" ON "feedback" USING gin (jsonb_to_tsvector('english', "answers", '["string"]'))`,
    );
    await queryRunner.query(
      `CREATE INDEX "comment_search_idx" ON "comment" USING gin (to_tsvector('english', "body"))`,
    );
    for (const p of BUILT_IN_PROTOCOLS) {
      await queryRunner.query(
        `INSERT INTO "feedback_protocol" ("id", "organization_id", "name", "description", "sections", "rubric") VALUES ($1, NULL, $2, $3, $4, $5)`,
        [p.id, p.name, p.description, JSON.stringify(p.sections), JSON.stringify(p.rubric)],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "feedback_protocol" WHERE "organization_id" IS NULL`);
    await queryRunner.query(`DROP INDEX "comment_search_idx"`);
    await queryRunner.query(`DROP INDEX "feedback_search_idx"`);
    await queryRunner.query(`DROP INDEX "contribution_search_idx"`);
  }
}
