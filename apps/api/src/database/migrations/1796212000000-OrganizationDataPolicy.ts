import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An organisation's data policy: what a deleted account's published work becomes. */
export class OrganizationDataPolicy1796212000000 implements MigrationInterface {
  name = 'OrganizationDataPolicy1796212000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."deleted_account_content" AS ENUM('KEEP_AS_FORMER_MEMBER', 'DELETE')`,
    );
    await queryRunner.query(
      `CREATE TABLE "organization_data_policy" ("organization_id" uuid NOT NULL, "deleted_account_content" "public"."deleted_account_content" NOT NULL DEFAULT 'KEEP_AS_FORMER_MEMBER', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_organization_data_policy" PRIMARY KEY ("organization_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "organization_data_policy" ADD CONSTRAINT "FK_dceb6e494c132e039422c5e4c32" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "organization_data_policy"`);
    await queryRunner.query(`DROP TYPE "public"."deleted_account_content"`);
  }
}
