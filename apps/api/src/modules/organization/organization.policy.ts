import { OrgRole, orgRoleAtLeast } from '@openhuddle/shared';
import type { OrganizationPermissions } from './dto/organization.types';

/** Who may do what in an organization. Pure rules, tested on their own (organization.policy.spec.ts). */
export function organizationPermissions(role: OrgRole): OrganizationPermissions {
  return {
    inviteMembers: orgRoleAtLeast(role, OrgRole.ADMIN),
    manageMembers: orgRoleAtLeast(role, OrgRole.ADMIN),
    grantOwner: role === OrgRole.OWNER,
    updateOrganization: orgRoleAtLeast(role, OrgRole.ADMIN),
  };
}

export type Refusal = { code: 'FORBIDDEN' | 'CONFLICT'; message: string } | null;

/** May `actor` invite someone with `role`? Only owners hand out ownership. */
export function checkInvite(actor: OrgRole, role: OrgRole): Refusal {
  if (!orgRoleAtLeast(actor, OrgRole.ADMIN))
    return { code: 'FORBIDDEN', message: 'Only admins and owners can invite.' };
  if (role === OrgRole.OWNER && actor !== OrgRole.OWNER) {
    return { code: 'FORBIDDEN', message: 'Only an owner can invite another owner.' };
  }
  return null;
}

/** May `actor` change a member from `from` to `to`, given how many owners there are? */
export function checkRoleChange(actor: OrgRole, from: OrgRole, to: OrgRole, ownerCount: number): Refusal {
  if (!orgRoleAtLeast(actor, OrgRole.ADMIN))
    return { code: 'FORBIDDEN', message: 'Only admins and owners can change roles.' };
  if ((from === OrgRole.OWNER || to === OrgRole.OWNER) && actor !== OrgRole.OWNER) {
    return { code: 'FORBIDDEN', message: 'Only an owner can grant or take away ownership.' };
  }
  if (from === OrgRole.OWNER && to !== OrgRole.OWNER && ownerCount <= 1) {
    return { code: 'CONFLICT', message: 'An organization needs at least one owner. Make someone else owner first.' };
  }
  return null;
}

/** May `actor` remove a member whose role is `target`? Anyone may leave; the last owner may not. */
export function checkRemoval(actor: OrgRole, target: OrgRole, isSelf: boolean, ownerCount: number): Refusal {
  if (!isSelf && !orgRoleAtLeast(actor, OrgRole.ADMIN)) {
    return { code: 'FORBIDDEN', message: 'Only admins and owners can remove members.' };
  }
  if (!isSelf && target === OrgRole.OWNER && actor !== OrgRole.OWNER) {
    return { code: 'FORBIDDEN', message: 'Only an owner can remove an owner.' };
  }
  if (target === OrgRole.OWNER && ownerCount <= 1) {
    return { code: 'CONFLICT', message: 'An organization needs at least one owner. Make someone else owner first.' };
  }
  return null;
}
