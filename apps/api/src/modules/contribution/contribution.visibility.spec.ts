import { CohortRole, ContributionStatus, OrgRole, RevealRule } from '@openhuddle/shared';
import type { CohortAccess } from '../cohort/cohort.policy';
import { canSeeContribution, type VisibilityFacts, visibleToEveryMember } from './contribution.visibility';

const access = (
  cohortRole: CohortRole | null,
  orgRole: OrgRole | null = OrgRole.MEMBER,
  userId = 'viewer',
): CohortAccess => ({
  cohortId: 'c',
  organizationId: 'o',
  userId,
  cohortRole,
  orgRole,
});
const facts = (over: Partial<VisibilityFacts> = {}): VisibilityFacts => ({
  authorId: 'author',
  status: ContributionStatus.PUBLISHED,
  deletedAt: null,
  revealRule: RevealRule.OPEN,
  revealAt: null,
  viewerHasPublished: false,
  ...over,
});

describe('canSeeContribution', () => {
  it('keeps drafts private to their author, even from facilitators', () => {
    const draft = facts({ status: ContributionStatus.DRAFT });
    expect(canSeeContribution(access(CohortRole.MEMBER, OrgRole.MEMBER, 'author'), draft)).toBe(true);
    expect(canSeeContribution(access(CohortRole.FACILITATOR), draft)).toBe(false);
    expect(canSeeContribution(access(null, OrgRole.OWNER), draft)).toBe(false);
  });

  it('hides deleted contributions from everyone', () => {
    const deleted = facts({ deletedAt: new Date() });
    expect(canSeeContribution(access(CohortRole.FACILITATOR), deleted)).toBe(false);
    expect(canSeeContribution(access(CohortRole.MEMBER, OrgRole.MEMBER, 'author'), deleted)).toBe(false);
  });

  it.each([
    [RevealRule.OPEN, {}, true, true, true],
    [RevealRule.POST_FIRST, {}, false, true, true],
    [RevealRule.POST_FIRST, { viewerHasPublished: true }, true, true, true],
    [RevealRule.AT_TIME, { revealAt: new Date(Date.now() + 60_000) }, false, false, true],
    [RevealRule.AT_TIME, { revealAt: new Date(Date.now() - 60_000) }, true, true, true],
    [RevealRule.FACILITATORS_ONLY, { viewerHasPublished: true }, false, false, true],
  ])('%s %j: member %s, observer %s, facilitator %s', (rule, extra, member, observer, facilitator) => {
    const f = facts({ revealRule: rule, ...extra });
    expect(canSeeContribution(access(CohortRole.MEMBER), f)).toBe(member);
    expect(canSeeContribution(access(CohortRole.OBSERVER), f)).toBe(observer);
    expect(canSeeContribution(access(CohortRole.FACILITATOR), f)).toBe(facilitator);
    // An admin outside the cohort reads as an observer (PRODUCT.md rule 2).
    expect(canSeeContribution(access(null, OrgRole.ADMIN), f)).toBe(observer);
    expect(canSeeContribution(access(null, OrgRole.MEMBER), f)).toBe(false);
    expect(canSeeContribution(null, f)).toBe(false);
  });
});

describe('losing the organization ends access (rule 1)', () => {
  it('a leftover cohort role without an organization membership sees nothing, not even their own', () => {
    const removed = (role: CohortRole, userId = 'viewer') => access(role, null, userId);
    expect(canSeeContribution(removed(CohortRole.FACILITATOR), facts())).toBe(false);
    expect(canSeeContribution(removed(CohortRole.MEMBER), facts())).toBe(false);
  });
});

describe('visibleToEveryMember', () => {
  it.each([
    [RevealRule.OPEN, null],
    [RevealRule.POST_FIRST, null],
    [RevealRule.AT_TIME, new Date(Date.now() + 60_000)],
    [RevealRule.AT_TIME, new Date(Date.now() - 60_000)],
    [RevealRule.FACILITATORS_ONLY, null],
  ])('%s (reveal %s) agrees with what a member who has not posted sees', (rule, revealAt) => {
    const member = canSeeContribution(access(CohortRole.MEMBER), facts({ revealRule: rule, revealAt }));
    expect(visibleToEveryMember(rule, revealAt)).toBe(member);
  });
});
