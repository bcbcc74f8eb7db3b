import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SignUpRequests1796181619591 implements MigrationInterface {
  name = 'SignUpRequests1796181619591';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "sign_up_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "display_name" character varying(80) NOT NULL, "time_zone" character varying(64), "password_hash" character varying(255) NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_a667f7acc0f3300e16e59515668" UNIQUE ("token_hash"), CONSTRAINT "PK_00564b6045f20b8602d471e7b16" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "sign_up_request_email_idx" ON "sign_up_request"  ("email") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."sign_up_request_email_idx"`);
    await queryRunner.query(`DROP TABLE "sign_up_request"`);
  }
}
