import { describe, expect, it } from '@jest/globals';
import { CohortRole, OrgRole } from '@openhuddle/shared';
import { cohortRoleOf, ltiPermissions, orgRoleOf } from './lti.policy';

const M = 'http://purl.imsglobal.org/vocab/lis/v2/membership#';

describe('LTI role mapping', () => {
  it('course teachers facilitate, whatever form the platform sends the role in', () => {
    expect(cohortRoleOf([`${M}Instructor`])).toBe(CohortRole.FACILITATOR);
    expect(cohortRoleOf(['Instructor'])).toBe(CohortRole.FACILITATOR);
    expect(cohortRoleOf([`${M}ContentDeveloper`])).toBe(CohortRole.FACILITATOR);
    expect(cohortRoleOf(['http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant'])).toBe(
      CohortRole.FACILITATOR,
    );
    expect(orgRoleOf([`${M}Instructor`])).toBe(OrgRole.FACILITATOR);
  });

  it('learners and anyone else are members; an institution role alone does not make a facilitator', () => {
    expect(cohortRoleOf([`${M}Learner`])).toBe(CohortRole.MEMBER);
    expect(cohortRoleOf([])).toBe(CohortRole.MEMBER);
    expect(cohortRoleOf(['http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor'])).toBe(
      CohortRole.MEMBER,
    );
    expect(orgRoleOf([`${M}Learner`])).toBe(OrgRole.MEMBER);
  });

  it('only admins and owners manage LTI registrations', () => {
    expect(ltiPermissions(OrgRole.ADMIN)).toEqual({ manage: true });
    expect(ltiPermissions(OrgRole.OWNER)).toEqual({ manage: true });
    expect(ltiPermissions(OrgRole.FACILITATOR)).toEqual({ manage: false });
  });
});
