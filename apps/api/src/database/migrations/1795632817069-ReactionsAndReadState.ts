import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReactionsAndReadState1795632817069 implements MigrationInterface {
  name = 'ReactionsAndReadState1795632817069';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "prompt_read" ("prompt_id" uuid NOT NULL, "user_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "last_read_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_2143e152daeb9f7bbc77fe5eadc" PRIMARY KEY ("prompt_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "prompt_read_org_user_idx" ON "prompt_read"  ("organization_id", "user_id") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."reaction_kind" AS ENUM('HELPFUL', 'PLUS_ONE', 'WILL_TRY')`);
    await queryRunner.query(
      `CREATE TABLE "reaction" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "contribution_id" uuid NOT NULL, "user_id" uuid NOT NULL, "kind" "public"."reaction_kind" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_41fbb346da22da4df129f14b11e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "reaction_org_contribution_idx" ON "reaction"  ("organization_id", "contribution_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "reaction_contribution_user_kind_key" ON "reaction"  ("contribution_id", "user_id", "kind") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."reaction_contribution_user_kind_key"`);
    await queryRunner.query(`DROP INDEX "public"."reaction_org_contribution_idx"`);
    await queryRunner.query(`DROP TABLE "reaction"`);
    await queryRunner.query(`DROP TYPE "public"."reaction_kind"`);
    await queryRunner.query(`DROP INDEX "public"."prompt_read_org_user_idx"`);
    await queryRunner.query(`DROP TABLE "prompt_read"`);
  }
}
