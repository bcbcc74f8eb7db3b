import { OrgRole } from '@openhuddle/shared';
import { frameworkPolicy } from './framework.policy';

describe('framework policy', () => {
  it('lets every member read and only admins and owners edit', () => {
    expect([OrgRole.MEMBER, OrgRole.FACILITATOR, OrgRole.ADMIN, OrgRole.OWNER].map(frameworkPolicy.read)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect([OrgRole.MEMBER, OrgRole.FACILITATOR, OrgRole.ADMIN, OrgRole.OWNER].map(frameworkPolicy.edit)).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });
});
