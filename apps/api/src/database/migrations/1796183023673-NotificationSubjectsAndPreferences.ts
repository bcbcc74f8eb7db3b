import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationSubjectsAndPreferences1796183023673 implements MigrationInterface {
  name = 'NotificationSubjectsAndPreferences1796183023673';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."notification_org_user_created_idx"`);
    await queryRunner.query(
      `CREATE TABLE "notification_preference" ("organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "in_app" boolean NOT NULL, "email" character varying(20) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_38f695bc4847ef007a83746cdbe" PRIMARY KEY ("organization_id", "user_id", "kind"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "notification_preference_user_idx" ON "notification_preference"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_settings" ("organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "quiet_start_minute" smallint, "quiet_end_minute" smallint, CONSTRAINT "PK_503d28a8736394def21bddc7714" PRIMARY KEY ("organization_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "notification_settings_user_idx" ON "notification_settings"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "notification_cohort_mute" ("organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "cohort_id" uuid NOT NULL, CONSTRAINT "PK_b39dddcc0b06ed9382d525e00b9" PRIMARY KEY ("organization_id", "user_id", "cohort_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "notification_cohort_mute_cohort_idx" ON "notification_cohort_mute"  ("cohort_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "notification_cohort_mute_user_idx" ON "notification_cohort_mute"  ("user_id") `,
    );
    await queryRunner.query(`ALTER TABLE "notification" ADD "cohort_id" uuid`);
    await queryRunner.query(`ALTER TABLE "notification" ADD "subject_type" character varying(20)`);
    await queryRunner.query(`ALTER TABLE "notification" ADD "subject_id" uuid`);
    await queryRunner.query(`ALTER TABLE "notification" ADD "in_app" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`CREATE INDEX "notification_cohort_idx" ON "notification"  ("cohort_id") `);
    await queryRunner.query(
      `CREATE INDEX "notification_org_user_created_idx" ON "notification"  ("organization_id", "user_id", "created_at", "id") `,
    );
    // Hand-written: the notifications sent before subjects existed get theirs from their dedupe key,
    // so a mention of a comment since deleted disappears like a new one would.
    await queryRunner.query(`UPDATE "notification" n SET "subject_type" = 'COMMENT', "subject_id" = cm.id, "cohort_id" = c.cohort_id
       FROM "comment" cm JOIN "contribution" c ON c.id = cm.contribution_id
      WHERE n.kind = 'MENTION' AND n.dedupe_key LIKE 'mention:%' AND cm.id::text = split_part(n.dedupe_key, ':', 2)`);
    await queryRunner.query(`UPDATE "notification" n SET "subject_type" = 'HUDDLE', "subject_id" = h.id, "cohort_id" = h.cohort_id
       FROM "huddle" h
      WHERE n.kind IN ('HUDDLE_NUDGE', 'HUDDLE_RESCHEDULED', 'HUDDLE_CANCELLED') AND h.id::text = split_part(n.dedupe_key, ':', 2)`);
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_535f8fe56abda425c4b2d8424d1" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preference" ADD CONSTRAINT "FK_994a14d5158f1ee6540939ee519" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preference" ADD CONSTRAINT "FK_ff040d2d2e35c49b00525783829" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_settings" ADD CONSTRAINT "FK_9b50c2c5d99465e320d87dee3a7" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_settings" ADD CONSTRAINT "FK_91a7ffebe8b406c4470845d4781" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_cohort_mute" ADD CONSTRAINT "FK_2c759334b91257b39c3406f27ae" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_cohort_mute" ADD CONSTRAINT "FK_40aee70204ad9050284da1d60c8" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_cohort_mute" ADD CONSTRAINT "FK_c46113057a7914bfe88f7d447b1" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification_cohort_mute" DROP CONSTRAINT "FK_c46113057a7914bfe88f7d447b1"`);
    await queryRunner.query(`ALTER TABLE "notification_cohort_mute" DROP CONSTRAINT "FK_40aee70204ad9050284da1d60c8"`);
    await queryRunner.query(`ALTER TABLE "notification_cohort_mute" DROP CONSTRAINT "FK_2c759334b91257b39c3406f27ae"`);
    await queryRunner.query(`ALTER TABLE "notification_settings" DROP CONSTRAINT "FK_91a7ffebe8b406c4470845d4781"`);
    await queryRunner.query(`ALTER TABLE "notification_settings" DROP CONSTRAINT "FK_9b50c2c5d99465e320d87dee3a7"`);
    await queryRunner.query(`ALTER TABLE "notification_preference" DROP CONSTRAINT "FK_ff040d2d2e35c49b00525783829"`);
    await queryRunner.query(`ALTER TABLE "notification_preference" DROP CONSTRAINT "FK_994a14d5158f1ee6540939ee519"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_535f8fe56abda425c4b2d8424d1"`);
    await queryRunner.query(`DROP INDEX "public"."notification_org_user_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notification_cohort_idx"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "in_app"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "subject_id"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "subject_type"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "cohort_id"`);
    await queryRunner.query(`DROP INDEX "public"."notification_cohort_mute_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notification_cohort_mute_cohort_idx"`);
    await queryRunner.query(`DROP TABLE "notification_cohort_mute"`);
    await queryRunner.query(`DROP INDEX "public"."notification_settings_user_idx"`);
    await queryRunner.query(`DROP TABLE "notification_settings"`);
    await queryRunner.query(`DROP INDEX "public"."notification_preference_user_idx"`);
    await queryRunner.query(`DROP TABLE "notification_preference"`);
    await queryRunner.query(
      `CREATE INDEX "notification_org_user_created_idx" ON "notification" USING btree ("organization_id", "user_id", "created_at") `,
    );
  }
}
