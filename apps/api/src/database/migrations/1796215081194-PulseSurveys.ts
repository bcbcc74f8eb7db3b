import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PulseSurveys1796215081194 implements MigrationInterface {
  name = 'PulseSurveys1796215081194';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."pulse_schedule" AS ENUM('ONCE', 'WEEKLY', 'AFTER_HUDDLE')`);
    await queryRunner.query(`CREATE TABLE "pulse_survey" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "cohort_id" uuid NOT NULL, "title" character varying(120) NOT NULL, "questions" jsonb NOT NULL, "comment_prompt" character varying(200) NOT NULL, "schedule" "public"."pulse_schedule" NOT NULL, "window_days" smallint NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "stopped_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_4a6a27acead7cb4620602f9523d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "pulse_survey_scheduled_idx" ON "pulse_survey"  ("schedule") WHERE stopped_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "pulse_survey_created_by_idx" ON "pulse_survey"  ("created_by_id") `);
    await queryRunner.query(`CREATE INDEX "pulse_survey_cohort_idx" ON "pulse_survey"  ("cohort_id") `);
    await queryRunner.query(`CREATE INDEX "pulse_survey_org_cohort_created_idx" ON "pulse_survey"  ("organization_id", "cohort_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "pulse_round" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "survey_id" uuid NOT NULL, "number" integer NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "huddle_id" uuid, CONSTRAINT "PK_3ed43c0cf92f9588fbe570fc78c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "pulse_round_huddle_idx" ON "pulse_round"  ("huddle_id") `);
    await queryRunner.query(`CREATE INDEX "pulse_round_org_closes_idx" ON "pulse_round"  ("organization_id", "closes_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "pulse_round_survey_number_key" ON "pulse_round"  ("survey_id", "number") `);
    await queryRunner.query(`CREATE TABLE "pulse_answer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "round_id" uuid NOT NULL, "question_index" smallint, "score" smallint, "comment" text, CONSTRAINT "pulse_answer_score_range" CHECK (score BETWEEN 1 AND 5), CONSTRAINT "pulse_answer_score_or_comment" CHECK ((score IS NULL) = (question_index IS NULL) AND (score IS NULL) <> (comment IS NULL)), CONSTRAINT "PK_60d93e21a0bbc7b64e40a90835e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "pulse_answer_org_idx" ON "pulse_answer"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "pulse_answer_round_question_idx" ON "pulse_answer"  ("round_id", "question_index") `);
    await queryRunner.query(`CREATE TABLE "pulse_response" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "round_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_6eb3aa1362659d77d08d1bcc3a1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "pulse_response_org_idx" ON "pulse_response"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "pulse_response_user_idx" ON "pulse_response"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "pulse_response_round_user_key" ON "pulse_response"  ("round_id", "user_id") `);
    await queryRunner.query(`ALTER TABLE "pulse_survey" ADD CONSTRAINT "FK_caf5ab4fab3707fba949dea6a75" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pulse_survey" ADD CONSTRAINT "FK_aae24f0ccb54d9c3b724b914f66" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pulse_survey" ADD CONSTRAINT "FK_6a8c9e5c5ac3251ab0a6ca1f912" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pulse_round" ADD CONSTRAINT "FK_3569b4084a609ce0de74b413316" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pulse_round" ADD CONSTRAINT "FK_2036088014f35a6d5f3f2fd06dc" FOREIGN KEY ("survey_id") REFERENCES "pulse_survey"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pulse_round" ADD CONSTRAINT "FK_a25198d7a27dbd58ad4f0707db5" FOREIGN KEY ("huddle_id") REFERENCES "huddle"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pulse_answer" ADD CONSTRAINT "FK_8d84cb38927c00fc7c30cbe9584" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pulse_answer" ADD CONSTRAINT "FK_69594dabf2a804a1335c24ac823" FOREIGN KEY ("round_id") REFERENCES "pulse_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pulse_response" ADD CONSTRAINT "FK_03cb8c5dfea5f274e9b4a16e093" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pulse_response" ADD CONSTRAINT "FK_f2479b12d147ff9b18ef162cdfc" FOREIGN KEY ("round_id") REFERENCES "pulse_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pulse_response" ADD CONSTRAINT "FK_31533d55950631ec42a34dc6492" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "pulse_response" DROP CONSTRAINT "FK_31533d55950631ec42a34dc6492"`);
    await queryRunner.query(`ALTER TABLE "pulse_response" DROP CONSTRAINT "FK_f2479b12d147ff9b18ef162cdfc"`);
    await queryRunner.query(`ALTER TABLE "pulse_response" DROP CONSTRAINT "FK_03cb8c5dfea5f274e9b4a16e093"`);
    await queryRunner.query(`ALTER TABLE "pulse_answer" DROP CONSTRAINT "FK_69594dabf2a804a1335c24ac823"`);
    await queryRunner.query(`ALTER TABLE "pulse_answer" DROP CONSTRAINT "FK_8d84cb38927c00fc7c30cbe9584"`);
    await queryRunner.query(`ALTER TABLE "pulse_round" DROP CONSTRAINT "FK_a25198d7a27dbd58ad4f0707db5"`);
    await queryRunner.query(`ALTER TABLE "pulse_round" DROP CONSTRAINT "FK_2036088014f35a6d5f3f2fd06dc"`);
    await queryRunner.query(`ALTER TABLE "pulse_round" DROP CONSTRAINT "FK_3569b4084a609ce0de74b413316"`);
    await queryRunner.query(`ALTER TABLE "pulse_survey" DROP CONSTRAINT "FK_6a8c9e5c5ac3251ab0a6ca1f912"`);
    await queryRunner.query(`ALTER TABLE "pulse_survey" DROP CONSTRAINT "FK_aae24f0ccb54d9c3b724b914f66"`);
    await queryRunner.query(`ALTER TABLE "pulse_survey" DROP CONSTRAINT "FK_caf5ab4fab3707fba949dea6a75"`);
    await queryRunner.query(`DROP INDEX "public"."pulse_response_round_user_key"`);
    await queryRunner.query(`DROP INDEX "public"."pulse_response_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."pulse_response_org_idx"`);
    await queryRunner.query(`DROP TABLE "pulse_response"`);
    await queryRunner.query(`DROP INDEX "public"."pulse_answer_round_question_idx"`);
    await queryRunner.query(`DROP INDEX "public"."pulse_answer_org_idx"`);
    await queryRunner.query(`DROP TABLE "pulse_answer"`);
    await queryRunner.query(`DROP INDEX "public"."pulse_round_survey_number_key"`);
    await queryRunner.query(`DROP INDEX "public"."pulse_round_org_closes_idx"`);
    await queryRunner.query(`DROP INDEX "public"."pulse_round_huddle_idx"`);
    await queryRunner.query(`DROP TABLE "pulse_round"`);
    await queryRunner.query(`DROP INDEX "public"."pulse_survey_org_cohort_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."pulse_survey_cohort_idx"`);
    await queryRunner.query(`DROP INDEX "public"."pulse_survey_created_by_idx"`);
    await queryRunner.query(`DROP INDEX "public"."pulse_survey_scheduled_idx"`);
    await queryRunner.query(`DROP TABLE "pulse_survey"`);
    await queryRunner.query(`DROP TYPE "public"."pulse_schedule"`);
  }
}
