import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InquiryCycles1796400000000 implements MigrationInterface {
  name = 'InquiryCycles1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "inquiry_cycle" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "cohort_id" uuid NOT NULL, "team_id" uuid, "goal_item_id" uuid, "question" character varying(300) NOT NULL, "stage" character varying(20) NOT NULL DEFAULT 'QUESTION', "question_on" date, "plan_on" date, "act_on" date, "evidence_on" date, "reflect_on" date, "showcase_on" date, "tried" text NOT NULL DEFAULT '', "learned" text NOT NULL DEFAULT '', "protocol_id" uuid, "showcased_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cbe62d6d0791791981cd86bbfcb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "inquiry_cycle_created_by_idx" ON "inquiry_cycle"  ("created_by_id") `);
    await queryRunner.query(`CREATE INDEX "inquiry_cycle_protocol_idx" ON "inquiry_cycle"  ("protocol_id") `);
    await queryRunner.query(`CREATE INDEX "inquiry_cycle_goal_idx" ON "inquiry_cycle"  ("goal_item_id") `);
    await queryRunner.query(`CREATE INDEX "inquiry_cycle_team_idx" ON "inquiry_cycle"  ("team_id") `);
    await queryRunner.query(`CREATE INDEX "inquiry_cycle_cohort_idx" ON "inquiry_cycle"  ("cohort_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "inquiry_cycle_org_showcased_idx" ON "inquiry_cycle"  ("organization_id", "showcased_at") `);
    await queryRunner.query(`CREATE TABLE "inquiry_evidence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "cycle_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "contribution_id" uuid, "url" character varying(2000), "note" text NOT NULL DEFAULT '', "author_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fbcb8f384e97206e118ff9ce713" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "inquiry_evidence_org_idx" ON "inquiry_evidence"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "inquiry_evidence_author_idx" ON "inquiry_evidence"  ("author_id") `);
    await queryRunner.query(`CREATE INDEX "inquiry_evidence_contribution_idx" ON "inquiry_evidence"  ("contribution_id") `);
    await queryRunner.query(`CREATE INDEX "inquiry_evidence_cycle_idx" ON "inquiry_evidence"  ("cycle_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "inquiry_stage_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "cycle_id" uuid NOT NULL, "stage" character varying(20) NOT NULL, "prompt_id" uuid, "huddle_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "inquiry_stage_link_one_subject" CHECK ((prompt_id IS NULL) <> (huddle_id IS NULL)), CONSTRAINT "PK_656250c10d80e6e8fccc21bbb2b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "inquiry_stage_link_org_idx" ON "inquiry_stage_link"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "inquiry_stage_link_huddle_idx" ON "inquiry_stage_link"  ("huddle_id") `);
    await queryRunner.query(`CREATE INDEX "inquiry_stage_link_prompt_idx" ON "inquiry_stage_link"  ("prompt_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "inquiry_stage_link_huddle_key" ON "inquiry_stage_link"  ("cycle_id", "huddle_id") WHERE huddle_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "inquiry_stage_link_prompt_key" ON "inquiry_stage_link"  ("cycle_id", "prompt_id") WHERE prompt_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "inquiry_stage_link_cycle_idx" ON "inquiry_stage_link"  ("cycle_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "showcase_comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "cycle_id" uuid NOT NULL, "author_id" uuid, "answers" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c219a4a5a05b84f5eecf5e6c767" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "showcase_comment_org_idx" ON "showcase_comment"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "showcase_comment_author_idx" ON "showcase_comment"  ("author_id") `);
    await queryRunner.query(`CREATE INDEX "showcase_comment_cycle_idx" ON "showcase_comment"  ("cycle_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "inquiry_cycle" ADD CONSTRAINT "FK_b1ba6ed5331933e9906e3532a9f" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "inquiry_cycle" ADD CONSTRAINT "FK_519b47ca62f007ab2c644f9d14c" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "inquiry_cycle" ADD CONSTRAINT "FK_6f00ea920948662f1b9b289e9d9" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "inquiry_cycle" ADD CONSTRAINT "FK_f2f4729d5e44a2546789d095dfd" FOREIGN KEY ("goal_item_id") REFERENCES "plan_item"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "inquiry_cycle" ADD CONSTRAINT "FK_e2a3f18547142eada0f412bb8b4" FOREIGN KEY ("protocol_id") REFERENCES "feedback_protocol"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "inquiry_cycle" ADD CONSTRAINT "FK_0aa0f78670235d795c2805a16bf" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "inquiry_evidence" ADD CONSTRAINT "FK_871be7b2ea80f460778ed16404a" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "inquiry_evidence" ADD CONSTRAINT "FK_11b6ba94e4943e27bd042ddcc9c" FOREIGN KEY ("cycle_id") REFERENCES "inquiry_cycle"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "inquiry_evidence" ADD CONSTRAINT "FK_9997b64a5beb1232874fa6d4e80" FOREIGN KEY ("contribution_id") REFERENCES "contribution"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "inquiry_evidence" ADD CONSTRAINT "FK_8daefff28fa0c52e5b75a0fdce1" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "inquiry_stage_link" ADD CONSTRAINT "FK_a8c0cee53a02ca66196c00a9f92" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "inquiry_stage_link" ADD CONSTRAINT "FK_20884c305f969b286758b3ba830" FOREIGN KEY ("cycle_id") REFERENCES "inquiry_cycle"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "inquiry_stage_link" ADD CONSTRAINT "FK_aadfe57c7b696b4925b89043018" FOREIGN KEY ("prompt_id") REFERENCES "prompt"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "inquiry_stage_link" ADD CONSTRAINT "FK_3818d6d7b4aaf474f16366291a8" FOREIGN KEY ("huddle_id") REFERENCES "huddle"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "showcase_comment" ADD CONSTRAINT "FK_3f112e621407a9f7b47c42c34d3" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "showcase_comment" ADD CONSTRAINT "FK_138ee9a714dabbbf385dd843c71" FOREIGN KEY ("cycle_id") REFERENCES "inquiry_cycle"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "showcase_comment" ADD CONSTRAINT "FK_67c20be41f4cbe8f6d9a61fc938" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "showcase_comment" DROP CONSTRAINT "FK_67c20be41f4cbe8f6d9a61fc938"`);
    await queryRunner.query(`ALTER TABLE "showcase_comment" DROP CONSTRAINT "FK_138ee9a714dabbbf385dd843c71"`);
    await queryRunner.query(`ALTER TABLE "showcase_comment" DROP CONSTRAINT "FK_3f112e621407a9f7b47c42c34d3"`);
    await queryRunner.query(`ALTER TABLE "inquiry_stage_link" DROP CONSTRAINT "FK_3818d6d7b4aaf474f16366291a8"`);
    await queryRunner.query(`ALTER TABLE "inquiry_stage_link" DROP CONSTRAINT "FK_aadfe57c7b696b4925b89043018"`);
    await queryRunner.query(`ALTER TABLE "inquiry_stage_link" DROP CONSTRAINT "FK_20884c305f969b286758b3ba830"`);
    await queryRunner.query(`ALTER TABLE "inquiry_stage_link" DROP CONSTRAINT "FK_a8c0cee53a02ca66196c00a9f92"`);
    await queryRunner.query(`ALTER TABLE "inquiry_evidence" DROP CONSTRAINT "FK_8daefff28fa0c52e5b75a0fdce1"`);
    await queryRunner.query(`ALTER TABLE "inquiry_evidence" DROP CONSTRAINT "FK_9997b64a5beb1232874fa6d4e80"`);
    await queryRunner.query(`ALTER TABLE "inquiry_evidence" DROP CONSTRAINT "FK_11b6ba94e4943e27bd042ddcc9c"`);
    await queryRunner.query(`ALTER TABLE "inquiry_evidence" DROP CONSTRAINT "FK_871be7b2ea80f460778ed16404a"`);
    await queryRunner.query(`ALTER TABLE "inquiry_cycle" DROP CONSTRAINT "FK_0aa0f78670235d795c2805a16bf"`);
    await queryRunner.query(`ALTER TABLE "inquiry_cycle" DROP CONSTRAINT "FK_e2a3f18547142eada0f412bb8b4"`);
    await queryRunner.query(`ALTER TABLE "inquiry_cycle" DROP CONSTRAINT "FK_f2f4729d5e44a2546789d095dfd"`);
    await queryRunner.query(`ALTER TABLE "inquiry_cycle" DROP CONSTRAINT "FK_6f00ea920948662f1b9b289e9d9"`);
    await queryRunner.query(`ALTER TABLE "inquiry_cycle" DROP CONSTRAINT "FK_519b47ca62f007ab2c644f9d14c"`);
    await queryRunner.query(`ALTER TABLE "inquiry_cycle" DROP CONSTRAINT "FK_b1ba6ed5331933e9906e3532a9f"`);
    await queryRunner.query(`DROP INDEX "public"."showcase_comment_cycle_idx"`);
    await queryRunner.query(`DROP INDEX "public"."showcase_comment_author_idx"`);
    await queryRunner.query(`DROP INDEX "public"."showcase_comment_org_idx"`);
    await queryRunner.query(`DROP TABLE "showcase_comment"`);
    await queryRunner.query(`DROP INDEX "public"."inquiry_stage_link_cycle_idx"`);
    await queryRunner.query(`DROP INDEX "public"."inquiry_stage_link_prompt_key"`);
    await queryRunner.query(`DROP INDEX "public"."inquiry_stage_link_huddle_key"`);
    await queryRunner.query(`DROP INDEX "public"."inquiry_stage_link_prompt_idx"`);
    await queryRunner.query(`DROP INDEX "public"."inquiry_stage_link_huddle_idx"`);
    await queryRunner.query(`DROP INDEX "public"."inquiry_stage_link_org_idx"`);
    await queryRunner.query(`DROP TABLE "inquiry_stage_link"`);
    await queryRunner.query(`DROP INDEX "public"."inquiry_evidence_cycle_idx"`);
    await queryRunner.query(`DROP INDEX "public"."inquiry_evidence_contribution_idx"`);
    await queryRunner.query(`DROP INDEX "public"."inquiry_evidence_author_idx"`);
    await queryRunner.query(`DROP INDEX "public"."inquiry_evidence_org_idx"`);
    await queryRunner.query(`DROP TABLE "inquiry_evidence"`);
    await queryRunner.query(`DROP INDEX "public"."inquiry_cycle_org_showcased_idx"`);
    await queryRunner.query(`DROP INDEX "public"."inquiry_cycle_cohort_idx"`);
    await queryRunner.query(`DROP INDEX "public"."inquiry_cycle_team_idx"`);
    await queryRunner.query(`DROP INDEX "public"."inquiry_cycle_goal_idx"`);
    await queryRunner.query(`DROP INDEX "public"."inquiry_cycle_protocol_idx"`);
    await queryRunner.query(`DROP INDEX "public"."inquiry_cycle_created_by_idx"`);
    await queryRunner.query(`DROP TABLE "inquiry_cycle"`);
  }
}
