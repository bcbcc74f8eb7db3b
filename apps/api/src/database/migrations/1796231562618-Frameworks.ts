import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Frameworks1796231562618 implements MigrationInterface {
  name = 'Frameworks1796231562618';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "framework" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "current_version" integer NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_413064c9a2fb226f0d933712883" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "framework_created_by_idx" ON "framework"  ("created_by_id") `);
    await queryRunner.query(`CREATE INDEX "framework_org_created_idx" ON "framework"  ("organization_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "framework_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "framework_id" uuid NOT NULL, "number" integer NOT NULL, "title" character varying(120) NOT NULL, "description" text NOT NULL DEFAULT '', "level_names" jsonb NOT NULL, "domains" jsonb NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2688dee70c7ba768c999e4b23be" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "framework_version_created_by_idx" ON "framework_version"  ("created_by_id") `);
    await queryRunner.query(`CREATE INDEX "framework_version_org_idx" ON "framework_version"  ("organization_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "framework_version_framework_number_key" ON "framework_version"  ("framework_id", "number") `);
    await queryRunner.query(`ALTER TABLE "framework" ADD CONSTRAINT "FK_4091ee777f7329fcc9e7e65f9bc" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "framework" ADD CONSTRAINT "FK_f3fd6bcf5035e71695544d2d161" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "framework_version" ADD CONSTRAINT "FK_dca5c8f6c10a48c8250fe6bc30e" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "framework_version" ADD CONSTRAINT "FK_c2cb554a94284b99b8762614443" FOREIGN KEY ("framework_id") REFERENCES "framework"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "framework_version" ADD CONSTRAINT "FK_ec87a62e32eb420e8b25ed3c0f7" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "framework_version" DROP CONSTRAINT "FK_ec87a62e32eb420e8b25ed3c0f7"`);
    await queryRunner.query(`ALTER TABLE "framework_version" DROP CONSTRAINT "FK_c2cb554a94284b99b8762614443"`);
    await queryRunner.query(`ALTER TABLE "framework_version" DROP CONSTRAINT "FK_dca5c8f6c10a48c8250fe6bc30e"`);
    await queryRunner.query(`ALTER TABLE "framework" DROP CONSTRAINT "FK_f3fd6bcf5035e71695544d2d161"`);
    await queryRunner.query(`ALTER TABLE "framework" DROP CONSTRAINT "FK_4091ee777f7329fcc9e7e65f9bc"`);
    await queryRunner.query(`DROP INDEX "public"."framework_version_framework_number_key"`);
    await queryRunner.query(`DROP INDEX "public"."framework_version_org_idx"`);
    await queryRunner.query(`DROP INDEX "public"."framework_version_created_by_idx"`);
    await queryRunner.query(`DROP TABLE "framework_version"`);
    await queryRunner.query(`DROP INDEX "public"."framework_org_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."framework_created_by_idx"`);
    await queryRunner.query(`DROP TABLE "framework"`);
  }
}
