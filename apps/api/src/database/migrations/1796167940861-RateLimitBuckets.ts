import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RateLimitBuckets1796167940861 implements MigrationInterface {
  name = 'RateLimitBuckets1796167940861';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "rate_limit_bucket" ("key" character varying(100) NOT NULL, "hits" integer NOT NULL, "window_ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f1310cfeb2b77745eb48247c6c7" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE INDEX "rate_limit_bucket_window_idx" ON "rate_limit_bucket"  ("window_ends_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."rate_limit_bucket_window_idx"`);
    await queryRunner.query(`DROP TABLE "rate_limit_bucket"`);
  }
}
