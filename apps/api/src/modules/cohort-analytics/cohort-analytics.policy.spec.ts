import { Anonymity, CohortRole, OrgRole, RevealRule } from '@openhuddle/shared';
import type { CohortAccess } from '../cohort/cohort.policy';
import { hidesAnalyticsAuthor, seesWhoPosted } from './cohort-analytics.policy';

const access = (cohortRole: CohortRole | null, orgRole: OrgRole = OrgRole.MEMBER): CohortAccess => ({
  cohortId: 'c',
  organizationId: 'o',
  userId: 'viewer',
  cohortRole,
  orgRole,
});
const facilitator = access(CohortRole.FACILITATOR);
const adminOutside = access(null, OrgRole.ADMIN);

describe('cohort analytics policy', () => {
  it('shows who posted to facilitators, to an admin outside only on open prompts without anonymity', () => {
    const anonymous = { anonymity: Anonymity.TO_PEERS, reveal_rule: RevealRule.OPEN };
    const postFirst = { anonymity: Anonymity.NONE, reveal_rule: RevealRule.POST_FIRST };
    const open = { anonymity: Anonymity.NONE, reveal_rule: RevealRule.OPEN };
    expect(seesWhoPosted(facilitator, anonymous)).toBe(true);
    expect(seesWhoPosted(facilitator, postFirst)).toBe(true);
    expect(seesWhoPosted(adminOutside, anonymous)).toBe(false);
    expect(seesWhoPosted(adminOutside, postFirst)).toBe(false);
    expect(seesWhoPosted(adminOutside, open)).toBe(true);
  });

  it('hides anonymous authors from everyone but facilitators and the author', () => {
    expect(hidesAnalyticsAuthor(adminOutside, Anonymity.TO_PEERS, 'someone')).toBe(true);
    expect(hidesAnalyticsAuthor(facilitator, Anonymity.TO_PEERS, 'someone')).toBe(false);
    expect(hidesAnalyticsAuthor(adminOutside, Anonymity.NONE, 'someone')).toBe(false);
    expect(hidesAnalyticsAuthor(adminOutside, Anonymity.TO_PEERS, 'viewer')).toBe(false);
  });
});
