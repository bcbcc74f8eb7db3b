import { describe, expect, it } from '@jest/globals';
import { CohortRole, OrgRole } from '@openhuddle/shared';
import type { CohortAccess } from '../cohort/cohort.policy';
import {
  canCopyPrompt,
  canLaunchInto,
  canSaveCohortAsTemplate,
  canUseTemplates,
  templateViewerCan,
} from './program-template.policy';

const access = (cohortRole: CohortRole | null, orgRole: OrgRole | null, cohortId = 'c1'): CohortAccess => ({
  cohortId,
  organizationId: 'o1',
  userId: 'u1',
  cohortRole,
  orgRole,
});

describe('program template policy', () => {
  it('templates are for facilitators, admins and owners of the authoring organisation', () => {
    expect(canUseTemplates(OrgRole.FACILITATOR)).toBe(true);
    expect(canUseTemplates(OrgRole.ADMIN)).toBe(true);
    expect(canUseTemplates(OrgRole.OWNER)).toBe(true);
    expect(canUseTemplates(OrgRole.MEMBER)).toBe(false);
    expect(canUseTemplates(null)).toBe(false);
  });

  it('launches into an organisation only as its facilitator or above, or as a guest facilitator of it', () => {
    expect(canLaunchInto({ organizationId: 'o2', orgRole: OrgRole.FACILITATOR, guestFacilitator: false })).toBe(true);
    expect(canLaunchInto({ organizationId: 'o2', orgRole: OrgRole.MEMBER, guestFacilitator: false })).toBe(false);
    expect(canLaunchInto({ organizationId: 'o2', orgRole: null, guestFacilitator: false })).toBe(false);
    expect(canLaunchInto({ organizationId: 'o2', orgRole: null, guestFacilitator: true })).toBe(true);
  });

  it('saving a cohort as a template needs running the cohort and authoring rights', () => {
    expect(canSaveCohortAsTemplate(access(CohortRole.FACILITATOR, OrgRole.MEMBER), OrgRole.FACILITATOR)).toBe(true);
    expect(canSaveCohortAsTemplate(access(CohortRole.FACILITATOR, OrgRole.MEMBER), OrgRole.MEMBER)).toBe(false);
    expect(canSaveCohortAsTemplate(access(CohortRole.MEMBER, OrgRole.FACILITATOR), OrgRole.FACILITATOR)).toBe(false);
    // A facilitator whose membership ended runs nothing (rule 1).
    expect(canSaveCohortAsTemplate(access(CohortRole.FACILITATOR, null), OrgRole.FACILITATOR)).toBe(false);
  });

  it('copying a prompt needs running both cohorts, and two different ones', () => {
    const runs = access(CohortRole.FACILITATOR, OrgRole.MEMBER, 'a');
    expect(canCopyPrompt(runs, access(CohortRole.FACILITATOR, OrgRole.MEMBER, 'b'))).toBe(true);
    expect(canCopyPrompt(runs, access(CohortRole.MEMBER, OrgRole.MEMBER, 'b'))).toBe(false);
    expect(canCopyPrompt(access(CohortRole.OBSERVER, OrgRole.MEMBER, 'a'), runs)).toBe(false);
    expect(canCopyPrompt(runs, runs)).toBe(false);
  });

  it('offers launching only with somewhere to launch into', () => {
    expect(templateViewerCan(OrgRole.FACILITATOR, 1)).toEqual({ edit: true, duplicate: true, launch: true });
    expect(templateViewerCan(OrgRole.FACILITATOR, 0).launch).toBe(false);
    expect(templateViewerCan(OrgRole.MEMBER, 3)).toEqual({ edit: false, duplicate: false, launch: false });
  });
});
