import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationDigests1796185550905 implements MigrationInterface {
  name = 'NotificationDigests1796185550905';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "notification_digest" ("organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "cadence" character varying(20) NOT NULL, "period_key" character varying(10) NOT NULL, "covered_until" TIMESTAMP WITH TIME ZONE NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_39ec811fb84148ca6da861fd9ae" PRIMARY KEY ("organization_id", "user_id", "cadence"))`);
    await queryRunner.query(`CREATE INDEX "notification_digest_user_idx" ON "notification_digest"  ("user_id") `);
    await queryRunner.query(`ALTER TABLE "notification_digest" ADD CONSTRAINT "FK_bb46e891fa3cfed90717a444ba8" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification_digest" ADD CONSTRAINT "FK_a90a56c6325a3eb952b3394eb45" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification_digest" DROP CONSTRAINT "FK_a90a56c6325a3eb952b3394eb45"`);
    await queryRunner.query(`ALTER TABLE "notification_digest" DROP CONSTRAINT "FK_bb46e891fa3cfed90717a444ba8"`);
    await queryRunner.query(`DROP INDEX "public"."notification_digest_user_idx"`);
    await queryRunner.query(`DROP TABLE "notification_digest"`);
  }
}
