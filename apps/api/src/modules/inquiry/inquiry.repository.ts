import { Injectable } from '@nestjs/common';
import { PlanItemKind } from '@openhuddle/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { CURSOR_TIMESTAMP_SQL, type KeysetCursor } from '../../common/pagination/keyset-cursor';
import { VISIBLE_CONTRIBUTION_SQL } from '../contribution/contribution.visibility';
import { InquiryCycleEntity } from './inquiry-cycle.entity';
import { InquiryEvidenceEntity } from './inquiry-evidence.entity';
import { InquiryStageLinkEntity } from './inquiry-stage-link.entity';
import type { CycleRow, EvidenceRow, ShowcaseCommentRow, StageLinkRow } from './inquiry.rows';
import { ShowcaseCommentEntity } from './showcase-comment.entity';

export type CycleFields = Pick<
  InquiryCycleEntity,
  'question' | 'goalItemId' | 'questionOn' | 'planOn' | 'actOn' | 'evidenceOn' | 'reflectOn' | 'showcaseOn'
>;
type NewRow<T> = Omit<
  T,
  'id' | 'createdAt' | 'organization' | 'cycle' | 'author' | 'contribution' | 'prompt' | 'huddle'
>;

/** Evidence `e` the viewer `$viewer` may see: any but contribution evidence, which follows the reveal rules. */
const visibleEvidence = (viewerParam: string) =>
  `(e.contribution_id IS NULL OR EXISTS (SELECT 1 FROM contribution c JOIN prompt p ON p.id = c.prompt_id
     WHERE c.id = e.contribution_id AND ${VISIBLE_CONTRIBUTION_SQL.replaceAll(':viewerId', viewerParam)}))`;

const AUTHOR = `u.id AS "authorId", u.display_name AS "authorName", u.avatar_url AS "authorAvatarUrl",
  u.time_zone AS "authorTimeZone"`;

/** A cycle as lists show it, with what the viewer (`$viewer`) may count of its evidence. */
const cycleColumns = (viewerParam: string) => `ic.id, ic.cohort_id AS "cohortId", co.name AS "cohortName",
  t.name AS "teamName", ic.question, g.id AS "goalId", g.title AS "goalTitle", ic.stage,
  ic.question_on::text AS "questionOn", ic.plan_on::text AS "planOn", ic.act_on::text AS "actOn",
  ic.evidence_on::text AS "evidenceOn", ic.reflect_on::text AS "reflectOn", ic.showcase_on::text AS "showcaseOn",
  ic.showcased_at AS "showcasedAt", ${CURSOR_TIMESTAMP_SQL('ic.showcased_at')} AS "cursorAt",
  (SELECT count(*)::int FROM inquiry_evidence e WHERE e.cycle_id = ic.id AND ${visibleEvidence(viewerParam)}) AS "evidenceCount",
  (SELECT count(*)::int FROM showcase_comment sc WHERE sc.cycle_id = ic.id) AS "commentCount"`;
const CYCLE_FROM = `inquiry_cycle ic JOIN cohort co ON co.id = ic.cohort_id
  LEFT JOIN team t ON t.id = ic.team_id LEFT JOIN plan_item g ON g.id = ic.goal_item_id`;

/** The only code of the inquiry module that writes SQL. */
@Injectable()
export class InquiryRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  findCycle(organizationId: string, cycleId: string, em?: EntityManager): Promise<InquiryCycleEntity | null> {
    return (em ?? this.dataSource.manager).findOneBy(InquiryCycleEntity, { id: cycleId, organizationId });
  }

  lockCycle(em: EntityManager, organizationId: string, cycleId: string): Promise<InquiryCycleEntity | null> {
    return em.findOne(InquiryCycleEntity, {
      where: { id: cycleId, organizationId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  insertCycle(
    em: EntityManager,
    values: Omit<
      NewRow<InquiryCycleEntity>,
      | 'updatedAt'
      | 'showcasedAt'
      | 'stage'
      | 'tried'
      | 'learned'
      | 'team'
      | 'goalItem'
      | 'protocol'
      | 'cohort'
      | 'createdBy'
    >,
  ) {
    return em.save(InquiryCycleEntity, values);
  }

  async updateCycle(em: EntityManager, id: string, values: Partial<InquiryCycleEntity>): Promise<void> {
    await em.update(InquiryCycleEntity, { id }, values);
  }

  /** Whether the person's place in the cohort is on the team (membership itself is the cohort gate's business). */
  async onTeam(teamId: string, userId: string): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM cohort_member WHERE team_id = $1 AND user_id = $2`, [
      teamId,
      userId,
    ]);
    return rows.length > 0;
  }

  /** Whether the team is one of the cohort's. */
  async teamOfCohort(cohortId: string, teamId: string): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM team WHERE id = $1 AND cohort_id = $2`, [teamId, cohortId]);
    return rows.length > 0;
  }

  /** A Goal of the organisation's active plan. */
  async goalOfActivePlan(organizationId: string, itemId: string): Promise<boolean> {
    const rows = await this.dataSource.query(
      `SELECT 1 FROM plan_item i JOIN plan p ON p.id = i.plan_id
        WHERE i.id = $1 AND i.organization_id = $2 AND i.kind = $3 AND p.archived_at IS NULL`,
      [itemId, organizationId, PlanItemKind.GOAL],
    );
    return rows.length > 0;
  }

  /** A prompt (not a draft) or a huddle of the cohort: its title, or null. */
  async stageSubjectTitle(cohortId: string, subject: { promptId?: string | null; huddleId?: string | null }) {
    const rows: Array<{ title: string }> = subject.promptId
      ? await this.dataSource.query(
          `SELECT title FROM prompt WHERE id = $1 AND cohort_id = $2 AND published_at IS NOT NULL`,
          [subject.promptId, cohortId],
        )
      : await this.dataSource.query(`SELECT title FROM huddle WHERE id = $1 AND cohort_id = $2`, [
          subject.huddleId,
          cohortId,
        ]);
    return rows[0]?.title ?? null;
  }

  /** Whether the viewer may see the contribution now, and it is published in the organisation. */
  async contributionVisible(organizationId: string, contributionId: string, viewerId: string): Promise<boolean> {
    const rows = await this.dataSource.query(
      `SELECT 1 FROM contribution c JOIN prompt p ON p.id = c.prompt_id
        WHERE c.id = $1 AND c.organization_id = $2 AND c.status = 'PUBLISHED'
          AND ${VISIBLE_CONTRIBUTION_SQL.replaceAll(':viewerId', '$3')}`,
      [contributionId, organizationId, viewerId],
    );
    return rows.length > 0;
  }

  /** A cohort's cycles, newest first (a cohort runs a few a year). */
  cohortCycles(cohortId: string, viewerId: string): Promise<CycleRow[]> {
    return this.dataSource.query(
      `SELECT ${cycleColumns('$2')} FROM ${CYCLE_FROM} WHERE ic.cohort_id = $1 ORDER BY ic.created_at DESC, ic.id DESC`,
      [cohortId, viewerId],
    );
  }

  /** One cycle as lists show it. */
  async cycleRow(cycleId: string, viewerId: string): Promise<CycleRow | null> {
    const rows: CycleRow[] = await this.dataSource.query(
      `SELECT ${cycleColumns('$2')} FROM ${CYCLE_FROM} WHERE ic.id = $1`,
      [cycleId, viewerId],
    );
    return rows[0] ?? null;
  }

  /** The organisation's showcases, newest first: one statement whatever the page holds. */
  showcasePage(
    organizationId: string,
    viewerId: string,
    after: KeysetCursor | null,
    limit: number,
  ): Promise<CycleRow[]> {
    const params: unknown[] = [organizationId, viewerId, limit];
    let keyset = '';
    if (after) {
      params.push(after.createdAt, after.id);
      keyset = `AND (ic.showcased_at, ic.id) < ($4::timestamptz, $5::uuid)`;
    }
    return this.dataSource.query(
      `SELECT ${cycleColumns('$2')} FROM ${CYCLE_FROM}
        WHERE ic.organization_id = $1 AND ic.showcased_at IS NOT NULL ${keyset}
        ORDER BY ic.showcased_at DESC, ic.id DESC LIMIT $3`,
      params,
    );
  }

  /** The cycle's evidence the viewer may see, newest first. */
  evidence(cycleId: string, viewerId: string, limit: number): Promise<EvidenceRow[]> {
    return this.dataSource.query(
      `SELECT e.id, e.kind, e.url, e.note, e.created_at AS "createdAt", e.contribution_id AS "contributionId",
              c.prompt_id AS "promptId", p.title AS "promptTitle", left(c.body, 240) AS excerpt, ${AUTHOR}
         FROM inquiry_evidence e
         LEFT JOIN contribution c ON c.id = e.contribution_id LEFT JOIN prompt p ON p.id = c.prompt_id
         LEFT JOIN "user" u ON u.id = e.author_id
        WHERE e.cycle_id = $1 AND ${visibleEvidence('$2')}
        ORDER BY e.created_at DESC, e.id DESC LIMIT $3`,
      [cycleId, viewerId, limit],
    );
  }

  countEvidence(em: EntityManager, cycleId: string): Promise<number> {
    return em.countBy(InquiryEvidenceEntity, { cycleId });
  }

  insertEvidence(em: EntityManager, values: NewRow<InquiryEvidenceEntity>) {
    return em.save(InquiryEvidenceEntity, values);
  }

  stageLinks(cycleId: string): Promise<StageLinkRow[]> {
    return this.dataSource.query(
      `SELECT l.id, l.stage, l.prompt_id AS "promptId", l.huddle_id AS "huddleId", coalesce(p.title, h.title) AS title
         FROM inquiry_stage_link l LEFT JOIN prompt p ON p.id = l.prompt_id LEFT JOIN huddle h ON h.id = l.huddle_id
        WHERE l.cycle_id = $1 ORDER BY l.created_at, l.id`,
      [cycleId],
    );
  }

  countLinks(em: EntityManager, cycleId: string): Promise<number> {
    return em.countBy(InquiryStageLinkEntity, { cycleId });
  }

  /** Links the subject to the stage (moving it when it was linked to another stage). */
  async upsertLink(em: EntityManager, values: NewRow<InquiryStageLinkEntity>): Promise<void> {
    const existing = await em.findOneBy(InquiryStageLinkEntity, {
      cycleId: values.cycleId,
      ...(values.promptId ? { promptId: values.promptId } : { huddleId: values.huddleId! }),
    });
    if (existing) await em.update(InquiryStageLinkEntity, { id: existing.id }, { stage: values.stage });
    else await em.save(InquiryStageLinkEntity, values);
  }

  /** A page of the showcase's comments, oldest first (a conversation reads down). */
  commentPage(cycleId: string, after: KeysetCursor | null, limit: number): Promise<ShowcaseCommentRow[]> {
    const params: unknown[] = [cycleId, limit];
    let keyset = '';
    if (after) {
      params.push(after.createdAt, after.id);
      keyset = `AND (sc.created_at, sc.id) > ($3::timestamptz, $4::uuid)`;
    }
    return this.dataSource.query(
      `SELECT sc.id, sc.answers, sc.created_at AS "createdAt", ${CURSOR_TIMESTAMP_SQL('sc.created_at')} AS "cursorAt",
              ${AUTHOR}
         FROM showcase_comment sc LEFT JOIN "user" u ON u.id = sc.author_id
        WHERE sc.cycle_id = $1 ${keyset}
        ORDER BY sc.created_at, sc.id LIMIT $2`,
      params,
    );
  }

  insertComment(values: NewRow<ShowcaseCommentEntity>): Promise<ShowcaseCommentEntity> {
    return this.dataSource.manager.save(ShowcaseCommentEntity, values);
  }
}
