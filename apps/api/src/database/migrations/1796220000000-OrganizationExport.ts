import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Downloading the organisation export is an audited administrative action. */
export class OrganizationExport1796220000000 implements MigrationInterface {
  name = 'OrganizationExport1796220000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."audit_action" ADD VALUE IF NOT EXISTS 'ORGANIZATION_EXPORTED'`);
  }

  public async down(): Promise<void> {
    // Enum values cannot be dropped in place.
  }
}
