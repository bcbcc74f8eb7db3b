import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HuddleReminders1795647204812 implements MigrationInterface {
  name = 'HuddleReminders1795647204812';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A constant default: existing huddles keep the reminders they had (48 h and 2 h), no table rewrite.
    await queryRunner.query(`ALTER TABLE "huddle" ADD "nudge_hours" smallint array NOT NULL DEFAULT '{48,2}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "huddle" DROP COLUMN "nudge_hours"`);
  }
}
