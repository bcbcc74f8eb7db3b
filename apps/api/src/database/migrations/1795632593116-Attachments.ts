import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Attachments1795632593116 implements MigrationInterface {
  name = 'Attachments1795632593116';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "attachment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "contribution_id" uuid, "uploader_id" uuid NOT NULL, "file_name" character varying(255) NOT NULL, "content_type" character varying(128) NOT NULL, "size" integer NOT NULL, "storage_key" character varying(100) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d2a80c3a8d467f08a750ac4b420" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "attachment_uploader_idx" ON "attachment"  ("uploader_id", "created_at") `);
    await queryRunner.query(
      `CREATE INDEX "attachment_org_contribution_idx" ON "attachment"  ("organization_id", "contribution_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "attachment" ADD CONSTRAINT "FK_3e934c0f510c4a9f71fde71a156" FOREIGN KEY ("contribution_id") REFERENCES "contribution"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "attachment" DROP CONSTRAINT "FK_3e934c0f510c4a9f71fde71a156"`);
    await queryRunner.query(`DROP INDEX "public"."attachment_org_contribution_idx"`);
    await queryRunner.query(`DROP INDEX "public"."attachment_uploader_idx"`);
    await queryRunner.query(`DROP TABLE "attachment"`);
  }
}
