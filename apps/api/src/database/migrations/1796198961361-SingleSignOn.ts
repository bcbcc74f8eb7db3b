import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SingleSignOn1796198961361 implements MigrationInterface {
  name = 'SingleSignOn1796198961361';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "identity_provider" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "display_name" character varying(60) NOT NULL, "issuer_url" character varying(2048) NOT NULL, "client_id" character varying(255) NOT NULL, "client_secret_sealed" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5f038d63f2887fd0893ae4c5736" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "identity_provider_org_created_idx" ON "identity_provider"  ("organization_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "identity_provider_domain" ("domain" character varying(253) NOT NULL, "organization_id" uuid NOT NULL, "provider_id" uuid NOT NULL, CONSTRAINT "PK_1cc2db8c52537a10c7e79cc1f8a" PRIMARY KEY ("domain"))`);
    await queryRunner.query(`CREATE INDEX "identity_provider_domain_provider_idx" ON "identity_provider_domain"  ("provider_id") `);
    await queryRunner.query(`CREATE INDEX "identity_provider_domain_org_provider_idx" ON "identity_provider_domain"  ("organization_id", "provider_id") `);
    await queryRunner.query(`CREATE TABLE "organization_sign_in_settings" ("organization_id" uuid NOT NULL, "require_sso" boolean NOT NULL DEFAULT false, "invite_only" boolean NOT NULL DEFAULT false, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1ef82e0998392a56dc6b9bc0a63" PRIMARY KEY ("organization_id"))`);
    await queryRunner.query(`CREATE TABLE "sso_identity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "provider_id" uuid NOT NULL, "subject" character varying(255) NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_db3de767ebaf969f33f59a5196b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "sso_identity_user_idx" ON "sso_identity"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "sso_identity_provider_idx" ON "sso_identity"  ("provider_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "sso_identity_org_provider_subject_key" ON "sso_identity"  ("organization_id", "provider_id", "subject") `);
    await queryRunner.query(`CREATE TABLE "sso_sign_in" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "provider_id" uuid NOT NULL, "state_hash" character(64) NOT NULL, "browser_hash" character(64) NOT NULL, "nonce" character varying(128) NOT NULL, "code_verifier" character varying(128) NOT NULL, "next_path" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_dfba724d00121cfc53667007ed7" UNIQUE ("state_hash"), CONSTRAINT "PK_f862d51b2e12d5b4445223c3bd5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "sso_sign_in_provider_idx" ON "sso_sign_in"  ("provider_id") `);
    await queryRunner.query(`CREATE INDEX "sso_sign_in_org_provider_idx" ON "sso_sign_in"  ("organization_id", "provider_id") `);
    await queryRunner.query(`ALTER TABLE "identity_provider" ADD CONSTRAINT "FK_7aec9e9d7a90725500fcae42fc2" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "identity_provider_domain" ADD CONSTRAINT "FK_92116a2bda44ccb18e41d931e7d" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "identity_provider_domain" ADD CONSTRAINT "FK_aa62b3daeddbcd9f8c69106247a" FOREIGN KEY ("provider_id") REFERENCES "identity_provider"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "organization_sign_in_settings" ADD CONSTRAINT "FK_1ef82e0998392a56dc6b9bc0a63" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sso_identity" ADD CONSTRAINT "FK_2ade0aa59894f2f5398e0ecec56" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sso_identity" ADD CONSTRAINT "FK_a0832248b9de6b635b2ce3e80bb" FOREIGN KEY ("provider_id") REFERENCES "identity_provider"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sso_identity" ADD CONSTRAINT "FK_64b30884088c3c4e7a720fbff09" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sso_sign_in" ADD CONSTRAINT "FK_7248dc39aa70ec5493afcd5d0c8" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sso_sign_in" ADD CONSTRAINT "FK_77853049e46677224b9d58d3222" FOREIGN KEY ("provider_id") REFERENCES "identity_provider"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sso_sign_in" DROP CONSTRAINT "FK_77853049e46677224b9d58d3222"`);
    await queryRunner.query(`ALTER TABLE "sso_sign_in" DROP CONSTRAINT "FK_7248dc39aa70ec5493afcd5d0c8"`);
    await queryRunner.query(`ALTER TABLE "sso_identity" DROP CONSTRAINT "FK_64b30884088c3c4e7a720fbff09"`);
    await queryRunner.query(`ALTER TABLE "sso_identity" DROP CONSTRAINT "FK_a0832248b9de6b635b2ce3e80bb"`);
    await queryRunner.query(`ALTER TABLE "sso_identity" DROP CONSTRAINT "FK_2ade0aa59894f2f5398e0ecec56"`);
    await queryRunner.query(`ALTER TABLE "organization_sign_in_settings" DROP CONSTRAINT "FK_1ef82e0998392a56dc6b9bc0a63"`);
    await queryRunner.query(`ALTER TABLE "identity_provider_domain" DROP CONSTRAINT "FK_aa62b3daeddbcd9f8c69106247a"`);
    await queryRunner.query(`ALTER TABLE "identity_provider_domain" DROP CONSTRAINT "FK_92116a2bda44ccb18e41d931e7d"`);
    await queryRunner.query(`ALTER TABLE "identity_provider" DROP CONSTRAINT "FK_7aec9e9d7a90725500fcae42fc2"`);
    await queryRunner.query(`DROP INDEX "public"."sso_sign_in_org_provider_idx"`);
    await queryRunner.query(`DROP INDEX "public"."sso_sign_in_provider_idx"`);
    await queryRunner.query(`DROP TABLE "sso_sign_in"`);
    await queryRunner.query(`DROP INDEX "public"."sso_identity_org_provider_subject_key"`);
    await queryRunner.query(`DROP INDEX "public"."sso_identity_provider_idx"`);
    await queryRunner.query(`DROP INDEX "public"."sso_identity_user_idx"`);
    await queryRunner.query(`DROP TABLE "sso_identity"`);
    await queryRunner.query(`DROP TABLE "organization_sign_in_settings"`);
    await queryRunner.query(`DROP INDEX "public"."identity_provider_domain_org_provider_idx"`);
    await queryRunner.query(`DROP INDEX "public"."identity_provider_domain_provider_idx"`);
    await queryRunner.query(`DROP TABLE "identity_provider_domain"`);
    await queryRunner.query(`DROP INDEX "public"."identity_provider_org_created_idx"`);
    await queryRunner.query(`DROP TABLE "identity_provider"`);
  }
}
