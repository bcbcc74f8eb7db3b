import type { OrgRole } from '../generated/graphql';
import type { BadgeTone } from '../ui/badge';

export const ROLE_LABELS: Record<OrgRole, string> = {
  OWNER: 'Owner',
  ADMIN: 'Admin',
  FACILITATOR: 'Facilitator',
  MEMBER: 'Member',
};

export const ROLE_DESCRIPTIONS: Record<OrgRole, string> = {
  OWNER: 'Everything an admin can do, plus handing out ownership.',
  ADMIN: 'Invites people, manages members and the organisation.',
  FACILITATOR: 'Runs cohorts: publishes prompts and opens huddles.',
  MEMBER: 'Takes part in cohorts: contributes and gives feedback.',
};

export const ROLE_TONES: Record<OrgRole, BadgeTone> = {
  OWNER: 'accent',
  ADMIN: 'info',
  FACILITATOR: 'success',
  MEMBER: 'neutral',
};

/** Roles someone may hand out: only owners grant ownership (mirrors the API's policy; viewerCan.grantOwner). */
export function assignableRoles(grantOwner: boolean): OrgRole[] {
  return grantOwner ? ['MEMBER', 'FACILITATOR', 'ADMIN', 'OWNER'] : ['MEMBER', 'FACILITATOR', 'ADMIN'];
}

/** Who may author feedback protocols (mirrors the API's protocol policy). */
export function canManageProtocols(role: OrgRole): boolean {
  return role !== 'MEMBER';
}
