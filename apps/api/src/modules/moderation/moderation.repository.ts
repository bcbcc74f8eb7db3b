import { Injectable } from '@nestjs/common';
import { ReportStatus, ReportSubjectType } from '@openhuddle/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { CohortMuteEntity } from './cohort-mute.entity';
import { ReportEntity } from './report.entity';

/** A contribution, a feedback or a comment, as moderation needs it (read as SQL: no feature module is imported). */
export interface ContentRow {
  subject_type: ReportSubjectType;
  id: string;
  contribution_id: string;
  prompt_id: string;
  cohort_id: string;
  organization_id: string;
  author_id: string;
  author_name: string;
  anonymous: boolean;
  body: string;
  hidden_at: Date | null;
  hidden_reason: string | null;
  created_at: Date;
}

export interface OpenReportRow {
  id: string;
  subject_type: ReportSubjectType;
  subject_id: string;
  reason: ReportEntity['reason'];
  note: string | null;
  reporter_id: string;
  reporter_name: string;
  created_at: Date;
}

const TABLE: Record<ReportSubjectType, 'contribution' | 'feedback' | 'comment'> = {
  CONTRIBUTION: 'contribution',
  FEEDBACK: 'feedback',
  COMMENT: 'comment',
};

/** The three kinds of content with the same columns; deleted ones (and drafts) are nobody's to moderate. */
const CONTENT_SQL = `
  SELECT 'CONTRIBUTION' AS subject_type, c.id, c.id AS contribution_id, c.prompt_id, c.cohort_id, c.organization_id,
         c.author_id, c.body, c.hidden_at, c.hidden_reason, c.created_at
    FROM contribution c WHERE c.deleted_at IS NULL AND c.status = 'PUBLISHED'
  UNION ALL
  SELECT 'FEEDBACK', f.id, f.contribution_id, f.prompt_id, c.cohort_id, f.organization_id, f.author_id,
         (SELECT coalesce(string_agg(value, E'\\n\\n'), '') FROM jsonb_each_text(f.answers)), f.hidden_at, f.hidden_reason,
         f.created_at
    FROM feedback f JOIN contribution c ON c.id = f.contribution_id AND c.deleted_at IS NULL
  UNION ALL
  SELECT 'COMMENT', cm.id, cm.contribution_id, c.prompt_id, c.cohort_id, cm.organization_id, cm.author_id, cm.body,
         cm.hidden_at, cm.hidden_reason, cm.created_at
    FROM comment cm JOIN contribution c ON c.id = cm.contribution_id AND c.deleted_at IS NULL
   WHERE cm.deleted_at IS NULL`;

const withAuthor = (where: string) => `
  SELECT x.*, u.display_name AS author_name, p.anonymity = 'TO_PEERS' AS anonymous
    FROM (${CONTENT_SQL}) x JOIN "user" u ON u.id = x.author_id JOIN prompt p ON p.id = x.prompt_id
   WHERE ${where}
   ORDER BY x.created_at`;

/** The only code of the moderation module that reads or writes SQL. */
@Injectable()
export class ModerationRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Cohort of a contribution, a feedback or a comment, per id (for `@CohortScoped({ content })`). */
  async cohortsOfContent(ids: readonly string[]): Promise<Array<{ id: string; cohort_id: string }>> {
    return this.dataSource.query(`SELECT id, cohort_id FROM (${CONTENT_SQL}) x WHERE x.id = ANY($1::uuid[])`, [ids]);
  }

  async content(type: ReportSubjectType, id: string): Promise<ContentRow | null> {
    const [row] = await this.dataSource.query(withAuthor('x.subject_type = $1 AND x.id = $2'), [type, id]);
    return (row as ContentRow | undefined) ?? null;
  }

  contentByIds(ids: string[]): Promise<ContentRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.dataSource.query(withAuthor('x.id = ANY($1::uuid[])'), [ids]);
  }

  /** Hidden content of the prompts: all of it, or only what `authorId` wrote. */
  hiddenOfPrompts(promptIds: readonly string[], authorId: string | null): Promise<ContentRow[]> {
    return this.dataSource.query(
      withAuthor(
        'x.prompt_id = ANY($1::uuid[]) AND x.hidden_at IS NOT NULL AND ($2::uuid IS NULL OR x.author_id = $2)',
      ),
      [promptIds, authorId],
    );
  }

  /** Serialises reports of one person on one subject, so a double click files one report. */
  async lockReport(em: EntityManager, reporterId: string, subjectId: string): Promise<void> {
    await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`report:${reporterId}:${subjectId}`]);
  }

  findReport(
    em: EntityManager,
    reporterId: string,
    subject: Pick<ReportEntity, 'subjectType' | 'contributionId' | 'feedbackId' | 'commentId'>,
  ) {
    return em.findOneBy(ReportEntity, {
      reporterId,
      subjectType: subject.subjectType,
      contributionId: subject.contributionId,
      ...(subject.feedbackId ? { feedbackId: subject.feedbackId } : {}),
      ...(subject.commentId ? { commentId: subject.commentId } : {}),
    });
  }

  insertReport(em: EntityManager, values: Partial<ReportEntity>): Promise<ReportEntity> {
    return em.save(ReportEntity, values);
  }

  /** Open reports of a cohort with their reporter's name, oldest first. */
  openReports(cohortId: string): Promise<OpenReportRow[]> {
    return this.dataSource.query(
      `SELECT r.id, r.subject_type, coalesce(r.comment_id, r.feedback_id, r.contribution_id) AS subject_id, r.reason,
              r.note, r.reporter_id, u.display_name AS reporter_name, r.created_at
         FROM report r JOIN "user" u ON u.id = r.reporter_id
        WHERE r.cohort_id = $1 AND r.status = 'OPEN'
        ORDER BY r.created_at, r.id`,
      [cohortId],
    );
  }

  /** How many subjects of each cohort have open reports. */
  async openReportCounts(cohortIds: readonly string[]): Promise<Map<string, number>> {
    const rows: Array<{ cohort_id: string; n: number }> = await this.dataSource.query(
      `SELECT cohort_id, count(DISTINCT coalesce(comment_id, feedback_id, contribution_id))::int AS n
         FROM report WHERE cohort_id = ANY($1::uuid[]) AND status = 'OPEN' GROUP BY cohort_id`,
      [cohortIds],
    );
    return new Map(rows.map((r) => [r.cohort_id, r.n]));
  }

  async setHidden(em: EntityManager, type: ReportSubjectType, id: string, reason: string | null): Promise<void> {
    await em.query(
      `UPDATE ${TABLE[type]} SET hidden_at = CASE WHEN $2::text IS NULL THEN NULL ELSE now() END, hidden_reason = $2 WHERE id = $1`,
      [id, reason],
    );
  }

  /** Closes the open reports on a subject; returns how many were open. */
  async resolveReports(em: EntityManager, type: ReportSubjectType, id: string, status: ReportStatus): Promise<number> {
    const column = type === ReportSubjectType.CONTRIBUTION ? 'contribution_id' : `${TABLE[type]}_id`;
    const rows: unknown[] = await em.query(
      `UPDATE report SET status = $3, resolved_at = now()
        WHERE subject_type = $1 AND ${column} = $2 AND status = 'OPEN' RETURNING id`,
      [type, id, status],
    );
    return (rows[0] as unknown[] | undefined)?.length ?? 0;
  }

  /** Mutes in force in a cohort (of one user, or of everyone), the latest ending first. */
  async activeMutes(cohortId: string, userId: string | null): Promise<CohortMuteEntity[]> {
    return this.dataSource
      .getRepository(CohortMuteEntity)
      .createQueryBuilder('m')
      .where('m.cohort_id = :cohortId AND m.lifted_at IS NULL', { cohortId })
      .andWhere(userId ? 'm.user_id = :userId' : 'TRUE', { userId })
      .andWhere('(m.until IS NULL OR m.until > now())')
      .orderBy('m.until', 'DESC', 'NULLS FIRST')
      .getMany();
  }

  async liftMutes(em: EntityManager, cohortId: string, userId: string): Promise<number> {
    const result = await em
      .createQueryBuilder()
      .update(CohortMuteEntity)
      .set({ liftedAt: () => 'now()' })
      .where('cohort_id = :cohortId AND user_id = :userId AND lifted_at IS NULL', { cohortId, userId })
      .andWhere('(until IS NULL OR until > now())')
      .execute();
    return result.affected ?? 0;
  }

  insertMute(em: EntityManager, values: Partial<CohortMuteEntity>): Promise<CohortMuteEntity> {
    return em.save(CohortMuteEntity, values);
  }

  /** The person's role in the cohort (null when not in it). */
  async cohortRole(cohortId: string, userId: string): Promise<string | null> {
    const [row] = await this.dataSource.query(`SELECT role FROM cohort_member WHERE cohort_id = $1 AND user_id = $2`, [
      cohortId,
      userId,
    ]);
    return (row as { role: string } | undefined)?.role ?? null;
  }
}
