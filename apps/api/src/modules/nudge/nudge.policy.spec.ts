import { Anonymity, CohortRole, OrgRole, RevealRule } from '@openhuddle/shared';
import type { CohortAccess } from '../cohort/cohort.policy';
import { canNudge, nudgeBlocker, nudgeMessageError, seesNudgeNames } from './nudge.policy';

const access = (cohortRole: CohortRole | null, orgRole: OrgRole = OrgRole.MEMBER): CohortAccess => ({
  cohortId: 'c',
  organizationId: 'o',
  userId: 'u',
  cohortRole,
  orgRole,
});
const anonymous = { anonymity: Anonymity.TO_PEERS, revealRule: RevealRule.OPEN };
const open = { anonymity: Anonymity.NONE, revealRule: RevealRule.OPEN };
const now = new Date('2030-05-01T12:00:00Z');
const hour = 3_600_000;

describe('nudge policy', () => {
  it('lets whoever runs the cohort nudge, never members or observers', () => {
    expect(canNudge(access(CohortRole.FACILITATOR))).toBe(true);
    expect(canNudge(access(null, OrgRole.ADMIN))).toBe(true);
    expect(canNudge(access(CohortRole.MEMBER))).toBe(false);
    expect(canNudge(access(CohortRole.OBSERVER))).toBe(false);
  });

  it('names people to the cohort’s facilitators, to an admin outside it only when every author is shown to all', () => {
    expect(seesNudgeNames(access(CohortRole.FACILITATOR), anonymous)).toBe(true);
    expect(seesNudgeNames(access(null, OrgRole.ADMIN), anonymous)).toBe(false);
    expect(seesNudgeNames(access(null, OrgRole.ADMIN), { ...open, revealRule: RevealRule.POST_FIRST })).toBe(false);
    expect(seesNudgeNames(access(null, OrgRole.ADMIN), open)).toBe(true);
  });

  it('only an open prompt is nudged about', () => {
    const opened = { publishedAt: now, opensAt: new Date(now.getTime() - hour), closesAt: null };
    expect(nudgeBlocker(opened, now)).toBeNull();
    expect(nudgeBlocker({ ...opened, publishedAt: null }, now)).toMatch(/draft/);
    expect(nudgeBlocker({ ...opened, opensAt: new Date(now.getTime() + hour) }, now)).toMatch(/not opened/);
    expect(nudgeBlocker({ ...opened, closesAt: now }, now)).toMatch(/closed/);
  });

  it('takes a message of 1 to 280 characters, counting emoji as one', () => {
    expect(nudgeMessageError('Post by Friday, please.')).toBeNull();
    expect(nudgeMessageError('🙂'.repeat(280))).toBeNull();
    expect(nudgeMessageError('x'.repeat(281))).toMatch(/280/);
    expect(nudgeMessageError(' \n ')).toMatch(/Write a message/);
  });
});
