import { CohortRole, OrgRole } from '@openhuddle/shared';
import type { CohortAccess } from '../cohort/cohort.policy';
import { answerBlocker, pulsePolicy } from './pulse-survey.policy';

const access = (cohortRole: CohortRole | null, orgRole: OrgRole | null = OrgRole.MEMBER): CohortAccess => ({
  cohortId: 'c',
  organizationId: 'o',
  userId: 'u',
  cohortRole,
  orgRole,
});
const open = { open: true, viewerHasAnswered: false };

describe('the pulse survey policy', () => {
  it('lets members and facilitators answer an open round once', () => {
    expect(pulsePolicy.answer(access(CohortRole.MEMBER), open, false)).toBe(true);
    expect(pulsePolicy.answer(access(CohortRole.FACILITATOR), open, false)).toBe(true);
    expect(pulsePolicy.answer(access(CohortRole.MEMBER), { ...open, viewerHasAnswered: true }, false)).toBe(false);
    expect(pulsePolicy.answer(access(CohortRole.MEMBER), { ...open, open: false }, false)).toBe(false);
    expect(pulsePolicy.answer(access(CohortRole.MEMBER), open, true)).toBe(false);
    expect(pulsePolicy.answer(access(CohortRole.MEMBER), null, false)).toBe(false);
  });

  it('keeps observers and admins outside the cohort from answering, but not from reading aggregates', () => {
    expect(pulsePolicy.answer(access(CohortRole.OBSERVER), open, false)).toBe(false);
    expect(pulsePolicy.answer(access(null, OrgRole.ADMIN), open, false)).toBe(false);
    expect(pulsePolicy.readResults(access(CohortRole.OBSERVER))).toBe(true);
    expect(pulsePolicy.readResults(access(null, OrgRole.ADMIN))).toBe(true);
    expect(pulsePolicy.readResults(access(null, OrgRole.MEMBER))).toBe(false);
  });

  it('lets facilitators and admins manage, and says why an answer is refused', () => {
    expect(pulsePolicy.manage(access(CohortRole.FACILITATOR))).toBe(true);
    expect(pulsePolicy.manage(access(null, OrgRole.ADMIN))).toBe(true);
    expect(pulsePolicy.manage(access(CohortRole.MEMBER))).toBe(false);
    expect(answerBlocker(access(CohortRole.MEMBER), { ...open, viewerHasAnswered: true }, false)).toMatch(/already/);
    expect(answerBlocker(access(CohortRole.MEMBER), { ...open, open: false }, false)).toMatch(/closed/);
    expect(answerBlocker(access(CohortRole.MEMBER), open, false)).toBeNull();
  });
});
