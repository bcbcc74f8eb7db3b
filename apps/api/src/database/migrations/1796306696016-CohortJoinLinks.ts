import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CohortJoinLinks1796306696016 implements MigrationInterface {
  name = 'CohortJoinLinks1796306696016';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "cohort_join_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "cohort_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_by_id" uuid, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "max_uses" integer NOT NULL, "use_count" integer NOT NULL DEFAULT '0', "admits_guests" boolean NOT NULL DEFAULT false, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c5260c6ee178c77a04b960ac6b5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "cohort_join_link_created_by_idx" ON "cohort_join_link"  ("created_by_id") `);
    await queryRunner.query(`CREATE INDEX "cohort_join_link_org_idx" ON "cohort_join_link"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "cohort_join_link_cohort_created_idx" ON "cohort_join_link"  ("cohort_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "cohort_join_link_token_key" ON "cohort_join_link"  ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "cohort_join_link_use" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "link_id" uuid NOT NULL, "user_id" uuid NOT NULL, "guest" boolean NOT NULL DEFAULT false, "used_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a5568de6bd2af0a4153d4f0e3e4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "cohort_join_link_use_org_idx" ON "cohort_join_link_use"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "cohort_join_link_use_user_idx" ON "cohort_join_link_use"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "cohort_join_link_use_link_user_key" ON "cohort_join_link_use"  ("link_id", "user_id") `);
    await queryRunner.query(`ALTER TABLE "cohort_join_link" ADD CONSTRAINT "FK_0af519023aabf0406bcbb28d396" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cohort_join_link" ADD CONSTRAINT "FK_68ee305735caa1bcc239caca934" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cohort_join_link" ADD CONSTRAINT "FK_01f4c66d1c8d860ab9e75f62112" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cohort_join_link_use" ADD CONSTRAINT "FK_f8549a3f8ece3cda0f15b87f2c4" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cohort_join_link_use" ADD CONSTRAINT "FK_4e74db4187bf41809b6c7b19df1" FOREIGN KEY ("link_id") REFERENCES "cohort_join_link"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cohort_join_link_use" ADD CONSTRAINT "FK_cfa4fbae0f2349d5f6a32c536f3" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cohort_join_link_use" DROP CONSTRAINT "FK_cfa4fbae0f2349d5f6a32c536f3"`);
    await queryRunner.query(`ALTER TABLE "cohort_join_link_use" DROP CONSTRAINT "FK_4e74db4187bf41809b6c7b19df1"`);
    await queryRunner.query(`ALTER TABLE "cohort_join_link_use" DROP CONSTRAINT "FK_f8549a3f8ece3cda0f15b87f2c4"`);
    await queryRunner.query(`ALTER TABLE "cohort_join_link" DROP CONSTRAINT "FK_01f4c66d1c8d860ab9e75f62112"`);
    await queryRunner.query(`ALTER TABLE "cohort_join_link" DROP CONSTRAINT "FK_68ee305735caa1bcc239caca934"`);
    await queryRunner.query(`ALTER TABLE "cohort_join_link" DROP CONSTRAINT "FK_0af519023aabf0406bcbb28d396"`);
    await queryRunner.query(`DROP INDEX "public"."cohort_join_link_use_link_user_key"`);
    await queryRunner.query(`DROP INDEX "public"."cohort_join_link_use_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."cohort_join_link_use_org_idx"`);
    await queryRunner.query(`DROP TABLE "cohort_join_link_use"`);
    await queryRunner.query(`DROP INDEX "public"."cohort_join_link_token_key"`);
    await queryRunner.query(`DROP INDEX "public"."cohort_join_link_cohort_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."cohort_join_link_org_idx"`);
    await queryRunner.query(`DROP INDEX "public"."cohort_join_link_created_by_idx"`);
    await queryRunner.query(`DROP TABLE "cohort_join_link"`);
  }
}
