import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProgramTemplates1796199319079 implements MigrationInterface {
  name = 'ProgramTemplates1796199319079';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "program_template" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "title" character varying(120) NOT NULL, "latest_version" integer NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_52ea8bf06dd1cb2c4c597e40f85" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "program_template_created_by_idx" ON "program_template"  ("created_by_id") `);
    await queryRunner.query(`CREATE INDEX "program_template_org_updated_idx" ON "program_template"  ("organization_id", "updated_at") `);
    await queryRunner.query(`CREATE TABLE "program_template_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "template_id" uuid NOT NULL, "version" integer NOT NULL, "title" character varying(120) NOT NULL, "description" text NOT NULL DEFAULT '', "body" jsonb NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9bc5f084a7904736d8082211911" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "program_template_version_created_by_idx" ON "program_template_version"  ("created_by_id") `);
    await queryRunner.query(`CREATE INDEX "program_template_version_template_idx" ON "program_template_version"  ("template_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "program_template_version_key" ON "program_template_version"  ("organization_id", "template_id", "version") `);
    await queryRunner.query(`CREATE TABLE "program_launch" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "cohort_id" uuid NOT NULL, "template_version_id" uuid NOT NULL, "start_date" date NOT NULL, "time_zone" character varying(64) NOT NULL, "skip_dates" date array NOT NULL DEFAULT '{}', "launched_by_id" uuid NOT NULL, "launched_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_444fe60c6ff959cbeb8a27a02e5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "program_launch_launched_by_idx" ON "program_launch"  ("launched_by_id") `);
    await queryRunner.query(`CREATE INDEX "program_launch_version_idx" ON "program_launch"  ("template_version_id") `);
    await queryRunner.query(`CREATE INDEX "program_launch_cohort_idx" ON "program_launch"  ("cohort_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "program_launch_cohort_key" ON "program_launch"  ("organization_id", "cohort_id") `);
    await queryRunner.query(`ALTER TABLE "program_template" ADD CONSTRAINT "FK_4eaaedd776244238dd26be23a95" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "program_template" ADD CONSTRAINT "FK_09f35b76eb2e58bb49abadbfc3c" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "program_template_version" ADD CONSTRAINT "FK_86f31c0e144dbbca6e52cb1281a" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "program_template_version" ADD CONSTRAINT "FK_648eb9e05e352b3ecad6c7c255f" FOREIGN KEY ("template_id") REFERENCES "program_template"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "program_template_version" ADD CONSTRAINT "FK_817405ef301fc3f5442e21d95ad" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "program_launch" ADD CONSTRAINT "FK_a19c93fe29d073d16a8121a497f" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "program_launch" ADD CONSTRAINT "FK_05f1cbda06dc75fb04600993f8a" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "program_launch" ADD CONSTRAINT "FK_83a09ba009a87ca733cd4cf56d6" FOREIGN KEY ("template_version_id") REFERENCES "program_template_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "program_launch" ADD CONSTRAINT "FK_15a69d8a3d51d29b23817de958e" FOREIGN KEY ("launched_by_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "program_launch" DROP CONSTRAINT "FK_15a69d8a3d51d29b23817de958e"`);
    await queryRunner.query(`ALTER TABLE "program_launch" DROP CONSTRAINT "FK_83a09ba009a87ca733cd4cf56d6"`);
    await queryRunner.query(`ALTER TABLE "program_launch" DROP CONSTRAINT "FK_05f1cbda06dc75fb04600993f8a"`);
    await queryRunner.query(`ALTER TABLE "program_launch" DROP CONSTRAINT "FK_a19c93fe29d073d16a8121a497f"`);
    await queryRunner.query(`ALTER TABLE "program_template_version" DROP CONSTRAINT "FK_817405ef301fc3f5442e21d95ad"`);
    await queryRunner.query(`ALTER TABLE "program_template_version" DROP CONSTRAINT "FK_648eb9e05e352b3ecad6c7c255f"`);
    await queryRunner.query(`ALTER TABLE "program_template_version" DROP CONSTRAINT "FK_86f31c0e144dbbca6e52cb1281a"`);
    await queryRunner.query(`ALTER TABLE "program_template" DROP CONSTRAINT "FK_09f35b76eb2e58bb49abadbfc3c"`);
    await queryRunner.query(`ALTER TABLE "program_template" DROP CONSTRAINT "FK_4eaaedd776244238dd26be23a95"`);
    await queryRunner.query(`DROP INDEX "public"."program_launch_cohort_key"`);
    await queryRunner.query(`DROP INDEX "public"."program_launch_cohort_idx"`);
    await queryRunner.query(`DROP INDEX "public"."program_launch_version_idx"`);
    await queryRunner.query(`DROP INDEX "public"."program_launch_launched_by_idx"`);
    await queryRunner.query(`DROP TABLE "program_launch"`);
    await queryRunner.query(`DROP INDEX "public"."program_template_version_key"`);
    await queryRunner.query(`DROP INDEX "public"."program_template_version_template_idx"`);
    await queryRunner.query(`DROP INDEX "public"."program_template_version_created_by_idx"`);
    await queryRunner.query(`DROP TABLE "program_template_version"`);
    await queryRunner.query(`DROP INDEX "public"."program_template_org_updated_idx"`);
    await queryRunner.query(`DROP INDEX "public"."program_template_created_by_idx"`);
    await queryRunner.query(`DROP TABLE "program_template"`);
  }
}
