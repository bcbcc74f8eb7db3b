import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UnsubscribeTokens1796184281103 implements MigrationInterface {
  name = 'UnsubscribeTokens1796184281103';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "unsubscribe_token" ("token_hash" character(64) NOT NULL, "user_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9e7be324ff19dc9398c2a9b9621" PRIMARY KEY ("token_hash"))`);
    await queryRunner.query(`CREATE INDEX "unsubscribe_token_org_idx" ON "unsubscribe_token"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "unsubscribe_token_user_idx" ON "unsubscribe_token"  ("user_id") `);
    await queryRunner.query(`ALTER TABLE "unsubscribe_token" ADD CONSTRAINT "FK_df9f1458a4ea2767e9d8fcd270d" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "unsubscribe_token" ADD CONSTRAINT "FK_411a286fadca23e35f8a890e259" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "unsubscribe_token" DROP CONSTRAINT "FK_411a286fadca23e35f8a890e259"`);
    await queryRunner.query(`ALTER TABLE "unsubscribe_token" DROP CONSTRAINT "FK_df9f1458a4ea2767e9d8fcd270d"`);
    await queryRunner.query(`DROP INDEX "public"."unsubscribe_token_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."unsubscribe_token_org_idx"`);
    await queryRunner.query(`DROP TABLE "unsubscribe_token"`);
  }
}
