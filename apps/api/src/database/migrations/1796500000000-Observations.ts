import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Observations1796500000000 implements MigrationInterface {
  name = 'Observations1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."observation_kind" AS ENUM('WALKTHROUGH', 'PEER_VISIT')`);
    await queryRunner.query(`CREATE TABLE "observation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "framework_id" uuid NOT NULL, "framework_version_id" uuid NOT NULL, "observed_id" uuid NOT NULL, "observer_id" uuid, "kind" "public"."observation_kind" NOT NULL, "observed_on" date NOT NULL, "note" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_77a736edc631a400b788ce302cb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "observation_observer_idx" ON "observation"  ("observer_id") `);
    await queryRunner.query(`CREATE INDEX "observation_observed_idx" ON "observation"  ("observed_id") `);
    await queryRunner.query(`CREATE INDEX "observation_version_idx" ON "observation"  ("framework_version_id") `);
    await queryRunner.query(`CREATE INDEX "observation_framework_observed_on_idx" ON "observation"  ("framework_id", "observed_on") `);
    await queryRunner.query(`CREATE INDEX "observation_org_observer_created_idx" ON "observation"  ("organization_id", "observer_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "observation_org_observed_created_idx" ON "observation"  ("organization_id", "observed_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "observation_rating" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "observation_id" uuid NOT NULL, "practice_key" character varying(64) NOT NULL, "level" integer NOT NULL, CONSTRAINT "PK_6a83da164be0d51f2da3aa40feb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "observation_rating_org_practice_idx" ON "observation_rating"  ("organization_id", "practice_key") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "observation_rating_observation_practice_key" ON "observation_rating"  ("observation_id", "practice_key") `);
    await queryRunner.query(`ALTER TABLE "observation" ADD CONSTRAINT "FK_e99d41b938f8cb54b542dbb5021" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "observation" ADD CONSTRAINT "FK_0e29a07ad8fbb1c2c02ee0a082e" FOREIGN KEY ("framework_id") REFERENCES "framework"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "observation" ADD CONSTRAINT "FK_a04340b537b35be37b805e1cca7" FOREIGN KEY ("framework_version_id") REFERENCES "framework_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "observation" ADD CONSTRAINT "FK_ad901987ccc76939ad7d001975c" FOREIGN KEY ("observed_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "observation" ADD CONSTRAINT "FK_caefefbedeedb2617ca896aea10" FOREIGN KEY ("observer_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "observation_rating" ADD CONSTRAINT "FK_2caf5cf562bd664b0bdb829b128" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "observation_rating" ADD CONSTRAINT "FK_d422de15ddb6690feb6002877df" FOREIGN KEY ("observation_id") REFERENCES "observation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "observation_rating" DROP CONSTRAINT "FK_d422de15ddb6690feb6002877df"`);
    await queryRunner.query(`ALTER TABLE "observation_rating" DROP CONSTRAINT "FK_2caf5cf562bd664b0bdb829b128"`);
    await queryRunner.query(`ALTER TABLE "observation" DROP CONSTRAINT "FK_caefefbedeedb2617ca896aea10"`);
    await queryRunner.query(`ALTER TABLE "observation" DROP CONSTRAINT "FK_ad901987ccc76939ad7d001975c"`);
    await queryRunner.query(`ALTER TABLE "observation" DROP CONSTRAINT "FK_a04340b537b35be37b805e1cca7"`);
    await queryRunner.query(`ALTER TABLE "observation" DROP CONSTRAINT "FK_0e29a07ad8fbb1c2c02ee0a082e"`);
    await queryRunner.query(`ALTER TABLE "observation" DROP CONSTRAINT "FK_e99d41b938f8cb54b542dbb5021"`);
    await queryRunner.query(`DROP INDEX "public"."observation_rating_observation_practice_key"`);
    await queryRunner.query(`DROP INDEX "public"."observation_rating_org_practice_idx"`);
    await queryRunner.query(`DROP TABLE "observation_rating"`);
    await queryRunner.query(`DROP INDEX "public"."observation_org_observed_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."observation_org_observer_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."observation_framework_observed_on_idx"`);
    await queryRunner.query(`DROP INDEX "public"."observation_version_idx"`);
    await queryRunner.query(`DROP INDEX "public"."observation_observed_idx"`);
    await queryRunner.query(`DROP INDEX "public"."observation_observer_idx"`);
    await queryRunner.query(`DROP TABLE "observation"`);
    await queryRunner.query(`DROP TYPE "public"."observation_kind"`);
  }
}
