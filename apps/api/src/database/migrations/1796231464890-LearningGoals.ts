import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LearningGoals1796231464890 implements MigrationInterface {
  name = 'LearningGoals1796231464890';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "learning_goal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "member_id" uuid NOT NULL, "coach_id" uuid, "plan_item_id" uuid, "title" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "status" character varying(20) NOT NULL DEFAULT 'DRAFT', "cadence_days" integer NOT NULL DEFAULT '14', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f5f20b52138b588ae41da480b36" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "learning_goal_plan_item_idx" ON "learning_goal"  ("plan_item_id") `);
    await queryRunner.query(`CREATE INDEX "learning_goal_coach_idx" ON "learning_goal"  ("coach_id") `);
    await queryRunner.query(`CREATE INDEX "learning_goal_member_idx" ON "learning_goal"  ("member_id") `);
    await queryRunner.query(`CREATE INDEX "learning_goal_org_coach_idx" ON "learning_goal"  ("organization_id", "coach_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "learning_goal_org_member_idx" ON "learning_goal"  ("organization_id", "member_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "check_in" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "goal_id" uuid NOT NULL, "reflection" text NOT NULL, "measure_name" character varying(120), "measure_value" double precision, "url" character varying(2000), "response" text, "responder_id" uuid, "responded_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9c026e16735aea10812a3888d6c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "check_in_responder_idx" ON "check_in"  ("responder_id") `);
    await queryRunner.query(`CREATE INDEX "check_in_org_idx" ON "check_in"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "check_in_goal_idx" ON "check_in"  ("goal_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "check_in_evidence" ("check_in_id" uuid NOT NULL, "contribution_id" uuid NOT NULL, "organization_id" uuid NOT NULL, CONSTRAINT "PK_75e16a08d0db7e3b0295f383200" PRIMARY KEY ("check_in_id", "contribution_id"))`);
    await queryRunner.query(`CREATE INDEX "check_in_evidence_org_idx" ON "check_in_evidence"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "check_in_evidence_contribution_idx" ON "check_in_evidence"  ("contribution_id") `);
    await queryRunner.query(`CREATE TABLE "coaching_conversation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "goal_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "link" character varying(2000), "notes" text NOT NULL DEFAULT '', "next_steps" text NOT NULL DEFAULT '', "follow_up_due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "follow_up_done_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_625f11bdd1f76b8289d9ea0bc69" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "coaching_conversation_follow_up_idx" ON "coaching_conversation"  ("follow_up_due_at") WHERE follow_up_done_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "coaching_conversation_org_idx" ON "coaching_conversation"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "coaching_conversation_goal_idx" ON "coaching_conversation"  ("goal_id", "starts_at") `);
    await queryRunner.query(`CREATE TABLE "learning_goal_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "goal_id" uuid NOT NULL, "actor_id" uuid, "kind" character varying(30) NOT NULL, "body" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6a9f8cc0ae39a6cac64dd0294c5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "learning_goal_event_actor_idx" ON "learning_goal_event"  ("actor_id") `);
    await queryRunner.query(`CREATE INDEX "learning_goal_event_org_idx" ON "learning_goal_event"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "learning_goal_event_goal_idx" ON "learning_goal_event"  ("goal_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "learning_goal" ADD CONSTRAINT "FK_6107f55697f1469ab7048354abd" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "learning_goal" ADD CONSTRAINT "FK_ed5246bc0d9fac62c9014a3442e" FOREIGN KEY ("member_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "learning_goal" ADD CONSTRAINT "FK_bea3e7ba929209eb1780e24de18" FOREIGN KEY ("coach_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "learning_goal" ADD CONSTRAINT "FK_94e9e1011c4d1738e48767150f7" FOREIGN KEY ("plan_item_id") REFERENCES "plan_item"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "check_in" ADD CONSTRAINT "FK_323e23a116197a8ee526c38d190" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "check_in" ADD CONSTRAINT "FK_828985c54d76494c8584826a67a" FOREIGN KEY ("goal_id") REFERENCES "learning_goal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "check_in" ADD CONSTRAINT "FK_18b2805d884bd447e1ab0bf72ec" FOREIGN KEY ("responder_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "check_in_evidence" ADD CONSTRAINT "FK_915ccf1e595b8ec3a18ab7d694a" FOREIGN KEY ("check_in_id") REFERENCES "check_in"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "check_in_evidence" ADD CONSTRAINT "FK_787e1f30f01c1301a1b6e314dff" FOREIGN KEY ("contribution_id") REFERENCES "contribution"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "check_in_evidence" ADD CONSTRAINT "FK_8d22679b448325e1539c2f28fa3" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "coaching_conversation" ADD CONSTRAINT "FK_de7952674d91cd4ce2ffcbd84e9" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "coaching_conversation" ADD CONSTRAINT "FK_299a190623ec0c6bb2987c8f67d" FOREIGN KEY ("goal_id") REFERENCES "learning_goal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "learning_goal_event" ADD CONSTRAINT "FK_6bc7242561517c637f2477bda02" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "learning_goal_event" ADD CONSTRAINT "FK_2e1555b9e5242b20af7c74e03ec" FOREIGN KEY ("goal_id") REFERENCES "learning_goal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "learning_goal_event" ADD CONSTRAINT "FK_626e79a9372f9d7af5da1a82190" FOREIGN KEY ("actor_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "learning_goal_event" DROP CONSTRAINT "FK_626e79a9372f9d7af5da1a82190"`);
    await queryRunner.query(`ALTER TABLE "learning_goal_event" DROP CONSTRAINT "FK_2e1555b9e5242b20af7c74e03ec"`);
    await queryRunner.query(`ALTER TABLE "learning_goal_event" DROP CONSTRAINT "FK_6bc7242561517c637f2477bda02"`);
    await queryRunner.query(`ALTER TABLE "coaching_conversation" DROP CONSTRAINT "FK_299a190623ec0c6bb2987c8f67d"`);
    await queryRunner.query(`ALTER TABLE "coaching_conversation" DROP CONSTRAINT "FK_de7952674d91cd4ce2ffcbd84e9"`);
    await queryRunner.query(`ALTER TABLE "check_in_evidence" DROP CONSTRAINT "FK_8d22679b448325e1539c2f28fa3"`);
    await queryRunner.query(`ALTER TABLE "check_in_evidence" DROP CONSTRAINT "FK_787e1f30f01c1301a1b6e314dff"`);
    await queryRunner.query(`ALTER TABLE "check_in_evidence" DROP CONSTRAINT "FK_915ccf1e595b8ec3a18ab7d694a"`);
    await queryRunner.query(`ALTER TABLE "check_in" DROP CONSTRAINT "FK_18b2805d884bd447e1ab0bf72ec"`);
    await queryRunner.query(`ALTER TABLE "check_in" DROP CONSTRAINT "FK_828985c54d76494c8584826a67a"`);
    await queryRunner.query(`ALTER TABLE "check_in" DROP CONSTRAINT "FK_323e23a116197a8ee526c38d190"`);
    await queryRunner.query(`ALTER TABLE "learning_goal" DROP CONSTRAINT "FK_94e9e1011c4d1738e48767150f7"`);
    await queryRunner.query(`ALTER TABLE "learning_goal" DROP CONSTRAINT "FK_bea3e7ba929209eb1780e24de18"`);
    await queryRunner.query(`ALTER TABLE "learning_goal" DROP CONSTRAINT "FK_ed5246bc0d9fac62c9014a3442e"`);
    await queryRunner.query(`ALTER TABLE "learning_goal" DROP CONSTRAINT "FK_6107f55697f1469ab7048354abd"`);
    await queryRunner.query(`DROP INDEX "public"."learning_goal_event_goal_idx"`);
    await queryRunner.query(`DROP INDEX "public"."learning_goal_event_org_idx"`);
    await queryRunner.query(`DROP INDEX "public"."learning_goal_event_actor_idx"`);
    await queryRunner.query(`DROP TABLE "learning_goal_event"`);
    await queryRunner.query(`DROP INDEX "public"."coaching_conversation_goal_idx"`);
    await queryRunner.query(`DROP INDEX "public"."coaching_conversation_org_idx"`);
    await queryRunner.query(`DROP INDEX "public"."coaching_conversation_follow_up_idx"`);
    await queryRunner.query(`DROP TABLE "coaching_conversation"`);
    await queryRunner.query(`DROP INDEX "public"."check_in_evidence_contribution_idx"`);
    await queryRunner.query(`DROP INDEX "public"."check_in_evidence_org_idx"`);
    await queryRunner.query(`DROP TABLE "check_in_evidence"`);
    await queryRunner.query(`DROP INDEX "public"."check_in_goal_idx"`);
    await queryRunner.query(`DROP INDEX "public"."check_in_org_idx"`);
    await queryRunner.query(`DROP INDEX "public"."check_in_responder_idx"`);
    await queryRunner.query(`DROP TABLE "check_in"`);
    await queryRunner.query(`DROP INDEX "public"."learning_goal_org_member_idx"`);
    await queryRunner.query(`DROP INDEX "public"."learning_goal_org_coach_idx"`);
    await queryRunner.query(`DROP INDEX "public"."learning_goal_member_idx"`);
    await queryRunner.query(`DROP INDEX "public"."learning_goal_coach_idx"`);
    await queryRunner.query(`DROP INDEX "public"."learning_goal_plan_item_idx"`);
    await queryRunner.query(`DROP TABLE "learning_goal"`);
  }
}
