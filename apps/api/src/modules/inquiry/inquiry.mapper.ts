import { InquiryEvidenceKind } from '@openhuddle/shared';
import { encodeKeysetCursor } from '../../common/pagination/keyset-cursor';
import { UserProfile } from '../user/dto/user.types';
import type { InquiryCycleSummary, InquiryEvidence, InquiryStageLink, ShowcaseComment } from './dto/inquiry.types';
import type { AuthorColumns, CycleRow, EvidenceRow, ShowcaseCommentRow, StageLinkRow } from './inquiry.rows';

export function author(row: AuthorColumns): UserProfile | null {
  if (!row.authorId) return null;
  return Object.assign(new UserProfile(), {
    id: row.authorId,
    displayName: row.authorName ?? '',
    avatarUrl: row.authorAvatarUrl,
    timeZone: row.authorTimeZone ?? 'UTC',
  });
}

export function toCycleSummary(row: CycleRow): InquiryCycleSummary {
  return {
    id: row.id,
    cohortId: row.cohortId,
    cohortName: row.cohortName,
    teamName: row.teamName,
    question: row.question,
    goal: row.goalId ? { id: row.goalId, title: row.goalTitle ?? '' } : null,
    stage: row.stage,
    dates: {
      questionOn: row.questionOn,
      planOn: row.planOn,
      actOn: row.actOn,
      evidenceOn: row.evidenceOn,
      reflectOn: row.reflectOn,
      showcaseOn: row.showcaseOn,
    },
    showcasedAt: row.showcasedAt,
    evidenceCount: row.evidenceCount,
    commentCount: row.commentCount,
  };
}

/** Evidence as the repository returned it: already filtered to what this viewer may see. */
export function toEvidence(row: EvidenceRow): InquiryEvidence {
  return {
    id: row.id,
    kind: row.kind,
    contribution:
      row.kind === InquiryEvidenceKind.CONTRIBUTION && row.contributionId && row.promptId
        ? {
            id: row.contributionId,
            promptId: row.promptId,
            promptTitle: row.promptTitle ?? '',
            excerpt: row.excerpt ?? '',
          }
        : null,
    url: row.url,
    note: row.note,
    author: author(row),
    createdAt: row.createdAt,
  };
}

export function toStageLink(row: StageLinkRow): InquiryStageLink {
  return {
    id: row.id,
    stage: row.stage,
    kind: row.promptId ? 'PROMPT' : 'HUDDLE',
    subjectId: (row.promptId ?? row.huddleId)!,
    title: row.title,
  };
}

export function toShowcaseComment(row: ShowcaseCommentRow): ShowcaseComment {
  return { id: row.id, author: author(row), answers: row.answers, createdAt: row.createdAt };
}

export const commentCursor = (row: ShowcaseCommentRow) => encodeKeysetCursor({ createdAt: row.cursorAt, id: row.id });
export const showcaseCursor = (row: CycleRow) => encodeKeysetCursor({ createdAt: row.cursorAt!, id: row.id });
