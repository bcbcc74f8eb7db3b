import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LtiGradePassback1796850000000 implements MigrationInterface {
  name = 'LtiGradePassback1796850000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "lti_score" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "resource_link_id" uuid NOT NULL, "user_id" uuid NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', "last_error" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0ba2819f9b1a469ae6352b181a4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "lti_score_pending_idx" ON "lti_score"  ("completed_at") WHERE "sent_at" IS NULL AND "completed_at" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "lti_score_user_idx" ON "lti_score"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "lti_score_org_idx" ON "lti_score"  ("organization_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "lti_score_link_user_key" ON "lti_score"  ("resource_link_id", "user_id") `);
    await queryRunner.query(`ALTER TABLE "lti_resource_link" ADD "line_item_url" character varying(2048)`);
    await queryRunner.query(`ALTER TABLE "lti_score" ADD CONSTRAINT "FK_96b0f58b01a9cb132dc58bd146b" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lti_score" ADD CONSTRAINT "FK_e78e41f58db509373bc768175d0" FOREIGN KEY ("resource_link_id") REFERENCES "lti_resource_link"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lti_score" ADD CONSTRAINT "FK_7044b19426382c0d23a45e33b8b" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "lti_score" DROP CONSTRAINT "FK_7044b19426382c0d23a45e33b8b"`);
    await queryRunner.query(`ALTER TABLE "lti_score" DROP CONSTRAINT "FK_e78e41f58db509373bc768175d0"`);
    await queryRunner.query(`ALTER TABLE "lti_score" DROP CONSTRAINT "FK_96b0f58b01a9cb132dc58bd146b"`);
    await queryRunner.query(`ALTER TABLE "lti_resource_link" DROP COLUMN "line_item_url"`);
    await queryRunner.query(`DROP INDEX "public"."lti_score_link_user_key"`);
    await queryRunner.query(`DROP INDEX "public"."lti_score_org_idx"`);
    await queryRunner.query(`DROP INDEX "public"."lti_score_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."lti_score_pending_idx"`);
    await queryRunner.query(`DROP TABLE "lti_score"`);
  }
}
