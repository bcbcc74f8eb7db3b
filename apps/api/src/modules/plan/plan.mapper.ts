import { PlanEvidenceKind } from '@openhuddle/shared';
import { encodeKeysetCursor } from '../../common/pagination/keyset-cursor';
import { UserProfile } from '../user/dto/user.types';
import type {
  PlanChange,
  PlanComment,
  PlanEvidence,
  PlanItem,
  PlanMeasure,
  PlanMeasureValue,
  PlanOwner,
} from './dto/plan.types';
import type { PlanItemEntity } from './plan-item.entity';
import { itemViewerCan, type PlanItemOwners, type PlanViewer } from './plan.policy';
import type {
  AuthorColumns,
  ChangeRow,
  CommentRow,
  EvidenceRow,
  ItemStatsRow,
  MeasureValueRow,
  OwnerRow,
} from './plan.rows';

function author(row: AuthorColumns): UserProfile | null {
  if (!row.authorId) return null;
  return Object.assign(new UserProfile(), {
    id: row.authorId,
    displayName: row.authorName ?? '',
    avatarUrl: row.authorAvatarUrl,
    timeZone: row.authorTimeZone ?? 'UTC',
  });
}

/** Evidence as the repository returned it: already filtered to what this viewer may see. */
export function toEvidence(row: EvidenceRow): PlanEvidence {
  return {
    id: row.id,
    itemId: row.itemId,
    kind: row.kind,
    contribution:
      row.kind === PlanEvidenceKind.CONTRIBUTION && row.contributionId && row.promptId
        ? {
            id: row.contributionId,
            promptId: row.promptId,
            promptTitle: row.promptTitle ?? '',
            excerpt: row.excerpt ?? '',
          }
        : null,
    url: row.url,
    value: row.value,
    measuredOn: row.measuredOn,
    note: row.note,
    author: author(row),
    createdAt: row.createdAt,
  };
}

export function toComment(row: CommentRow): PlanComment {
  return { id: row.id, itemId: row.itemId, body: row.body, author: author(row), createdAt: row.createdAt };
}

export function toChange(row: ChangeRow): PlanChange {
  return {
    id: row.id,
    itemId: row.itemId,
    itemTitle: row.itemTitle,
    action: row.action,
    changes: row.changes,
    actor: author(row),
    createdAt: row.createdAt,
  };
}

/** Owner rows as the policy takes them. */
export function ownerIdsOf(owners: OwnerRow[]): PlanItemOwners {
  return {
    userIds: owners.filter((o) => o.kind === 'PERSON').map((o) => o.id),
    teamIds: owners.filter((o) => o.kind === 'TEAM').map((o) => o.id),
  };
}

export const cursorOf = (row: { cursorAt: string; id: string }) =>
  encodeKeysetCursor({ createdAt: row.cursorAt, id: row.id });

/** What one item's rows come to, gathered by the read service in one statement each. */
export interface ItemBundle {
  owners: OwnerRow[];
  stats: ItemStatsRow | undefined;
  history: MeasureValueRow[];
}

function toMeasure(item: PlanItemEntity, history: MeasureValueRow[]): PlanMeasure | null {
  if (!item.measureName) return null;
  const values: PlanMeasureValue[] = history.map((h) => ({ value: h.value, measuredOn: h.measuredOn }));
  return {
    name: item.measureName,
    unit: item.measureUnit,
    baseline: item.measureBaseline,
    target: item.measureTarget,
    latest: values.at(-1) ?? null,
    history: values,
  };
}

export function toPlanItem(
  item: PlanItemEntity,
  bundle: ItemBundle,
  viewer: PlanViewer,
  plan: { archivedAt: Date | null },
): PlanItem {
  const owners: PlanOwner[] = bundle.owners.map((o) => ({ id: o.id, kind: o.kind, name: o.name }));
  const stats = bundle.stats;
  return {
    id: item.id,
    planId: item.planId,
    parentId: item.parentId,
    kind: item.kind,
    title: item.title,
    description: item.description,
    status: item.status,
    startsOn: item.startsOn,
    dueOn: item.dueOn,
    position: item.position,
    owners,
    measure: toMeasure(item, bundle.history),
    latestEvidence: stats?.id ? toEvidence(stats as EvidenceRow) : null,
    evidenceCount: stats?.evidenceCount ?? 0,
    commentCount: stats?.commentCount ?? 0,
    updatedAt: item.updatedAt,
    viewerCan: itemViewerCan(viewer, ownerIdsOf(bundle.owners), plan),
  };
}
