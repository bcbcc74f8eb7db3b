import { CohortRole, OrgRole } from '@openhuddle/shared';
import type { CohortAccess } from '../cohort/cohort.policy';
import { onDashboard, postingRate, seesDashboardNames } from './dashboard.policy';

const access = (cohortRole: CohortRole | null, orgRole: OrgRole | null = OrgRole.MEMBER): CohortAccess => ({
  cohortId: 'c',
  organizationId: 'o',
  userId: 'u',
  cohortRole,
  orgRole,
});

describe('dashboard policy', () => {
  it('puts a cohort on the dashboard of its facilitators only, never of an admin outside it', () => {
    expect(onDashboard(access(CohortRole.FACILITATOR))).toBe(true);
    expect(onDashboard(access(CohortRole.FACILITATOR, OrgRole.ADMIN))).toBe(true);
    expect(onDashboard(access(null, OrgRole.OWNER))).toBe(false);
    expect(onDashboard(access(CohortRole.MEMBER, OrgRole.ADMIN))).toBe(false);
    expect(onDashboard(access(CohortRole.OBSERVER))).toBe(false);
    expect(onDashboard(null)).toBe(false);
  });

  it('names people to facilitators only', () => {
    expect(seesDashboardNames(access(CohortRole.FACILITATOR))).toBe(true);
    expect(seesDashboardNames(access(null, OrgRole.ADMIN))).toBe(false);
  });

  it('computes the posting rate, 0 without members', () => {
    expect(postingRate(3, 4)).toBe(0.75);
    expect(postingRate(0, 0)).toBe(0);
    expect(postingRate(5, 4)).toBe(1);
  });
});
