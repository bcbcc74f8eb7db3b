import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LtiTool1796217818654 implements MigrationInterface {
  name = 'LtiTool1796217818654';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "lti_platform" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "name" character varying(80) NOT NULL, "issuer" character varying(2048) NOT NULL, "client_id" character varying(255) NOT NULL, "deployment_ids" character varying(255) array NOT NULL, "auth_login_url" character varying(2048) NOT NULL, "auth_token_url" character varying(2048) NOT NULL, "jwks_url" character varying(2048) NOT NULL, "create_members" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_366bdc87bf7611fbda944dc3c40" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "lti_platform_issuer_client_key" ON "lti_platform"  ("issuer", "client_id") `);
    await queryRunner.query(`CREATE INDEX "lti_platform_org_created_idx" ON "lti_platform"  ("organization_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "lti_login" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "platform_id" uuid NOT NULL, "state_hash" character(64) NOT NULL, "nonce" character varying(128) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_98a37415cc3254a4047659fe963" UNIQUE ("state_hash"), CONSTRAINT "UQ_8fcc83d8eddff58df1820608702" UNIQUE ("nonce"), CONSTRAINT "PK_cebac5b13c68167986944f1cfae" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "lti_login_expires_idx" ON "lti_login"  ("expires_at") `);
    await queryRunner.query(`CREATE INDEX "lti_login_platform_idx" ON "lti_login"  ("platform_id") `);
    await queryRunner.query(`CREATE TABLE "lti_resource_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "platform_id" uuid NOT NULL, "resource_link_id" character varying(255) NOT NULL, "deployment_id" character varying(255) NOT NULL, "context_id" character varying(255), "cohort_id" uuid NOT NULL, "prompt_id" uuid, "memberships_url" character varying(2048), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_85ac2e4faf9a6aeb4cbea12c727" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "lti_resource_link_prompt_idx" ON "lti_resource_link"  ("prompt_id") `);
    await queryRunner.query(`CREATE INDEX "lti_resource_link_cohort_idx" ON "lti_resource_link"  ("cohort_id") `);
    await queryRunner.query(`CREATE INDEX "lti_resource_link_org_cohort_idx" ON "lti_resource_link"  ("organization_id", "cohort_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "lti_resource_link_platform_link_key" ON "lti_resource_link"  ("platform_id", "resource_link_id") `);
    await queryRunner.query(`CREATE TABLE "lti_identity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "platform_id" uuid NOT NULL, "subject" character varying(255) NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b7cf0275c38c1e41eef2c370b92" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "lti_identity_user_idx" ON "lti_identity"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "lti_identity_platform_subject_key" ON "lti_identity"  ("platform_id", "subject") `);
    await queryRunner.query(`CREATE TABLE "lti_roster_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "user_id" uuid NOT NULL, "gone_at" TIMESTAMP WITH TIME ZONE, "synced_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9f0f09048713ac9d80108eada84" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "lti_roster_entry_user_idx" ON "lti_roster_entry"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "lti_roster_entry_cohort_user_key" ON "lti_roster_entry"  ("cohort_id", "user_id") `);
    await queryRunner.query(`CREATE TABLE "lti_tool_key" ("kid" character varying(64) NOT NULL, "private_jwk_sealed" text NOT NULL, "public_jwk" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7b4919bec21836e77e5c46f3e3c" PRIMARY KEY ("kid"))`);
    await queryRunner.query(`ALTER TABLE "lti_platform" ADD CONSTRAINT "FK_f49c41d125771fc5f7a07366c5b" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lti_login" ADD CONSTRAINT "FK_1fd8cdeeb9e5d5f5fe5b158e877" FOREIGN KEY ("platform_id") REFERENCES "lti_platform"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lti_resource_link" ADD CONSTRAINT "FK_71dde61e518f284e3903f284d55" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lti_resource_link" ADD CONSTRAINT "FK_4256079081d7d5ce20a3a33052f" FOREIGN KEY ("platform_id") REFERENCES "lti_platform"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lti_resource_link" ADD CONSTRAINT "FK_c3b267d0f83ef1b20d19b1b615d" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lti_resource_link" ADD CONSTRAINT "FK_e029773c693ceb31a45522122ac" FOREIGN KEY ("prompt_id") REFERENCES "prompt"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lti_identity" ADD CONSTRAINT "FK_a0a8cd045337563d5f29700b8c8" FOREIGN KEY ("platform_id") REFERENCES "lti_platform"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lti_identity" ADD CONSTRAINT "FK_51a69728806d8b36b2f4da4811b" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lti_roster_entry" ADD CONSTRAINT "FK_d7242f4c26450b58dde69c85a1d" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lti_roster_entry" ADD CONSTRAINT "FK_aef84a34949ea5b4e37a0552322" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "lti_roster_entry" DROP CONSTRAINT "FK_aef84a34949ea5b4e37a0552322"`);
    await queryRunner.query(`ALTER TABLE "lti_roster_entry" DROP CONSTRAINT "FK_d7242f4c26450b58dde69c85a1d"`);
    await queryRunner.query(`ALTER TABLE "lti_identity" DROP CONSTRAINT "FK_51a69728806d8b36b2f4da4811b"`);
    await queryRunner.query(`ALTER TABLE "lti_identity" DROP CONSTRAINT "FK_a0a8cd045337563d5f29700b8c8"`);
    await queryRunner.query(`ALTER TABLE "lti_resource_link" DROP CONSTRAINT "FK_e029773c693ceb31a45522122ac"`);
    await queryRunner.query(`ALTER TABLE "lti_resource_link" DROP CONSTRAINT "FK_c3b267d0f83ef1b20d19b1b615d"`);
    await queryRunner.query(`ALTER TABLE "lti_resource_link" DROP CONSTRAINT "FK_4256079081d7d5ce20a3a33052f"`);
    await queryRunner.query(`ALTER TABLE "lti_resource_link" DROP CONSTRAINT "FK_71dde61e518f284e3903f284d55"`);
    await queryRunner.query(`ALTER TABLE "lti_login" DROP CONSTRAINT "FK_1fd8cdeeb9e5d5f5fe5b158e877"`);
    await queryRunner.query(`ALTER TABLE "lti_platform" DROP CONSTRAINT "FK_f49c41d125771fc5f7a07366c5b"`);
    await queryRunner.query(`DROP TABLE "lti_tool_key"`);
    await queryRunner.query(`DROP INDEX "public"."lti_roster_entry_cohort_user_key"`);
    await queryRunner.query(`DROP INDEX "public"."lti_roster_entry_user_idx"`);
    await queryRunner.query(`DROP TABLE "lti_roster_entry"`);
    await queryRunner.query(`DROP INDEX "public"."lti_identity_platform_subject_key"`);
    await queryRunner.query(`DROP INDEX "public"."lti_identity_user_idx"`);
    await queryRunner.query(`DROP TABLE "lti_identity"`);
    await queryRunner.query(`DROP INDEX "public"."lti_resource_link_platform_link_key"`);
    await queryRunner.query(`DROP INDEX "public"."lti_resource_link_org_cohort_idx"`);
    await queryRunner.query(`DROP INDEX "public"."lti_resource_link_cohort_idx"`);
    await queryRunner.query(`DROP INDEX "public"."lti_resource_link_prompt_idx"`);
    await queryRunner.query(`DROP TABLE "lti_resource_link"`);
    await queryRunner.query(`DROP INDEX "public"."lti_login_platform_idx"`);
    await queryRunner.query(`DROP INDEX "public"."lti_login_expires_idx"`);
    await queryRunner.query(`DROP TABLE "lti_login"`);
    await queryRunner.query(`DROP INDEX "public"."lti_platform_org_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."lti_platform_issuer_client_key"`);
    await queryRunner.query(`DROP TABLE "lti_platform"`);
  }
}
