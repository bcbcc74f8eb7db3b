import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CohortFeed1796700000000 implements MigrationInterface {
  name = 'CohortFeed1796700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "cohort_feed_read" ("cohort_id" uuid NOT NULL, "user_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_eaf17af43a7cf33c29a225b2934" PRIMARY KEY ("cohort_id", "user_id"))`);
    await queryRunner.query(`CREATE INDEX "cohort_feed_read_org_user_idx" ON "cohort_feed_read"  ("organization_id", "user_id") `);
    await queryRunner.query(`CREATE INDEX "cohort_feed_read_user_idx" ON "cohort_feed_read"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "contribution_cohort_feed_idx" ON "contribution"  ("cohort_id", "published_at", "id") WHERE status = 'PUBLISHED' AND deleted_at IS NULL AND hidden_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "huddle_cohort_ended_idx" ON "huddle"  ("cohort_id", "ended_at", "id") WHERE ended_at IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "cohort_feed_read" ADD CONSTRAINT "FK_09e62008f415bd2ed4bd60a4e4e" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cohort_feed_read" ADD CONSTRAINT "FK_ada101daf9d92f3cdfada7dccde" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cohort_feed_read" ADD CONSTRAINT "FK_87e67d15ce941db071671819967" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cohort_feed_read" DROP CONSTRAINT "FK_87e67d15ce941db071671819967"`);
    await queryRunner.query(`ALTER TABLE "cohort_feed_read" DROP CONSTRAINT "FK_ada101daf9d92f3cdfada7dccde"`);
    await queryRunner.query(`ALTER TABLE "cohort_feed_read" DROP CONSTRAINT "FK_09e62008f415bd2ed4bd60a4e4e"`);
    await queryRunner.query(`DROP INDEX "public"."huddle_cohort_ended_idx"`);
    await queryRunner.query(`DROP INDEX "public"."contribution_cohort_feed_idx"`);
    await queryRunner.query(`DROP INDEX "public"."cohort_feed_read_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."cohort_feed_read_org_user_idx"`);
    await queryRunner.query(`DROP TABLE "cohort_feed_read"`);
  }
}
