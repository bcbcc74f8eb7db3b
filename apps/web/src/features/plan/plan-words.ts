import type { BadgeTone } from '../../ui';
import type {
  PlanChangeFieldsFragment,
  PlanItemFieldsFragment,
  PlanItemKind,
  PlanItemStatus,
} from '../../generated/graphql';

export const STATUS_WORDS: Record<PlanItemStatus, { label: string; tone: BadgeTone }> = {
  NOT_STARTED: { label: 'Not started', tone: 'neutral' },
  ON_TRACK: { label: 'On track', tone: 'info' },
  AT_RISK: { label: 'At risk', tone: 'warning' },
  DONE: { label: 'Done', tone: 'success' },
};

export const STATUS_ORDER: readonly PlanItemStatus[] = ['NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'DONE'];

export const KIND_WORDS: Record<PlanItemKind, string> = {
  GOAL: 'Goal',
  STRATEGY: 'Strategy',
  ACTION_STEP: 'Action step',
};

/** What a child of this kind is called ("Add a strategy" under a goal). */
export const CHILD_KIND: Record<PlanItemKind, PlanItemKind | null> = {
  GOAL: 'STRATEGY',
  STRATEGY: 'ACTION_STEP',
  ACTION_STEP: null,
};

/** A measure value with its unit: "54%", "12 students". */
export function formatMeasureValue(value: number | null | undefined, unit: string | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const number = Number.isInteger(value) ? String(value) : value.toFixed(1);
  if (!unit) return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

const ACTION_WORDS: Record<string, string> = {
  CREATED: 'added',
  UPDATED: 'edited',
  STATUS: 'changed the status of',
  EVIDENCE: 'added evidence to',
  DELETED: 'deleted',
};

/** "Ada Admin changed the status of “Math tutoring”: On track → At risk". */
export function changeSentence(change: PlanChangeFieldsFragment): string {
  const who = change.actor?.displayName ?? 'Someone';
  const what = ACTION_WORDS[change.action] ?? change.action.toLowerCase();
  const subject = change.itemTitle ? `“${change.itemTitle}”` : 'the plan';
  const status = change.action === 'STATUS' ? change.changes.find((c) => c.field === 'status') : undefined;
  const label = (s?: string | null) => (s && s in STATUS_WORDS ? STATUS_WORDS[s as PlanItemStatus].label : (s ?? '—'));
  return status
    ? `${who} ${what} ${subject}: ${label(status.from)} → ${label(status.to)}`
    : `${who} ${what} ${subject}`;
}

export interface PlanNode {
  item: PlanItemFieldsFragment;
  children: PlanNode[];
}

/** The items as a tree (the API sends them flat, siblings in order). */
export function buildTree(items: readonly PlanItemFieldsFragment[]): PlanNode[] {
  const nodes = new Map(items.map((item) => [item.id, { item, children: [] as PlanNode[] }]));
  const roots: PlanNode[] = [];
  for (const item of [...items].sort((a, b) => a.position - b.position)) {
    const node = nodes.get(item.id)!;
    const parent = item.parentId ? nodes.get(item.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/**
 * Keeps the items an owner answers for, with their ancestors (so an action step stays under its
 * strategy and goal) and their descendants.
 */
export function filterByOwner(roots: readonly PlanNode[], ownerId: string): PlanNode[] {
  const visit = (node: PlanNode): PlanNode | null => {
    if (node.item.owners.some((o) => o.id === ownerId)) return node;
    const children = node.children.map(visit).filter((n): n is PlanNode => n !== null);
    return children.length ? { item: node.item, children } : null;
  };
  return roots.map(visit).filter((n): n is PlanNode => n !== null);
}
