import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MailOutbox1796181473353 implements MigrationInterface {
  name = 'MailOutbox1796181473353';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."mail_category" AS ENUM('ACCOUNT', 'INVITATION', 'NOTIFICATION', 'HUDDLE', 'DIGEST')`);
    await queryRunner.query(`CREATE TYPE "public"."mail_status" AS ENUM('QUEUED', 'SENT', 'FAILED', 'OUTBOX')`);
    await queryRunner.query(`CREATE TABLE "mail_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid, "category" "public"."mail_category" NOT NULL, "to_address" character varying(254) NOT NULL, "subject" character varying(300) NOT NULL, "text" text, "html" text, "headers" jsonb NOT NULL, "attachments" jsonb NOT NULL, "status" "public"."mail_status" NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_error" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d23285093ea237bc7632d4fcce9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "mail_message_to_created_idx" ON "mail_message"  ("to_address", "created_at") `);
    await queryRunner.query(`CREATE INDEX "mail_message_due_idx" ON "mail_message"  ("next_attempt_at") WHERE status = 'QUEUED'`);
    await queryRunner.query(`CREATE INDEX "mail_message_org_created_idx" ON "mail_message"  ("organization_id", "created_at", "id") `);
    await queryRunner.query(`ALTER TABLE "mail_message" ADD CONSTRAINT "FK_ac969453b15fb653063e0a7014d" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mail_message" DROP CONSTRAINT "FK_ac969453b15fb653063e0a7014d"`);
    await queryRunner.query(`DROP INDEX "public"."mail_message_org_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."mail_message_due_idx"`);
    await queryRunner.query(`DROP INDEX "public"."mail_message_to_created_idx"`);
    await queryRunner.query(`DROP TABLE "mail_message"`);
    await queryRunner.query(`DROP TYPE "public"."mail_status"`);
    await queryRunner.query(`DROP TYPE "public"."mail_category"`);
  }
}
