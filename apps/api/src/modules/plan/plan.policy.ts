import { OrgRole, orgRoleAtLeast } from '@openhuddle/shared';

/** The viewer as the plan's rules need them: their organization role and the teams they belong to. */
export interface PlanViewer {
  userId: string;
  role: OrgRole;
  teamIds: readonly string[];
}

/** Who answers for an item: people and teams. */
export interface PlanItemOwners {
  userIds: readonly string[];
  teamIds: readonly string[];
}

/** Admins (and owners) shape the plan: create it, add, edit, move and delete its items. */
export function canEditPlan(viewer: PlanViewer): boolean {
  return orgRoleAtLeast(viewer.role, OrgRole.ADMIN);
}

/** The item names the viewer, or a team they are in. */
export function ownsItem(viewer: PlanViewer, owners: PlanItemOwners): boolean {
  return owners.userIds.includes(viewer.userId) || owners.teamIds.some((id) => viewer.teamIds.includes(id));
}

/** Status and evidence: the item's owners keep it alive; admins may too. */
export function canUpdateProgress(viewer: PlanViewer, owners: PlanItemOwners): boolean {
  return canEditPlan(viewer) || ownsItem(viewer, owners);
}

/** Shared accountability: every member of the organization reads the plan and gives feedback on it. */
export function canComment(viewer: PlanViewer): boolean {
  return orgRoleAtLeast(viewer.role, OrgRole.MEMBER);
}

/** A replaced plan is a record: why nothing may change it, or null while it is the active plan. */
export function archivedPlanBlocker(plan: { archivedAt: Date | null }): string | null {
  return plan.archivedAt ? 'This plan was replaced by a newer one and is kept as a record: it cannot change.' : null;
}

export interface PlanItemViewerCan {
  edit: boolean;
  updateProgress: boolean;
  comment: boolean;
}

/** What the UI may offer on an item (the server refuses the rest anyway). */
export function itemViewerCan(
  viewer: PlanViewer,
  owners: PlanItemOwners,
  plan: { archivedAt: Date | null },
): PlanItemViewerCan {
  const open = !archivedPlanBlocker(plan);
  return {
    edit: open && canEditPlan(viewer),
    updateProgress: open && canUpdateProgress(viewer, owners),
    comment: open && canComment(viewer),
  };
}
