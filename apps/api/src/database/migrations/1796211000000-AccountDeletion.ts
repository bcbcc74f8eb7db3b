import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Deleting one's account: the user row is kept as "Former member" and marked; each organisation gets an audit event. */
export class AccountDeletion1796211000000 implements MigrationInterface {
  name = 'AccountDeletion1796211000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user" ADD "deleted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TYPE "public"."audit_action" ADD VALUE IF NOT EXISTS 'ACCOUNT_DELETED'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Enum values cannot be dropped in place; the column can.
    await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "deleted_at"`);
  }
}
