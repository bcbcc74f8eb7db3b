import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditEvents1796174182058 implements MigrationInterface {
  name = 'AuditEvents1796174182058';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."audit_action" AS ENUM('MEMBER_ROLE_CHANGED', 'MEMBER_REMOVED', 'INVITATION_SENT', 'INVITATION_REVOKED', 'COHORT_MEMBER_ADDED', 'COHORT_FACILITATOR_ADDED_BY_ADMIN', 'CONTRIBUTION_DELETED_BY_OTHER', 'ORGANIZATION_UPDATED')`);
    await queryRunner.query(`CREATE TYPE "public"."audit_subject_type" AS ENUM('USER', 'INVITATION', 'COHORT', 'CONTRIBUTION', 'ORGANIZATION')`);
    await queryRunner.query(`CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "actor_id" uuid, "actor_name" character varying(200) NOT NULL, "action" "public"."audit_action" NOT NULL, "subject_type" "public"."audit_subject_type" NOT NULL, "subject_id" uuid, "details" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "audit_event_actor_created_idx" ON "audit_event"  ("actor_id", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "audit_event_org_action_created_idx" ON "audit_event"  ("organization_id", "action", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "audit_event_org_created_idx" ON "audit_event"  ("organization_id", "created_at", "id") `);
    await queryRunner.query(`ALTER TABLE "audit_event" ADD CONSTRAINT "FK_6a01223fcf5d632690399f865de" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "audit_event" ADD CONSTRAINT "FK_f44b7e9c0d50176bc07e018f637" FOREIGN KEY ("actor_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_event" DROP CONSTRAINT "FK_f44b7e9c0d50176bc07e018f637"`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP CONSTRAINT "FK_6a01223fcf5d632690399f865de"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_org_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_org_action_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_actor_created_idx"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
    await queryRunner.query(`DROP TYPE "public"."audit_subject_type"`);
    await queryRunner.query(`DROP TYPE "public"."audit_action"`);
  }
}
