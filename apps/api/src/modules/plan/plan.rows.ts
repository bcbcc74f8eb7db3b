import type { PlanEvidenceKind } from '@openhuddle/shared';
import type { PlanFieldChange } from './plan-change.entity';

/** Row shapes of the plan repository's hand-written statements (raw SQL returns plain objects). */

export interface AuthorColumns {
  authorId: string | null;
  authorName: string | null;
  authorAvatarUrl: string | null;
  authorTimeZone: string | null;
}

export interface OwnerRow {
  itemId: string;
  kind: 'PERSON' | 'TEAM';
  id: string;
  name: string;
}

export interface PersonRow {
  id: string;
  name: string;
}

export interface EvidenceRow extends AuthorColumns {
  id: string;
  itemId: string;
  kind: PlanEvidenceKind;
  url: string | null;
  value: number | null;
  measuredOn: string | null;
  note: string;
  createdAt: Date;
  cursorAt: string;
  contributionId: string | null;
  promptId: string | null;
  promptTitle: string | null;
  excerpt: string | null;
}

/** An item's counts, with its newest visible evidence's columns (all null when it has none). */
export type ItemStatsRow = { itemId: string; evidenceCount: number; commentCount: number } & {
  [K in keyof EvidenceRow]: EvidenceRow[K] | null;
};

export interface MeasureValueRow {
  itemId: string;
  value: number;
  measuredOn: string;
}

export interface CommentRow extends AuthorColumns {
  id: string;
  itemId: string;
  body: string;
  createdAt: Date;
  cursorAt: string;
}

export interface ChangeRow extends AuthorColumns {
  id: string;
  itemId: string | null;
  itemTitle: string | null;
  action: string;
  changes: PlanFieldChange[];
  createdAt: Date;
}
