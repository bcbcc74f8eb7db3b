import type { CohortAccess } from '../cohort/cohort.policy';
import { canManageCohort, seesAsFacilitator } from '../cohort/cohort.policy';
import { ModeratedContent, Report } from './dto/moderation.types';
import type { ContentRow, OpenReportRow } from './moderation.repository';

/** Content as moderation shows it: the author's name only where rule 3 allows it. */
export function toModeratedContent(row: ContentRow, access: CohortAccess): ModeratedContent {
  const hideAuthor = row.anonymous && !seesAsFacilitator(access) && row.author_id !== access.userId;
  return Object.assign(new ModeratedContent(), {
    subjectType: row.subject_type,
    subjectId: row.id,
    contributionId: row.contribution_id,
    promptId: row.prompt_id,
    body: row.body,
    authorName: hideAuthor ? null : row.author_name,
    hiddenAt: row.hidden_at,
    hiddenReason: row.hidden_reason,
    tombstone: row.hidden_at ? `Hidden by a facilitator: ${row.hidden_reason ?? ''}` : '',
    canRestore: !!row.hidden_at && canManageCohort(access),
  });
}

export function toReport(row: OpenReportRow, access: CohortAccess): Report {
  return Object.assign(new Report(), {
    id: row.id,
    reason: row.reason,
    note: row.note,
    reporterName: seesAsFacilitator(access) ? row.reporter_name : null,
    createdAt: row.created_at,
  });
}
