import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LtiRosterSyncedAt1796800000000 implements MigrationInterface {
  name = 'LtiRosterSyncedAt1796800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "lti_resource_link" ADD "roster_synced_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "lti_resource_link" DROP COLUMN "roster_synced_at"`);
  }
}
