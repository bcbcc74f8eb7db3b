import { Injectable } from '@nestjs/common';
import { type ReportReason, ReportStatus, ReportSubjectType, routes } from '@openhuddle/shared';
import type { Actor } from '../../common/auth/actor';
import { AppError } from '../../common/errors/app-error';
import { AuditAction, AuditSubjectType } from '../audit/audit-action';
import { AuditService } from '../audit/audit.service';
import type { CohortAccess } from '../cohort/cohort.policy';
import { DomainEvents } from '../../common/events/domain-events';
import { checkHide, checkModerate, checkReport, checkRestore } from './moderation.policy';
import { type ContentRow, ModerationRepository, type OpenReportRow } from './moderation.repository';

export interface ReportedContent {
  content: ContentRow;
  reports: OpenReportRow[];
}

const AUDIT_SUBJECT: Record<ReportSubjectType, AuditSubjectType> = {
  CONTRIBUTION: AuditSubjectType.CONTRIBUTION,
  FEEDBACK: AuditSubjectType.FEEDBACK,
  COMMENT: AuditSubjectType.COMMENT,
};

const NOUN: Record<ReportSubjectType, string> = {
  CONTRIBUTION: 'contribution',
  FEEDBACK: 'feedback',
  COMMENT: 'comment',
};

/** Reports, and what facilitators do with them: hide (with a reason shown to the author), restore, dismiss. */
@Injectable()
export class ModerationService {
  constructor(
    private readonly repository: ModerationRepository,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
  ) {}

  /**
   * Reports content the viewer can see (its contribution passes the viewer's reveal rule); a second
   * report of the same thing by the same person changes nothing.
   */
  async report(actor: Actor, type: ReportSubjectType, id: string, reason: ReportReason, note: string | null) {
    const { content, access } = await this.requireContent(actor, type, id);
    if (!(await actor.loaders.visibleContribution.load(content.contribution_id))) throw AppError.notFound('Content');
    const refusal = checkReport(access, { authorId: content.author_id, hiddenAt: content.hidden_at });
    if (refusal) throw refusal;
    const subject = {
      subjectType: type,
      contributionId: content.contribution_id,
      feedbackId: type === ReportSubjectType.FEEDBACK ? id : null,
      commentId: type === ReportSubjectType.COMMENT ? id : null,
    };
    return this.repository.transaction(async (em) => {
      await this.repository.lockReport(em, access.userId, id);
      const existing = await this.repository.findReport(em, access.userId, subject);
      if (existing) return existing;
      return this.repository.insertReport(em, {
        ...subject,
        organizationId: content.organization_id,
        cohortId: content.cohort_id,
        reporterId: access.userId,
        reason,
        note: note?.trim() || null,
        status: ReportStatus.OPEN,
      });
    });
  }

  async hide(actor: Actor, type: ReportSubjectType, id: string, reason: string): Promise<ContentRow> {
    const { content, access } = await this.requireContent(actor, type, id);
    const refusal = checkHide(access, { authorId: content.author_id, hiddenAt: content.hidden_at });
    if (refusal) throw refusal;
    if (!reason.trim()) throw AppError.badInput({ reason: 'Say why: the author will see it.' });
    return this.resolve(access, content, ReportStatus.HIDDEN, reason.trim());
  }

  async restore(actor: Actor, type: ReportSubjectType, id: string): Promise<ContentRow> {
    const { content, access } = await this.requireContent(actor, type, id);
    const refusal = checkRestore(access, { authorId: content.author_id, hiddenAt: content.hidden_at });
    if (refusal) throw refusal;
    return this.resolve(access, content, ReportStatus.RESTORED, null);
  }

  /** Closes the open reports on content that stays as it is. */
  async dismiss(actor: Actor, type: ReportSubjectType, id: string): Promise<void> {
    const { content, access } = await this.requireContent(actor, type, id);
    const refusal = checkModerate(access);
    if (refusal) throw refusal;
    await this.repository.transaction(async (em) => {
      const closed = await this.repository.resolveReports(em, type, id, ReportStatus.DISMISSED);
      if (!closed) throw AppError.conflict('There is no open report on this.');
      await this.audit.record(
        AuditAction.REPORT_DISMISSED,
        access,
        this.auditSubject(content, { reports: closed }),
        em,
      );
    });
  }

  /** The cohort's open reports, grouped by what they report (facilitators and org admins). */
  async queue(actor: Actor, cohortId: string): Promise<{ items: ReportedContent[]; access: CohortAccess }> {
    const access = await actor.loaders.cohortAccess.load(cohortId);
    const refusal = checkModerate(access);
    if (refusal) throw refusal;
    const reports = await this.repository.openReports(cohortId);
    const contents = await this.repository.contentByIds([...new Set(reports.map((r) => r.subject_id))]);
    const items = contents.map((content) => ({
      content,
      reports: reports.filter((r) => r.subject_id === content.id),
    }));
    return { items, access: access! };
  }

  openReportCounts(cohortIds: readonly string[]): Promise<Map<string, number>> {
    return this.repository.openReportCounts(cohortIds);
  }

  /** Hidden content of prompts: all of it for whoever moderates, one's own for anyone else. */
  hiddenOfPrompts(promptIds: readonly string[], authorId: string | null): Promise<ContentRow[]> {
    return this.repository.hiddenOfPrompts(promptIds, authorId);
  }

  private async resolve(access: CohortAccess, content: ContentRow, status: ReportStatus, reason: string | null) {
    const type = content.subject_type;
    const hadReports = await this.repository.transaction(async (em) => {
      await this.repository.setHidden(em, type, content.id, reason);
      const closed = await this.repository.resolveReports(em, type, content.id, status);
      const action = status === ReportStatus.HIDDEN ? AuditAction.CONTENT_HIDDEN : AuditAction.CONTENT_RESTORED;
      await this.audit.record(action, access, this.auditSubject(content, { reason, reports: closed }), em);
      return closed > 0;
    });
    if (hadReports || status === ReportStatus.HIDDEN) {
      const now = Date.now();
      await this.events.emit({
        type: 'ContentModerated',
        organizationId: content.organization_id,
        authorId: content.author_id,
        text:
          status === ReportStatus.HIDDEN
            ? `A facilitator hid your ${NOUN[type]}: ${reason}`
            : `A facilitator reviewed the report on your ${NOUN[type]} and restored it.`,
        link: routes.contribution(content.organization_id, content.prompt_id, content.contribution_id),
        occasion: `${content.id}:${status}:${now}`,
      });
    }
    return { ...content, hidden_at: reason ? new Date() : null, hidden_reason: reason };
  }

  /** Without the author: the content may be anonymous, and admins outside the cohort read the log (rule 3). */
  private auditSubject(content: ContentRow, details: Record<string, string | number | null>) {
    return { type: AUDIT_SUBJECT[content.subject_type], id: content.id, cohortId: content.cohort_id, details };
  }

  private async requireContent(actor: Actor, type: ReportSubjectType, id: string) {
    const content = await this.repository.content(type, id);
    const access = content ? await actor.loaders.cohortAccess.load(content.cohort_id) : null;
    if (!content || !access) throw AppError.notFound('Content');
    return { content, access };
  }
}
