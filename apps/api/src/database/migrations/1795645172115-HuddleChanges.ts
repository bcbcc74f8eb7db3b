import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HuddleChanges1795645172115 implements MigrationInterface {
  name = 'HuddleChanges1795645172115';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "huddle" ADD "time_zone" character varying(64) NOT NULL DEFAULT 'UTC'`);
    // Huddles so far were scheduled in their facilitator's zone (the default scheduleHuddle used).
    await queryRunner.query(
      `UPDATE "huddle" h SET "time_zone" = u."time_zone" FROM "user" u WHERE u."id" = h."created_by_id"`,
    );
    await queryRunner.query(`ALTER TABLE "huddle" ADD "sequence" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TYPE "public"."huddle_status" ADD VALUE 'CANCELLED'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The old type has no CANCELLED: refuse rather than turn cancelled huddles into something they are not.
    const [{ cancelled }] = await queryRunner.query(
      `SELECT count(*)::int AS cancelled FROM "huddle" WHERE "status" = 'CANCELLED'`,
    );
    if (cancelled) throw new Error(`${cancelled} cancelled huddles: resolve them before reverting HuddleChanges.`);
    await queryRunner.query(`ALTER TABLE "huddle" ALTER COLUMN "status" DROP DEFAULT`);
    await queryRunner.query(`CREATE TYPE "public"."huddle_status_old" AS ENUM('SCHEDULED', 'LIVE', 'ENDED')`);
    await queryRunner.query(
      `ALTER TABLE "huddle" ALTER COLUMN "status" TYPE "public"."huddle_status_old" USING "status"::"text"::"public"."huddle_status_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."huddle_status"`);
    await queryRunner.query(`ALTER TYPE "public"."huddle_status_old" RENAME TO "huddle_status"`);
    await queryRunner.query(`ALTER TABLE "huddle" ALTER COLUMN "status" SET DEFAULT 'SCHEDULED'`);
    await queryRunner.query(`ALTER TABLE "huddle" DROP COLUMN "sequence"`);
    await queryRunner.query(`ALTER TABLE "huddle" DROP COLUMN "time_zone"`);
  }
}
