import { OrgRole, orgRoleAtLeast } from '@openhuddle/shared';

/** Every member reads the organisation's frameworks; admins and owners create, edit and import them. */
export const frameworkPolicy = {
  read: (role: OrgRole): boolean => orgRoleAtLeast(role, OrgRole.MEMBER),
  edit: (role: OrgRole): boolean => orgRoleAtLeast(role, OrgRole.ADMIN),
};
