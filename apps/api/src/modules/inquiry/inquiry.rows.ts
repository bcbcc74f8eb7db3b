import type { InquiryEvidenceKind, InquiryStage } from '@openhuddle/shared';
import type { ShowcaseAnswer } from './showcase-comment.entity';

/** Row shapes of the inquiry repository's hand-written statements. */

export interface AuthorColumns {
  authorId: string | null;
  authorName: string | null;
  authorAvatarUrl: string | null;
  authorTimeZone: string | null;
}

export interface CycleRow {
  id: string;
  cohortId: string;
  cohortName: string;
  teamName: string | null;
  question: string;
  goalId: string | null;
  goalTitle: string | null;
  stage: InquiryStage;
  questionOn: string | null;
  planOn: string | null;
  actOn: string | null;
  evidenceOn: string | null;
  reflectOn: string | null;
  showcaseOn: string | null;
  showcasedAt: Date | null;
  cursorAt: string | null;
  evidenceCount: number;
  commentCount: number;
}

export interface EvidenceRow extends AuthorColumns {
  id: string;
  kind: InquiryEvidenceKind;
  url: string | null;
  note: string;
  createdAt: Date;
  contributionId: string | null;
  promptId: string | null;
  promptTitle: string | null;
  excerpt: string | null;
}

export interface StageLinkRow {
  id: string;
  stage: InquiryStage;
  promptId: string | null;
  huddleId: string | null;
  title: string;
}

export interface ShowcaseCommentRow extends AuthorColumns {
  id: string;
  answers: ShowcaseAnswer[];
  createdAt: Date;
  cursorAt: string;
}
