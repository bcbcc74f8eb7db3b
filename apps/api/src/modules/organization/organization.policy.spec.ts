import { OrgRole } from '@openhuddle/shared';
import { checkInvite, checkRemoval, checkRoleChange, organizationPermissions } from './organization.policy';

describe('organization policy', () => {
  it('lets admins and owners invite, but only owners invite owners', () => {
    expect(checkInvite(OrgRole.MEMBER, OrgRole.MEMBER)?.code).toBe('FORBIDDEN');
    expect(checkInvite(OrgRole.FACILITATOR, OrgRole.MEMBER)?.code).toBe('FORBIDDEN');
    expect(checkInvite(OrgRole.ADMIN, OrgRole.FACILITATOR)).toBeNull();
    expect(checkInvite(OrgRole.ADMIN, OrgRole.OWNER)?.code).toBe('FORBIDDEN');
    expect(checkInvite(OrgRole.OWNER, OrgRole.OWNER)).toBeNull();
  });

  it('keeps ownership changes with owners and never leaves an organization without one', () => {
    expect(checkRoleChange(OrgRole.ADMIN, OrgRole.MEMBER, OrgRole.FACILITATOR, 1)).toBeNull();
    expect(checkRoleChange(OrgRole.ADMIN, OrgRole.MEMBER, OrgRole.OWNER, 1)?.code).toBe('FORBIDDEN');
    expect(checkRoleChange(OrgRole.ADMIN, OrgRole.OWNER, OrgRole.MEMBER, 2)?.code).toBe('FORBIDDEN');
    expect(checkRoleChange(OrgRole.OWNER, OrgRole.OWNER, OrgRole.ADMIN, 1)?.code).toBe('CONFLICT');
    expect(checkRoleChange(OrgRole.OWNER, OrgRole.OWNER, OrgRole.ADMIN, 2)).toBeNull();
    expect(checkRoleChange(OrgRole.MEMBER, OrgRole.MEMBER, OrgRole.ADMIN, 1)?.code).toBe('FORBIDDEN');
  });

  it('lets anyone leave except the last owner, and only admins remove others', () => {
    expect(checkRemoval(OrgRole.MEMBER, OrgRole.MEMBER, true, 1)).toBeNull();
    expect(checkRemoval(OrgRole.MEMBER, OrgRole.MEMBER, false, 1)?.code).toBe('FORBIDDEN');
    expect(checkRemoval(OrgRole.ADMIN, OrgRole.MEMBER, false, 1)).toBeNull();
    expect(checkRemoval(OrgRole.ADMIN, OrgRole.OWNER, false, 2)?.code).toBe('FORBIDDEN');
    expect(checkRemoval(OrgRole.OWNER, OrgRole.OWNER, true, 1)?.code).toBe('CONFLICT');
  });

  it('tells the UI what each role may do', () => {
    expect(organizationPermissions(OrgRole.MEMBER)).toEqual({
      inviteMembers: false,
      manageMembers: false,
      grantOwner: false,
      updateOrganization: false,
    });
    expect(organizationPermissions(OrgRole.OWNER).grantOwner).toBe(true);
    expect(organizationPermissions(OrgRole.ADMIN).grantOwner).toBe(false);
  });
});
