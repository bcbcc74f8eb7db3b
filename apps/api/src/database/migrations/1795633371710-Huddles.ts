import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Huddles1795633371710 implements MigrationInterface {
  name = 'Huddles1795633371710';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "action_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "cohort_id" uuid NOT NULL, "huddle_id" uuid NOT NULL, "agenda_item_id" uuid, "owner_id" uuid NOT NULL, "text" character varying(500) NOT NULL, "due_on" date, "done_at" TIMESTAMP WITH TIME ZONE, "prompt_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1214f6f4d832c402751617361c0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "action_item_huddle_idx" ON "action_item"  ("huddle_id") `);
    await queryRunner.query(
      `CREATE INDEX "action_item_org_owner_idx" ON "action_item"  ("organization_id", "owner_id", "done_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."agenda_item_kind" AS ENUM('THEME', 'NEEDS_DISCUSSION', 'SPOTLIGHT', 'OPEN_QUESTION', 'CUSTOM')`,
    );
    await queryRunner.query(
      `CREATE TABLE "agenda_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "huddle_id" uuid NOT NULL, "position" integer NOT NULL, "title" character varying(200) NOT NULL, "kind" "public"."agenda_item_kind" NOT NULL, "contribution_id" uuid, "time_box_minutes" integer, CONSTRAINT "PK_413623e61232799619c2e0a1d42" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "agenda_item_org_huddle_idx" ON "agenda_item"  ("organization_id", "huddle_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "calendar_feed" ("user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_3a0b1d1c7619ea19ff1affaaf70" UNIQUE ("token_hash"), CONSTRAINT "PK_29b8f216ae4f5fdd5bcc8de8112" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "huddle_decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "huddle_id" uuid NOT NULL, "agenda_item_id" uuid, "text" text NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cd88c3209689fc1bd78d9720fa1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "huddle_decision_org_huddle_idx" ON "huddle_decision"  ("organization_id", "huddle_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "discussion_flag" ("contribution_id" uuid NOT NULL, "user_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_df133c7401425c8ae33d68643ed" PRIMARY KEY ("contribution_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "discussion_flag_org_contribution_idx" ON "discussion_flag"  ("organization_id", "contribution_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "huddle_attendance" ("huddle_id" uuid NOT NULL, "user_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "brief_read_at" TIMESTAMP WITH TIME ZONE, "joined_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d8ad11dadee8e99247a1c17dd85" PRIMARY KEY ("huddle_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "huddle_attendance_org_huddle_idx" ON "huddle_attendance"  ("organization_id", "huddle_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "huddle_note" ("agenda_item_id" uuid NOT NULL, "author_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "huddle_id" uuid NOT NULL, "body" text NOT NULL, "version" integer NOT NULL DEFAULT '1', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_76f807569548897f250da1093da" PRIMARY KEY ("agenda_item_id", "author_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "huddle_note_org_item_idx" ON "huddle_note"  ("organization_id", "agenda_item_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "huddle_prompt" ("huddle_id" uuid NOT NULL, "prompt_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "position" smallint NOT NULL DEFAULT '0', CONSTRAINT "PK_3de9f099a37a4f90ceae3aa8c9c" PRIMARY KEY ("huddle_id", "prompt_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "huddle_prompt_prompt_idx" ON "huddle_prompt"  ("prompt_id") `);
    await queryRunner.query(`CREATE TYPE "public"."huddle_status" AS ENUM('SCHEDULED', 'LIVE', 'ENDED')`);
    await queryRunner.query(
      `CREATE TABLE "huddle" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "cohort_id" uuid NOT NULL, "series_id" uuid NOT NULL, "title" character varying(160) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "duration_minutes" integer NOT NULL, "join_url" character varying(2048), "status" "public"."huddle_status" NOT NULL DEFAULT 'SCHEDULED', "current_agenda_item_id" uuid, "started_at" TIMESTAMP WITH TIME ZONE, "ended_at" TIMESTAMP WITH TIME ZONE, "minutes" text, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6ccc294047a49f8555acab26212" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "huddle_series_idx" ON "huddle"  ("series_id") `);
    await queryRunner.query(
      `CREATE INDEX "huddle_org_cohort_starts_idx" ON "huddle"  ("organization_id", "cohort_id", "starts_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "text" character varying(300) NOT NULL, "link" character varying(300) NOT NULL, "dedupe_key" character varying(200) NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "notification_dedupe_key" ON "notification"  ("dedupe_key") `);
    await queryRunner.query(
      `CREATE INDEX "notification_org_user_created_idx" ON "notification"  ("organization_id", "user_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "action_item" ADD CONSTRAINT "FK_f9df10a302204c2cdb743e048e3" FOREIGN KEY ("owner_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "huddle" ADD CONSTRAINT "FK_1f52225aaa2472f48fea998bfd7" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "huddle" DROP CONSTRAINT "FK_1f52225aaa2472f48fea998bfd7"`);
    await queryRunner.query(`ALTER TABLE "action_item" DROP CONSTRAINT "FK_f9df10a302204c2cdb743e048e3"`);
    await queryRunner.query(`DROP INDEX "public"."notification_org_user_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notification_dedupe_key"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP INDEX "public"."huddle_org_cohort_starts_idx"`);
    await queryRunner.query(`DROP INDEX "public"."huddle_series_idx"`);
    await queryRunner.query(`DROP TABLE "huddle"`);
    await queryRunner.query(`DROP TYPE "public"."huddle_status"`);
    await queryRunner.query(`DROP INDEX "public"."huddle_prompt_prompt_idx"`);
    await queryRunner.query(`DROP TABLE "huddle_prompt"`);
    await queryRunner.query(`DROP INDEX "public"."huddle_note_org_item_idx"`);
    await queryRunner.query(`DROP TABLE "huddle_note"`);
    await queryRunner.query(`DROP INDEX "public"."huddle_attendance_org_huddle_idx"`);
    await queryRunner.query(`DROP TABLE "huddle_attendance"`);
    await queryRunner.query(`DROP INDEX "public"."discussion_flag_org_contribution_idx"`);
    await queryRunner.query(`DROP TABLE "discussion_flag"`);
    await queryRunner.query(`DROP INDEX "public"."huddle_decision_org_huddle_idx"`);
    await queryRunner.query(`DROP TABLE "huddle_decision"`);
    await queryRunner.query(`DROP TABLE "calendar_feed"`);
    await queryRunner.query(`DROP INDEX "public"."agenda_item_org_huddle_idx"`);
    await queryRunner.query(`DROP TABLE "agenda_item"`);
    await queryRunner.query(`DROP TYPE "public"."agenda_item_kind"`);
    await queryRunner.query(`DROP INDEX "public"."action_item_org_owner_idx"`);
    await queryRunner.query(`DROP INDEX "public"."action_item_huddle_idx"`);
    await queryRunner.query(`DROP TABLE "action_item"`);
  }
}
