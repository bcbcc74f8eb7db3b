import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Guests1796231732140 implements MigrationInterface {
  name = 'Guests1796231732140';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cohort_member" ADD "guest" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD "cohort_id" uuid`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD "cohort_role" "public"."cohort_role"`);
    await queryRunner.query(`CREATE INDEX "invitation_cohort_idx" ON "invitation"  ("cohort_id") `);
    await queryRunner.query(`ALTER TABLE "invitation" ADD CONSTRAINT "FK_88d275bb58eaa9f3855897886e6" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "FK_88d275bb58eaa9f3855897886e6"`);
    await queryRunner.query(`DROP INDEX "public"."invitation_cohort_idx"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP COLUMN "cohort_role"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP COLUMN "cohort_id"`);
    await queryRunner.query(`ALTER TABLE "cohort_member" DROP COLUMN "guest"`);
  }
}
