import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NudgesSent1796186542705 implements MigrationInterface {
  name = 'NudgesSent1796186542705';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "nudge_sent" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "prompt_id" uuid NOT NULL, "user_id" uuid NOT NULL, "sent_by_id" uuid, "audience" character varying(20) NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, "day" date NOT NULL, CONSTRAINT "PK_7a862a84c667f0d531fcbb702f3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "nudge_sent_sent_by_idx" ON "nudge_sent"  ("sent_by_id") `);
    await queryRunner.query(`CREATE INDEX "nudge_sent_user_idx" ON "nudge_sent"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "nudge_sent_once_a_day" ON "nudge_sent"  ("organization_id", "prompt_id", "user_id", "day") `);
    await queryRunner.query(`ALTER TABLE "nudge_sent" ADD CONSTRAINT "FK_538e626bad1a2787e002f0e48ba" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "nudge_sent" ADD CONSTRAINT "FK_3595a2d39bd5966d8af52e19eb8" FOREIGN KEY ("prompt_id") REFERENCES "prompt"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "nudge_sent" ADD CONSTRAINT "FK_9cbc71c8d30a02acd2c485aab5c" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "nudge_sent" ADD CONSTRAINT "FK_c305c72e5bdfd504bdfa961ff62" FOREIGN KEY ("sent_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "nudge_sent" DROP CONSTRAINT "FK_c305c72e5bdfd504bdfa961ff62"`);
    await queryRunner.query(`ALTER TABLE "nudge_sent" DROP CONSTRAINT "FK_9cbc71c8d30a02acd2c485aab5c"`);
    await queryRunner.query(`ALTER TABLE "nudge_sent" DROP CONSTRAINT "FK_3595a2d39bd5966d8af52e19eb8"`);
    await queryRunner.query(`ALTER TABLE "nudge_sent" DROP CONSTRAINT "FK_538e626bad1a2787e002f0e48ba"`);
    await queryRunner.query(`DROP INDEX "public"."nudge_sent_once_a_day"`);
    await queryRunner.query(`DROP INDEX "public"."nudge_sent_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."nudge_sent_sent_by_idx"`);
    await queryRunner.query(`DROP TABLE "nudge_sent"`);
  }
}
