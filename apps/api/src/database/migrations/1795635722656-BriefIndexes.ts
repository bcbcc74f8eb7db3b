import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BriefIndexes1795635722656 implements MigrationInterface {
  name = 'BriefIndexes1795635722656';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "feedback_org_prompt_idx" ON "feedback"  ("organization_id", "prompt_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."feedback_org_prompt_idx"`);
  }
}
