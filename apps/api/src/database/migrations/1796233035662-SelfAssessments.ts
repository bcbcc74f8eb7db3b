import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SelfAssessments1796233035662 implements MigrationInterface {
  name = 'SelfAssessments1796233035662';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."self_assessment_visibility" AS ENUM('AGGREGATE_ONLY', 'FACILITATORS_SEE_INDIVIDUALS')`);
    await queryRunner.query(`CREATE TABLE "self_assessment_round" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "framework_id" uuid NOT NULL, "framework_version_id" uuid NOT NULL, "cohort_id" uuid, "title" character varying(120) NOT NULL, "visibility" "public"."self_assessment_visibility" NOT NULL, "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_343fc35cc8bba2c57935ca9df54" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "self_assessment_round_created_by_idx" ON "self_assessment_round"  ("created_by_id") `);
    await queryRunner.query(`CREATE INDEX "self_assessment_round_cohort_idx" ON "self_assessment_round"  ("cohort_id") `);
    await queryRunner.query(`CREATE INDEX "self_assessment_round_version_idx" ON "self_assessment_round"  ("framework_version_id") `);
    await queryRunner.query(`CREATE INDEX "self_assessment_round_framework_idx" ON "self_assessment_round"  ("framework_id") `);
    await queryRunner.query(`CREATE INDEX "self_assessment_round_org_closes_idx" ON "self_assessment_round"  ("organization_id", "closes_at") `);
    await queryRunner.query(`CREATE TABLE "self_assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "round_id" uuid NOT NULL, "user_id" uuid NOT NULL, "growth_practice_keys" jsonb NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_959d1493830e871c37291fa8f55" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "self_assessment_org_idx" ON "self_assessment"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "self_assessment_user_idx" ON "self_assessment"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "self_assessment_round_user_key" ON "self_assessment"  ("round_id", "user_id") `);
    await queryRunner.query(`CREATE TABLE "self_assessment_rating" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "assessment_id" uuid NOT NULL, "practice_key" character varying(64) NOT NULL, "level" smallint NOT NULL, "note" text NOT NULL DEFAULT '', "contribution_id" uuid, CONSTRAINT "self_assessment_rating_level_range" CHECK (level BETWEEN 1 AND 6), CONSTRAINT "PK_1703a27528bac1efac903cbb9e8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "self_assessment_rating_org_idx" ON "self_assessment_rating"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "self_assessment_rating_contribution_idx" ON "self_assessment_rating"  ("contribution_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "self_assessment_rating_assessment_practice_key" ON "self_assessment_rating"  ("assessment_id", "practice_key") `);
    await queryRunner.query(`ALTER TABLE "self_assessment_round" ADD CONSTRAINT "FK_3cb8f13b2a1d6004f5578ceb5d5" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "self_assessment_round" ADD CONSTRAINT "FK_db1a4a87ab1a2664a7f3c921cf6" FOREIGN KEY ("framework_id") REFERENCES "framework"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "self_assessment_round" ADD CONSTRAINT "FK_00d18291b654b071b0c7536a51c" FOREIGN KEY ("framework_version_id") REFERENCES "framework_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "self_assessment_round" ADD CONSTRAINT "FK_75523c16e67b7389a419b7e2aa3" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "self_assessment_round" ADD CONSTRAINT "FK_0b8dca029ac325a1e028b6801db" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "self_assessment" ADD CONSTRAINT "FK_50ef23085460092e75919885e47" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "self_assessment" ADD CONSTRAINT "FK_343fc35cc8bba2c57935ca9df54" FOREIGN KEY ("round_id") REFERENCES "self_assessment_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "self_assessment" ADD CONSTRAINT "FK_57ba1925e04b36f9f3c7c232340" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "self_assessment_rating" ADD CONSTRAINT "FK_449dacdf7732414a8bb0f2a488f" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "self_assessment_rating" ADD CONSTRAINT "FK_178c7454652df83cb25ffbe6e11" FOREIGN KEY ("assessment_id") REFERENCES "self_assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "self_assessment_rating" ADD CONSTRAINT "FK_a288ca9a5107704271f49f4a388" FOREIGN KEY ("contribution_id") REFERENCES "contribution"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "self_assessment_rating" DROP CONSTRAINT "FK_a288ca9a5107704271f49f4a388"`);
    await queryRunner.query(`ALTER TABLE "self_assessment_rating" DROP CONSTRAINT "FK_178c7454652df83cb25ffbe6e11"`);
    await queryRunner.query(`ALTER TABLE "self_assessment_rating" DROP CONSTRAINT "FK_449dacdf7732414a8bb0f2a488f"`);
    await queryRunner.query(`ALTER TABLE "self_assessment" DROP CONSTRAINT "FK_57ba1925e04b36f9f3c7c232340"`);
    await queryRunner.query(`ALTER TABLE "self_assessment" DROP CONSTRAINT "FK_343fc35cc8bba2c57935ca9df54"`);
    await queryRunner.query(`ALTER TABLE "self_assessment" DROP CONSTRAINT "FK_50ef23085460092e75919885e47"`);
    await queryRunner.query(`ALTER TABLE "self_assessment_round" DROP CONSTRAINT "FK_0b8dca029ac325a1e028b6801db"`);
    await queryRunner.query(`ALTER TABLE "self_assessment_round" DROP CONSTRAINT "FK_75523c16e67b7389a419b7e2aa3"`);
    await queryRunner.query(`ALTER TABLE "self_assessment_round" DROP CONSTRAINT "FK_00d18291b654b071b0c7536a51c"`);
    await queryRunner.query(`ALTER TABLE "self_assessment_round" DROP CONSTRAINT "FK_db1a4a87ab1a2664a7f3c921cf6"`);
    await queryRunner.query(`ALTER TABLE "self_assessment_round" DROP CONSTRAINT "FK_3cb8f13b2a1d6004f5578ceb5d5"`);
    await queryRunner.query(`DROP INDEX "public"."self_assessment_rating_assessment_practice_key"`);
    await queryRunner.query(`DROP INDEX "public"."self_assessment_rating_contribution_idx"`);
    await queryRunner.query(`DROP INDEX "public"."self_assessment_rating_org_idx"`);
    await queryRunner.query(`DROP TABLE "self_assessment_rating"`);
    await queryRunner.query(`DROP INDEX "public"."self_assessment_round_user_key"`);
    await queryRunner.query(`DROP INDEX "public"."self_assessment_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."self_assessment_org_idx"`);
    await queryRunner.query(`DROP TABLE "self_assessment"`);
    await queryRunner.query(`DROP INDEX "public"."self_assessment_round_org_closes_idx"`);
    await queryRunner.query(`DROP INDEX "public"."self_assessment_round_framework_idx"`);
    await queryRunner.query(`DROP INDEX "public"."self_assessment_round_version_idx"`);
    await queryRunner.query(`DROP INDEX "public"."self_assessment_round_cohort_idx"`);
    await queryRunner.query(`DROP INDEX "public"."self_assessment_round_created_by_idx"`);
    await queryRunner.query(`DROP TABLE "self_assessment_round"`);
    await queryRunner.query(`DROP TYPE "public"."self_assessment_visibility"`);
  }
}
