import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LearningCore1795631614642 implements MigrationInterface {
  name = 'LearningCore1795631614642';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "cohort" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "description" text NOT NULL DEFAULT '', "starts_on" date, "ends_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4fb3cca38dc4b461110344e5f9b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "cohort_org_created_idx" ON "cohort"  ("organization_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "team" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "cohort_id" uuid NOT NULL, "name" character varying(60) NOT NULL, CONSTRAINT "PK_f57d8293406df4af348402e4b74" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "team_org_cohort_idx" ON "team"  ("organization_id", "cohort_id") `);
    await queryRunner.query(`CREATE TYPE "public"."cohort_role" AS ENUM('FACILITATOR', 'MEMBER', 'OBSERVER')`);
    await queryRunner.query(
      `CREATE TABLE "cohort_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "cohort_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" "public"."cohort_role" NOT NULL, "team_id" uuid, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d657d5d8d44f0b4d2577f6fd327" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "cohort_member_org_user_idx" ON "cohort_member"  ("organization_id", "user_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "cohort_member_cohort_user_key" ON "cohort_member"  ("cohort_id", "user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "feedback_protocol" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid, "name" character varying(100) NOT NULL, "description" text NOT NULL DEFAULT '', "sections" jsonb NOT NULL, "rubric" jsonb NOT NULL DEFAULT '[]', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6d64f013094555cc93face2bf87" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "feedback_protocol_org_idx" ON "feedback_protocol"  ("organization_id") `);
    await queryRunner.query(
      `CREATE TYPE "public"."contribution_kind" AS ENUM('IDEA', 'EVIDENCE', 'SOLUTION', 'QUESTION', 'REFLECTION', 'UPDATE')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."reveal_rule" AS ENUM('OPEN', 'POST_FIRST', 'AT_TIME', 'FACILITATORS_ONLY')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."anonymity" AS ENUM('NONE', 'TO_PEERS')`);
    await queryRunner.query(`CREATE TYPE "public"."review_mode" AS ENUM('NONE', 'EVERYONE_SEES_ALL', 'ASSIGNED')`);
    await queryRunner.query(`CREATE TYPE "public"."review_grouping" AS ENUM('ANY', 'WITHIN_TEAM', 'ACROSS_TEAMS')`);
    await queryRunner.query(
      `CREATE TABLE "prompt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "cohort_id" uuid NOT NULL, "title" character varying(160) NOT NULL, "instructions" text NOT NULL DEFAULT '', "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE, "closes_at" TIMESTAMP WITH TIME ZONE, "accepted_kinds" "public"."contribution_kind" array NOT NULL, "reveal_rule" "public"."reveal_rule" NOT NULL, "reveal_at" TIMESTAMP WITH TIME ZONE, "anonymity" "public"."anonymity" NOT NULL, "protocol_id" uuid, "review_mode" "public"."review_mode" NOT NULL, "reviews_per_contribution" smallint NOT NULL DEFAULT '0', "review_grouping" "public"."review_grouping" NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d8e3aa07a95560a445ad50fb931" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "prompt_org_cohort_opens_idx" ON "prompt"  ("organization_id", "cohort_id", "opens_at") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."contribution_status" AS ENUM('DRAFT', 'PUBLISHED')`);
    await queryRunner.query(
      `CREATE TABLE "contribution" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "cohort_id" uuid NOT NULL, "prompt_id" uuid NOT NULL, "author_id" uuid NOT NULL, "kind" "public"."contribution_kind" NOT NULL, "body" text NOT NULL DEFAULT '', "links" jsonb NOT NULL DEFAULT '[]', "status" "public"."contribution_status" NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "spotlighted_at" TIMESTAMP WITH TIME ZONE, "deleted_at" TIMESTAMP WITH TIME ZONE, "deleted_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_878330fa5bb34475732a5883d58" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "contribution_prompt_author_idx" ON "contribution"  ("prompt_id", "author_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "contribution_org_cohort_published_idx" ON "contribution"  ("organization_id", "cohort_id", "published_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "contribution_org_prompt_published_idx" ON "contribution"  ("organization_id", "prompt_id", "published_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "contribution_id" uuid NOT NULL, "feedback_id" uuid, "parent_id" uuid, "author_id" uuid NOT NULL, "body" text NOT NULL, "mentioned_user_ids" uuid array NOT NULL DEFAULT '{}', "deleted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0b0e4bbc8415ec426f87f3a88e2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "comment_org_contribution_idx" ON "comment"  ("organization_id", "contribution_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "contribution_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "contribution_id" uuid NOT NULL, "version" integer NOT NULL, "kind" "public"."contribution_kind" NOT NULL, "body" text NOT NULL, "links" jsonb NOT NULL DEFAULT '[]', "edited_by_id" uuid NOT NULL, "answers_feedback_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_98e1d24fe432cc47b23565a4f5c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "contribution_revision_contribution_idx" ON "contribution_revision"  ("contribution_id", "version") `,
    );
    await queryRunner.query(
      `CREATE TABLE "feedback" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "prompt_id" uuid NOT NULL, "contribution_id" uuid NOT NULL, "author_id" uuid NOT NULL, "answers" jsonb NOT NULL, "rubric" jsonb NOT NULL DEFAULT '{}', "helpful_at" TIMESTAMP WITH TIME ZONE, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8389f9e087a57689cd5be8b2b13" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "feedback_contribution_author_key" ON "feedback"  ("contribution_id", "author_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "feedback_org_contribution_idx" ON "feedback"  ("organization_id", "contribution_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "review_assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "prompt_id" uuid NOT NULL, "contribution_id" uuid NOT NULL, "reviewer_id" uuid NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE, "completed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_86c7b2c46cd7a61d3fd26e3ef80" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "review_assignment_prompt_idx" ON "review_assignment"  ("prompt_id") `);
    await queryRunner.query(
      `CREATE INDEX "review_assignment_org_reviewer_idx" ON "review_assignment"  ("organization_id", "reviewer_id", "completed_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "review_assignment_contribution_reviewer_key" ON "review_assignment"  ("contribution_id", "reviewer_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort" ADD CONSTRAINT "FK_5ca6421ccc137ddb4b51b615e77" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team" ADD CONSTRAINT "FK_ab360e86aac4c57120ccf6ead65" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_member" ADD CONSTRAINT "FK_de0063c169e19702b1391a8dc8c" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_member" ADD CONSTRAINT "FK_557bb2b5a9799b2fe40a6793bf2" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_member" ADD CONSTRAINT "FK_396fb27b272546417192aa4ef79" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "feedback_protocol" ADD CONSTRAINT "FK_deed624a637f15853efc82031c7" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "prompt" ADD CONSTRAINT "FK_4f7d1bc95c758bf220942c2b08e" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "prompt" ADD CONSTRAINT "FK_03d8da32d85fc87dcbb5afdc685" FOREIGN KEY ("protocol_id") REFERENCES "feedback_protocol"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "prompt" ADD CONSTRAINT "FK_a2bd03bc47cd590db918d0d819d" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contribution" ADD CONSTRAINT "FK_4315c4f03670f9cc9c4cb100028" FOREIGN KEY ("prompt_id") REFERENCES "prompt"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contribution" ADD CONSTRAINT "FK_2bc9db5593a07308751d4d0a944" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment" ADD CONSTRAINT "FK_a8e0ab4ce76a8c30430d718bd73" FOREIGN KEY ("contribution_id") REFERENCES "contribution"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment" ADD CONSTRAINT "FK_3ce66469b26697baa097f8da923" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contribution_revision" ADD CONSTRAINT "FK_d32446827f2888c492e6f732212" FOREIGN KEY ("contribution_id") REFERENCES "contribution"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "feedback" ADD CONSTRAINT "FK_a799c1a5b983853c46b39ccd0fa" FOREIGN KEY ("contribution_id") REFERENCES "contribution"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "feedback" ADD CONSTRAINT "FK_eca17e1628324c09ec8217b9635" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_assignment" ADD CONSTRAINT "FK_d5a88e9042f0cc14f4ac5ee9f94" FOREIGN KEY ("contribution_id") REFERENCES "contribution"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "review_assignment" DROP CONSTRAINT "FK_d5a88e9042f0cc14f4ac5ee9f94"`);
    await queryRunner.query(`ALTER TABLE "feedback" DROP CONSTRAINT "FK_eca17e1628324c09ec8217b9635"`);
    await queryRunner.query(`ALTER TABLE "feedback" DROP CONSTRAINT "FK_a799c1a5b983853c46b39ccd0fa"`);
    await queryRunner.query(`ALTER TABLE "contribution_revision" DROP CONSTRAINT "FK_d32446827f2888c492e6f732212"`);
    await queryRunner.query(`ALTER TABLE "comment" DROP CONSTRAINT "FK_3ce66469b26697baa097f8da923"`);
    await queryRunner.query(`ALTER TABLE "comment" DROP CONSTRAINT "FK_a8e0ab4ce76a8c30430d718bd73"`);
    await queryRunner.query(`ALTER TABLE "contribution" DROP CONSTRAINT "FK_2bc9db5593a07308751d4d0a944"`);
    await queryRunner.query(`ALTER TABLE "contribution" DROP CONSTRAINT "FK_4315c4f03670f9cc9c4cb100028"`);
    await queryRunner.query(`ALTER TABLE "prompt" DROP CONSTRAINT "FK_a2bd03bc47cd590db918d0d819d"`);
    await queryRunner.query(`ALTER TABLE "prompt" DROP CONSTRAINT "FK_03d8da32d85fc87dcbb5afdc685"`);
    await queryRunner.query(`ALTER TABLE "prompt" DROP CONSTRAINT "FK_4f7d1bc95c758bf220942c2b08e"`);
    await queryRunner.query(`ALTER TABLE "feedback_protocol" DROP CONSTRAINT "FK_deed624a637f15853efc82031c7"`);
    await queryRunner.query(`ALTER TABLE "cohort_member" DROP CONSTRAINT "FK_396fb27b272546417192aa4ef79"`);
    await queryRunner.query(`ALTER TABLE "cohort_member" DROP CONSTRAINT "FK_557bb2b5a9799b2fe40a6793bf2"`);
    await queryRunner.query(`ALTER TABLE "cohort_member" DROP CONSTRAINT "FK_de0063c169e19702b1391a8dc8c"`);
    await queryRunner.query(`ALTER TABLE "team" DROP CONSTRAINT "FK_ab360e86aac4c57120ccf6ead65"`);
    await queryRunner.query(`ALTER TABLE "cohort" DROP CONSTRAINT "FK_5ca6421ccc137ddb4b51b615e77"`);
    await queryRunner.query(`DROP INDEX "public"."review_assignment_contribution_reviewer_key"`);
    await queryRunner.query(`DROP INDEX "public"."review_assignment_org_reviewer_idx"`);
    await queryRunner.query(`DROP INDEX "public"."review_assignment_prompt_idx"`);
    await queryRunner.query(`DROP TABLE "review_assignment"`);
    await queryRunner.query(`DROP INDEX "public"."feedback_org_contribution_idx"`);
    await queryRunner.query(`DROP INDEX "public"."feedback_contribution_author_key"`);
    await queryRunner.query(`DROP TABLE "feedback"`);
    await queryRunner.query(`DROP INDEX "public"."contribution_revision_contribution_idx"`);
    await queryRunner.query(`DROP TABLE "contribution_revision"`);
    await queryRunner.query(`DROP INDEX "public"."comment_org_contribution_idx"`);
    await queryRunner.query(`DROP TABLE "comment"`);
    await queryRunner.query(`DROP INDEX "public"."contribution_org_prompt_published_idx"`);
    await queryRunner.query(`DROP INDEX "public"."contribution_org_cohort_published_idx"`);
    await queryRunner.query(`DROP INDEX "public"."contribution_prompt_author_idx"`);
    await queryRunner.query(`DROP TABLE "contribution"`);
    await queryRunner.query(`DROP TYPE "public"."contribution_status"`);
    await queryRunner.query(`DROP INDEX "public"."prompt_org_cohort_opens_idx"`);
    await queryRunner.query(`DROP TABLE "prompt"`);
    await queryRunner.query(`DROP TYPE "public"."review_grouping"`);
    await queryRunner.query(`DROP TYPE "public"."review_mode"`);
    await queryRunner.query(`DROP TYPE "public"."anonymity"`);
    await queryRunner.query(`DROP TYPE "public"."reveal_rule"`);
    await queryRunner.query(`DROP TYPE "public"."contribution_kind"`);
    await queryRunner.query(`DROP INDEX "public"."feedback_protocol_org_idx"`);
    await queryRunner.query(`DROP TABLE "feedback_protocol"`);
    await queryRunner.query(`DROP INDEX "public"."cohort_member_cohort_user_key"`);
    await queryRunner.query(`DROP INDEX "public"."cohort_member_org_user_idx"`);
    await queryRunner.query(`DROP TABLE "cohort_member"`);
    await queryRunner.query(`DROP TYPE "public"."cohort_role"`);
    await queryRunner.query(`DROP INDEX "public"."team_org_cohort_idx"`);
    await queryRunner.query(`DROP TABLE "team"`);
    await queryRunner.query(`DROP INDEX "public"."cohort_org_created_idx"`);
    await queryRunner.query(`DROP TABLE "cohort"`);
  }
}
