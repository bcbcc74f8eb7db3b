import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MemberDeactivation1796234524494 implements MigrationInterface {
  name = 'MemberDeactivation1796234524494';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "member_deactivation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" "public"."org_role" NOT NULL, "cohort_places" jsonb NOT NULL DEFAULT '[]', "deactivated_by_id" uuid, "deactivated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_37109843f5923518f83d88ceec8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "member_deactivation_by_idx" ON "member_deactivation"  ("deactivated_by_id") `);
    await queryRunner.query(`CREATE INDEX "member_deactivation_user_idx" ON "member_deactivation"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "member_deactivation_org_user_key" ON "member_deactivation"  ("organization_id", "user_id") `);
    await queryRunner.query(`DROP INDEX "public"."audit_event_org_action_created_idx"`);
    await queryRunner.query(`ALTER TYPE "public"."audit_action" ADD VALUE 'MEMBER_DEACTIVATED'`);
    await queryRunner.query(`ALTER TYPE "public"."audit_action" ADD VALUE 'MEMBER_REACTIVATED'`);
    await queryRunner.query(`CREATE INDEX "audit_event_org_action_created_idx" ON "audit_event"  ("organization_id", "action", "created_at", "id") `);
    await queryRunner.query(`ALTER TABLE "member_deactivation" ADD CONSTRAINT "FK_d2535e49e0dd9789a057aaef05e" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "member_deactivation" ADD CONSTRAINT "FK_13bd9f148f5dfa992037cec9b84" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "member_deactivation" ADD CONSTRAINT "FK_c33191e4335f819180bb1c71042" FOREIGN KEY ("deactivated_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "member_deactivation" DROP CONSTRAINT "FK_c33191e4335f819180bb1c71042"`);
    await queryRunner.query(`ALTER TABLE "member_deactivation" DROP CONSTRAINT "FK_13bd9f148f5dfa992037cec9b84"`);
    await queryRunner.query(`ALTER TABLE "member_deactivation" DROP CONSTRAINT "FK_d2535e49e0dd9789a057aaef05e"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_org_action_created_idx"`);
    await queryRunner.query(`CREATE TYPE "public"."audit_action_old" AS ENUM('MEMBER_ROLE_CHANGED', 'MEMBER_REMOVED', 'INVITATION_SENT', 'INVITATION_REVOKED', 'COHORT_MEMBER_ADDED', 'COHORT_FACILITATOR_ADDED_BY_ADMIN', 'CONTRIBUTION_DELETED_BY_OTHER', 'ORGANIZATION_UPDATED', 'CONTENT_HIDDEN', 'CONTENT_RESTORED', 'REPORT_DISMISSED', 'MEMBER_MUTED', 'MEMBER_UNMUTED', 'ACCOUNT_DELETED', 'ORGANIZATION_EXPORTED')`);
    await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "action" TYPE "public"."audit_action_old" USING "action"::"text"::"public"."audit_action_old"`);
    await queryRunner.query(`DROP TYPE "public"."audit_action"`);
    await queryRunner.query(`ALTER TYPE "public"."audit_action_old" RENAME TO "audit_action"`);
    await queryRunner.query(`CREATE INDEX "audit_event_org_action_created_idx" ON "audit_event" USING btree ("id", "organization_id", "action", "created_at") `);
    await queryRunner.query(`DROP INDEX "public"."member_deactivation_org_user_key"`);
    await queryRunner.query(`DROP INDEX "public"."member_deactivation_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."member_deactivation_by_idx"`);
    await queryRunner.query(`DROP TABLE "member_deactivation"`);
  }
}
