import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Retention settings on the organisation's data policy (null: keep), applied by a daily job. */
export class RetentionPolicy1796220100000 implements MigrationInterface {
  name = 'RetentionPolicy1796220100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organization_data_policy" ADD "draft_retention_days" integer`);
    await queryRunner.query(`ALTER TABLE "organization_data_policy" ADD "audit_retention_months" integer`);
    await queryRunner.query(`ALTER TABLE "organization_data_policy" ADD "former_member_retention_days" integer`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organization_data_policy" DROP COLUMN "former_member_retention_days"`);
    await queryRunner.query(`ALTER TABLE "organization_data_policy" DROP COLUMN "audit_retention_months"`);
    await queryRunner.query(`ALTER TABLE "organization_data_policy" DROP COLUMN "draft_retention_days"`);
  }
}
