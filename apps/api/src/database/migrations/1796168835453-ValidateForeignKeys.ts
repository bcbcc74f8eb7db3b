import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Checks existing rows against the keys ForeignKeys added NOT VALID (in its own transaction,
 * which only blocks schema changes, not writes). An optional reference to a missing row
 * carries nothing and is cleared first; a required one makes this migration fail with the
 * constraint's name, so no row is deleted without someone deciding to.
 */
export class ValidateForeignKeys1796168835453 implements MigrationInterface {
  name = 'ValidateForeignKeys1796168835453';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "contribution" t SET "deleted_by_id" = NULL WHERE "deleted_by_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "user" r WHERE r.id = t."deleted_by_id")`,
    );
    await queryRunner.query(
      `UPDATE "comment" t SET "feedback_id" = NULL WHERE "feedback_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "feedback" r WHERE r.id = t."feedback_id")`,
    );
    await queryRunner.query(
      `UPDATE "comment" t SET "parent_id" = NULL WHERE "parent_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "comment" r WHERE r.id = t."parent_id")`,
    );
    await queryRunner.query(
      `UPDATE "contribution_revision" t SET "answers_feedback_id" = NULL WHERE "answers_feedback_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "feedback" r WHERE r.id = t."answers_feedback_id")`,
    );
    await queryRunner.query(
      `UPDATE "huddle" t SET "current_agenda_item_id" = NULL WHERE "current_agenda_item_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "agenda_item" r WHERE r.id = t."current_agenda_item_id")`,
    );
    await queryRunner.query(
      `UPDATE "agenda_item" t SET "contribution_id" = NULL WHERE "contribution_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "contribution" r WHERE r.id = t."contribution_id")`,
    );
    await queryRunner.query(
      `UPDATE "action_item" t SET "agenda_item_id" = NULL WHERE "agenda_item_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "agenda_item" r WHERE r.id = t."agenda_item_id")`,
    );
    await queryRunner.query(
      `UPDATE "action_item" t SET "prompt_id" = NULL WHERE "prompt_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "prompt" r WHERE r.id = t."prompt_id")`,
    );
    await queryRunner.query(
      `UPDATE "huddle_decision" t SET "agenda_item_id" = NULL WHERE "agenda_item_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "agenda_item" r WHERE r.id = t."agenda_item_id")`,
    );
    await queryRunner.query(`ALTER TABLE "team" VALIDATE CONSTRAINT "FK_b71618cf6c9cf1d30ff71b0320a"`);
    await queryRunner.query(`ALTER TABLE "cohort_member" VALIDATE CONSTRAINT "FK_754af18f587bc89cfbeb472c836"`);
    await queryRunner.query(`ALTER TABLE "prompt" VALIDATE CONSTRAINT "FK_10144bc7239f55f95c17be64dba"`);
    await queryRunner.query(`ALTER TABLE "contribution" VALIDATE CONSTRAINT "FK_56abbd9ddbb39cee3cc119567c2"`);
    await queryRunner.query(`ALTER TABLE "contribution" VALIDATE CONSTRAINT "FK_2e055ef8cdb7d3652924afe2c1a"`);
    await queryRunner.query(`ALTER TABLE "contribution" VALIDATE CONSTRAINT "FK_91a30e27ac5b3d03be47bbf748c"`);
    await queryRunner.query(`ALTER TABLE "feedback" VALIDATE CONSTRAINT "FK_81d4381bd8e43b31c7acaea9ce7"`);
    await queryRunner.query(`ALTER TABLE "feedback" VALIDATE CONSTRAINT "FK_64906e72f6f1c1a8a79c44b513e"`);
    await queryRunner.query(`ALTER TABLE "comment" VALIDATE CONSTRAINT "FK_8ec441508bc5f3efc526e20b5b6"`);
    await queryRunner.query(`ALTER TABLE "comment" VALIDATE CONSTRAINT "FK_2ecbb3465b35f4ac59d8a3d3110"`);
    await queryRunner.query(`ALTER TABLE "comment" VALIDATE CONSTRAINT "FK_8bd8d0985c0d077c8129fb4a209"`);
    await queryRunner.query(`ALTER TABLE "contribution_revision" VALIDATE CONSTRAINT "FK_00523a78e0dcc3c2b47f2a739f2"`);
    await queryRunner.query(`ALTER TABLE "contribution_revision" VALIDATE CONSTRAINT "FK_abe1a50d550e91080936bd863ee"`);
    await queryRunner.query(`ALTER TABLE "contribution_revision" VALIDATE CONSTRAINT "FK_05050d4787aa3980d85d9bf9808"`);
    await queryRunner.query(`ALTER TABLE "review_assignment" VALIDATE CONSTRAINT "FK_3c60a32683280736f708a954998"`);
    await queryRunner.query(`ALTER TABLE "review_assignment" VALIDATE CONSTRAINT "FK_55796bc20c1281408758555e347"`);
    await queryRunner.query(`ALTER TABLE "review_assignment" VALIDATE CONSTRAINT "FK_0960ff781a500039d868712d608"`);
    await queryRunner.query(`ALTER TABLE "attachment" VALIDATE CONSTRAINT "FK_1d66b1abd4ca653e024d24ed476"`);
    await queryRunner.query(`ALTER TABLE "attachment" VALIDATE CONSTRAINT "FK_f1b8a396f10a540f0a434117939"`);
    await queryRunner.query(`ALTER TABLE "prompt_read" VALIDATE CONSTRAINT "FK_f4992f9b931eddfdd44b411a51e"`);
    await queryRunner.query(`ALTER TABLE "prompt_read" VALIDATE CONSTRAINT "FK_a102d9ad69a5a10d02b64793691"`);
    await queryRunner.query(`ALTER TABLE "prompt_read" VALIDATE CONSTRAINT "FK_426204a714ec262009fbdd53a08"`);
    await queryRunner.query(`ALTER TABLE "reaction" VALIDATE CONSTRAINT "FK_2087262d1ed131689a579319c72"`);
    await queryRunner.query(`ALTER TABLE "reaction" VALIDATE CONSTRAINT "FK_042a20b986648c899a2bead1fd6"`);
    await queryRunner.query(`ALTER TABLE "reaction" VALIDATE CONSTRAINT "FK_978c984f412d09b43304e41ae9a"`);
    await queryRunner.query(`ALTER TABLE "huddle" VALIDATE CONSTRAINT "FK_12fb6b75459c251a45efd6d8ef7"`);
    await queryRunner.query(`ALTER TABLE "huddle" VALIDATE CONSTRAINT "FK_6d8577d9957b923e969ac606458"`);
    await queryRunner.query(`ALTER TABLE "huddle" VALIDATE CONSTRAINT "FK_38fb8322e78a6748fe9ee494c7f"`);
    await queryRunner.query(`ALTER TABLE "agenda_item" VALIDATE CONSTRAINT "FK_fd8e22474f720fe16f040d291bc"`);
    await queryRunner.query(`ALTER TABLE "agenda_item" VALIDATE CONSTRAINT "FK_ac0b7fc0cec5e469f6d5e6f9ed9"`);
    await queryRunner.query(`ALTER TABLE "agenda_item" VALIDATE CONSTRAINT "FK_b382ce4aa276b5dc9c9caba24f7"`);
    await queryRunner.query(`ALTER TABLE "action_item" VALIDATE CONSTRAINT "FK_9b0d51cb2449f07eb6123cf4816"`);
    await queryRunner.query(`ALTER TABLE "action_item" VALIDATE CONSTRAINT "FK_6449d7865b1230a13e53456cbde"`);
    await queryRunner.query(`ALTER TABLE "action_item" VALIDATE CONSTRAINT "FK_b78dc6e0e106bbadd54eda30186"`);
    await queryRunner.query(`ALTER TABLE "action_item" VALIDATE CONSTRAINT "FK_92c74b698f50501fde13a29b9aa"`);
    await queryRunner.query(`ALTER TABLE "action_item" VALIDATE CONSTRAINT "FK_f5b02c4ae6b3f62ead495a19b0e"`);
    await queryRunner.query(`ALTER TABLE "calendar_feed" VALIDATE CONSTRAINT "FK_29b8f216ae4f5fdd5bcc8de8112"`);
    await queryRunner.query(`ALTER TABLE "huddle_decision" VALIDATE CONSTRAINT "FK_790fade45d220b81f1f28ac9d3b"`);
    await queryRunner.query(`ALTER TABLE "huddle_decision" VALIDATE CONSTRAINT "FK_644b64bcde2a347f5db09bb1397"`);
    await queryRunner.query(`ALTER TABLE "huddle_decision" VALIDATE CONSTRAINT "FK_dddab4a71874bcfcc46777fbebc"`);
    await queryRunner.query(`ALTER TABLE "huddle_decision" VALIDATE CONSTRAINT "FK_1cf21a2a6674ed6bad184ff522e"`);
    await queryRunner.query(`ALTER TABLE "discussion_flag" VALIDATE CONSTRAINT "FK_c7d562cb8c7c39937a231010775"`);
    await queryRunner.query(`ALTER TABLE "discussion_flag" VALIDATE CONSTRAINT "FK_50b71b84c9938941c8da9167eef"`);
    await queryRunner.query(`ALTER TABLE "discussion_flag" VALIDATE CONSTRAINT "FK_e2349b627a2e372b6a5210bc055"`);
    await queryRunner.query(`ALTER TABLE "huddle_attendance" VALIDATE CONSTRAINT "FK_d222a4d0d61f1417163c1b0a5e5"`);
    await queryRunner.query(`ALTER TABLE "huddle_attendance" VALIDATE CONSTRAINT "FK_ae5b4f94bd05634aef267bbd2ca"`);
    await queryRunner.query(`ALTER TABLE "huddle_attendance" VALIDATE CONSTRAINT "FK_33cccdf54c32b92c1e3500596db"`);
    await queryRunner.query(`ALTER TABLE "huddle_note" VALIDATE CONSTRAINT "FK_a54f4fe97511cc40269e9942f25"`);
    await queryRunner.query(`ALTER TABLE "huddle_note" VALIDATE CONSTRAINT "FK_6af6e820e5f60a9f7ce670e2eb3"`);
    await queryRunner.query(`ALTER TABLE "huddle_note" VALIDATE CONSTRAINT "FK_72dbb73b34afc0bb3380a7659e4"`);
    await queryRunner.query(`ALTER TABLE "huddle_note" VALIDATE CONSTRAINT "FK_e127a9d474a581dfeb820b5f9b9"`);
    await queryRunner.query(`ALTER TABLE "huddle_prompt" VALIDATE CONSTRAINT "FK_82146a85abb7e7796acb90fa7e4"`);
    await queryRunner.query(`ALTER TABLE "huddle_prompt" VALIDATE CONSTRAINT "FK_aa257952c99aaa2b097017da3fb"`);
    await queryRunner.query(`ALTER TABLE "huddle_prompt" VALIDATE CONSTRAINT "FK_80c7f25508c9b90a18640b6fef7"`);
    await queryRunner.query(`ALTER TABLE "notification" VALIDATE CONSTRAINT "FK_203543da9a28e0d7bd87e66cd20"`);
    await queryRunner.query(`ALTER TABLE "notification" VALIDATE CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8"`);
  }

  async down(): Promise<void> {
    // Validation changes no schema: nothing to undo.
  }
}
