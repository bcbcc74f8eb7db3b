import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Moderation1796181307256 implements MigrationInterface {
  name = 'Moderation1796181307256';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."report_subject_type" AS ENUM('CONTRIBUTION', 'FEEDBACK', 'COMMENT')`);
    await queryRunner.query(`CREATE TYPE "public"."report_reason" AS ENUM('HARASSMENT', 'HATEFUL', 'PRIVATE_INFORMATION', 'SPAM', 'OFF_TOPIC', 'OTHER')`);
    await queryRunner.query(`CREATE TYPE "public"."report_status" AS ENUM('OPEN', 'HIDDEN', 'RESTORED', 'DISMISSED')`);
    await queryRunner.query(`CREATE TABLE "report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "cohort_id" uuid NOT NULL, "subject_type" "public"."report_subject_type" NOT NULL, "contribution_id" uuid NOT NULL, "feedback_id" uuid, "comment_id" uuid, "reporter_id" uuid NOT NULL, "reason" "public"."report_reason" NOT NULL, "note" text, "status" "public"."report_status" NOT NULL DEFAULT 'OPEN', "resolved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_99e4d0bea58cba73c57f935a546" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "report_reporter_idx" ON "report"  ("reporter_id") `);
    await queryRunner.query(`CREATE INDEX "report_comment_idx" ON "report"  ("comment_id") `);
    await queryRunner.query(`CREATE INDEX "report_feedback_idx" ON "report"  ("feedback_id") `);
    await queryRunner.query(`CREATE INDEX "report_contribution_idx" ON "report"  ("contribution_id") `);
    await queryRunner.query(`CREATE INDEX "report_cohort_status_idx" ON "report"  ("cohort_id", "status") `);
    await queryRunner.query(`CREATE INDEX "report_org_created_idx" ON "report"  ("organization_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "cohort_mute" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "cohort_id" uuid NOT NULL, "user_id" uuid NOT NULL, "until" TIMESTAMP WITH TIME ZONE, "lifted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_259e968f6931e4d12794f6bd916" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "cohort_mute_user_idx" ON "cohort_mute"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "cohort_mute_cohort_user_idx" ON "cohort_mute"  ("cohort_id", "user_id") `);
    await queryRunner.query(`CREATE INDEX "cohort_mute_org_created_idx" ON "cohort_mute"  ("organization_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "contribution" ADD "hidden_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "contribution" ADD "hidden_reason" text`);
    await queryRunner.query(`ALTER TABLE "comment" ADD "hidden_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "comment" ADD "hidden_reason" text`);
    await queryRunner.query(`ALTER TABLE "feedback" ADD "hidden_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "feedback" ADD "hidden_reason" text`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_org_action_created_idx"`);
    await queryRunner.query(`ALTER TYPE "public"."audit_action" ADD VALUE 'CONTENT_HIDDEN'`);
    await queryRunner.query(`ALTER TYPE "public"."audit_action" ADD VALUE 'CONTENT_RESTORED'`);
    await queryRunner.query(`ALTER TYPE "public"."audit_action" ADD VALUE 'REPORT_DISMISSED'`);
    await queryRunner.query(`ALTER TYPE "public"."audit_action" ADD VALUE 'MEMBER_MUTED'`);
    await queryRunner.query(`ALTER TYPE "public"."audit_action" ADD VALUE 'MEMBER_UNMUTED'`);
    await queryRunner.query(`ALTER TYPE "public"."audit_subject_type" ADD VALUE 'FEEDBACK'`);
    await queryRunner.query(`ALTER TYPE "public"."audit_subject_type" ADD VALUE 'COMMENT'`);
    await queryRunner.query(`CREATE INDEX "audit_event_org_action_created_idx" ON "audit_event"  ("organization_id", "action", "created_at", "id") `);
    await queryRunner.query(`ALTER TABLE "report" ADD CONSTRAINT "FK_2ce57f6e69de6bd1b3f28a06db1" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "report" ADD CONSTRAINT "FK_54c97d2b105673432ea298a8bc8" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "report" ADD CONSTRAINT "FK_562202ca95378268718d6aad1f2" FOREIGN KEY ("contribution_id") REFERENCES "contribution"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "report" ADD CONSTRAINT "FK_923666928a44566961159d426ef" FOREIGN KEY ("feedback_id") REFERENCES "feedback"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "report" ADD CONSTRAINT "FK_8bb2bc4a3d9c55e031bc5d015c5" FOREIGN KEY ("comment_id") REFERENCES "comment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "report" ADD CONSTRAINT "FK_d41df66b60944992386ed47cf2e" FOREIGN KEY ("reporter_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cohort_mute" ADD CONSTRAINT "FK_69235ab3561b3cda3e2c7458d02" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cohort_mute" ADD CONSTRAINT "FK_2f52499c028102db26b46b89e27" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cohort_mute" ADD CONSTRAINT "FK_354624ab9b2db8bbccc87c35c97" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cohort_mute" DROP CONSTRAINT "FK_354624ab9b2db8bbccc87c35c97"`);
    await queryRunner.query(`ALTER TABLE "cohort_mute" DROP CONSTRAINT "FK_2f52499c028102db26b46b89e27"`);
    await queryRunner.query(`ALTER TABLE "cohort_mute" DROP CONSTRAINT "FK_69235ab3561b3cda3e2c7458d02"`);
    await queryRunner.query(`ALTER TABLE "report" DROP CONSTRAINT "FK_d41df66b60944992386ed47cf2e"`);
    await queryRunner.query(`ALTER TABLE "report" DROP CONSTRAINT "FK_8bb2bc4a3d9c55e031bc5d015c5"`);
    await queryRunner.query(`ALTER TABLE "report" DROP CONSTRAINT "FK_923666928a44566961159d426ef"`);
    await queryRunner.query(`ALTER TABLE "report" DROP CONSTRAINT "FK_562202ca95378268718d6aad1f2"`);
    await queryRunner.query(`ALTER TABLE "report" DROP CONSTRAINT "FK_54c97d2b105673432ea298a8bc8"`);
    await queryRunner.query(`ALTER TABLE "report" DROP CONSTRAINT "FK_2ce57f6e69de6bd1b3f28a06db1"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_org_action_created_idx"`);
    await queryRunner.query(`CREATE TYPE "public"."audit_subject_type_old" AS ENUM('USER', 'INVITATION', 'COHORT', 'CONTRIBUTION', 'ORGANIZATION')`);
    await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "subject_type" TYPE "public"."audit_subject_type_old" USING "subject_type"::"text"::"public"."audit_subject_type_old"`);
    await queryRunner.query(`DROP TYPE "public"."audit_subject_type"`);
    await queryRunner.query(`ALTER TYPE "public"."audit_subject_type_old" RENAME TO "audit_subject_type"`);
    await queryRunner.query(`CREATE TYPE "public"."audit_action_old" AS ENUM('MEMBER_ROLE_CHANGED', 'MEMBER_REMOVED', 'INVITATION_SENT', 'INVITATION_REVOKED', 'COHORT_MEMBER_ADDED', 'COHORT_FACILITATOR_ADDED_BY_ADMIN', 'CONTRIBUTION_DELETED_BY_OTHER', 'ORGANIZATION_UPDATED')`);
    await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "action" TYPE "public"."audit_action_old" USING "action"::"text"::"public"."audit_action_old"`);
    await queryRunner.query(`DROP TYPE "public"."audit_action"`);
    await queryRunner.query(`ALTER TYPE "public"."audit_action_old" RENAME TO "audit_action"`);
    await queryRunner.query(`CREATE INDEX "audit_event_org_action_created_idx" ON "audit_event" ("organization_id", "action", "created_at", "id") `);
    await queryRunner.query(`ALTER TABLE "feedback" DROP COLUMN "hidden_reason"`);
    await queryRunner.query(`ALTER TABLE "feedback" DROP COLUMN "hidden_at"`);
    await queryRunner.query(`ALTER TABLE "comment" DROP COLUMN "hidden_reason"`);
    await queryRunner.query(`ALTER TABLE "comment" DROP COLUMN "hidden_at"`);
    await queryRunner.query(`ALTER TABLE "contribution" DROP COLUMN "hidden_reason"`);
    await queryRunner.query(`ALTER TABLE "contribution" DROP COLUMN "hidden_at"`);
    await queryRunner.query(`DROP INDEX "public"."cohort_mute_org_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."cohort_mute_cohort_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."cohort_mute_user_idx"`);
    await queryRunner.query(`DROP TABLE "cohort_mute"`);
    await queryRunner.query(`DROP INDEX "public"."report_org_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."report_cohort_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."report_contribution_idx"`);
    await queryRunner.query(`DROP INDEX "public"."report_feedback_idx"`);
    await queryRunner.query(`DROP INDEX "public"."report_comment_idx"`);
    await queryRunner.query(`DROP INDEX "public"."report_reporter_idx"`);
    await queryRunner.query(`DROP TABLE "report"`);
    await queryRunner.query(`DROP TYPE "public"."report_status"`);
    await queryRunner.query(`DROP TYPE "public"."report_reason"`);
    await queryRunner.query(`DROP TYPE "public"."report_subject_type"`);
  }
}
