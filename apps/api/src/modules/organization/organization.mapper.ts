import type { Language, OrgRole } from '@openhuddle/shared';
import { UserProfile } from '../user/dto/user.types';
import { Invitation, InvitationPreview, Membership, Organization } from './dto/organization.types';
import type { InvitationEntity } from './invitation.entity';
import type { MembershipEntity } from './membership.entity';
import type { OrganizationEntity } from './organization.entity';
import { organizationPermissions } from './organization.policy';
import { invitationStatus } from './organization.service';

export function toOrganization(organization: OrganizationEntity, viewerMembership: { role: OrgRole }): Organization {
  return Object.assign(new Organization(), {
    id: organization.id,
    name: organization.name,
    slug: organization.slug,
    language: organization.language as Language,
    createdAt: organization.createdAt,
    viewerRole: viewerMembership.role,
    viewerCan: organizationPermissions(viewerMembership.role),
  });
}

export function toMembership(membership: MembershipEntity): Membership {
  if (!membership.user) throw new Error('membership.user must be loaded');
  return Object.assign(new Membership(), {
    id: membership.id,
    role: membership.role,
    createdAt: membership.createdAt,
    user: UserProfile.from(membership.user),
    email: membership.user.email,
    organizationId: membership.organizationId,
  });
}

export function toInvitation(invitation: InvitationEntity, acceptUrl: string | null = null): Invitation {
  if (!invitation.invitedBy) throw new Error('invitation.invitedBy must be loaded');
  return Object.assign(new Invitation(), {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    status: invitationStatus(invitation),
    createdAt: invitation.createdAt,
    expiresAt: invitation.expiresAt,
    invitedBy: UserProfile.from(invitation.invitedBy),
    acceptUrl,
  });
}

export function toInvitationPreview(invitation: InvitationEntity): InvitationPreview {
  return Object.assign(new InvitationPreview(), {
    organizationName: invitation.organization?.name ?? '',
    email: invitation.email,
    role: invitation.role,
    status: invitationStatus(invitation),
    invitedByName: invitation.invitedBy?.displayName ?? '',
    expiresAt: invitation.expiresAt,
    cohortName: invitation.cohort?.name ?? null,
    cohortRole: invitation.cohortRole,
  });
}
