import { CohortRole, OrgRole } from '@openhuddle/shared';
import {
  type CohortAccess,
  canCreateCohort,
  canManageCohort,
  canPost,
  canViewCohort,
  cohortViewerCan,
  readingRole,
  seesAsFacilitator,
} from './cohort.policy';

const access = (cohortRole: CohortRole | null, orgRole: OrgRole | null): CohortAccess => ({
  cohortId: 'c',
  organizationId: 'o',
  userId: 'u',
  cohortRole,
  orgRole,
});

/** Everything the policy answers for one standing, in one object so each case reads as one line. */
const answers = (a: CohortAccess) => ({
  view: canViewCohort(a),
  manage: canManageCohort(a),
  seeAll: seesAsFacilitator(a),
  post: canPost(a),
  reads: readingRole(a),
});

describe('cohort policy', () => {
  it('lets a cohort facilitator manage, see everything and post', () => {
    expect(answers(access(CohortRole.FACILITATOR, OrgRole.MEMBER))).toEqual({
      view: true,
      manage: true,
      seeAll: true,
      post: true,
      reads: CohortRole.FACILITATOR,
    });
  });

  it('lets a member post and read as a member, but neither manage nor see everything', () => {
    expect(answers(access(CohortRole.MEMBER, OrgRole.FACILITATOR))).toEqual({
      view: true,
      manage: false,
      seeAll: false,
      post: true,
      reads: CohortRole.MEMBER,
    });
  });

  it('lets an observer read as an observer and nothing more', () => {
    expect(answers(access(CohortRole.OBSERVER, OrgRole.MEMBER))).toEqual({
      view: true,
      manage: false,
      seeAll: false,
      post: false,
      reads: CohortRole.OBSERVER,
    });
  });

  it.each([OrgRole.ADMIN, OrgRole.OWNER])(
    'lets an org %s outside the cohort manage it, but read as an observer and not post (rules 2–3)',
    (orgRole) => {
      expect(answers(access(null, orgRole))).toEqual({
        view: true,
        manage: true,
        seeAll: false,
        post: false,
        reads: CohortRole.OBSERVER,
      });
    },
  );

  it('gives an org admin who is also a cohort member the member reading, with management from the org role', () => {
    expect(answers(access(CohortRole.MEMBER, OrgRole.ADMIN))).toEqual({
      view: true,
      manage: true,
      seeAll: false,
      post: true,
      reads: CohortRole.MEMBER,
    });
  });

  it.each([CohortRole.FACILITATOR, CohortRole.MEMBER, CohortRole.OBSERVER])(
    'gives a removed member (leftover cohort role %s, orgRole null) nothing at all (rule 1)',
    (cohortRole) => {
      expect(answers(access(cohortRole, null))).toEqual({
        view: false,
        manage: false,
        seeAll: false,
        post: false,
        reads: null,
      });
    },
  );

  it('gives an org member or facilitator outside the cohort nothing', () => {
    for (const orgRole of [OrgRole.MEMBER, OrgRole.FACILITATOR]) {
      expect(answers(access(null, orgRole))).toEqual({
        view: false,
        manage: false,
        seeAll: false,
        post: false,
        reads: null,
      });
    }
  });

  it('exposes facilitate, post and seeEverything to the web app, matching the rules above', () => {
    expect(cohortViewerCan(access(CohortRole.FACILITATOR, OrgRole.MEMBER))).toEqual({
      facilitate: true,
      post: true,
      seeEverything: true,
    });
    expect(cohortViewerCan(access(null, OrgRole.ADMIN))).toEqual({
      facilitate: true,
      post: false,
      seeEverything: false,
    });
    expect(cohortViewerCan(access(CohortRole.OBSERVER, OrgRole.MEMBER))).toEqual({
      facilitate: false,
      post: false,
      seeEverything: false,
    });
    expect(cohortViewerCan(access(CohortRole.MEMBER, null))).toEqual({
      facilitate: false,
      post: false,
      seeEverything: false,
    });
  });

  it('lets org facilitators and above start cohorts', () => {
    expect(canCreateCohort(OrgRole.MEMBER)).toBe(false);
    expect(canCreateCohort(OrgRole.FACILITATOR)).toBe(true);
    expect(canCreateCohort(OrgRole.ADMIN)).toBe(true);
    expect(canCreateCohort(OrgRole.OWNER)).toBe(true);
  });
});
