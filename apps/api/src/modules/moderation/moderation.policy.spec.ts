import { CohortRole, ErrorCode, MuteDuration, OrgRole } from '@openhuddle/shared';
import type { CohortAccess } from '../cohort/cohort.policy';
import {
  checkHide,
  checkMute,
  checkReport,
  checkRestore,
  isMuteActive,
  moderationViewerCan,
  muteEndsAt,
  mutedRefusal,
} from './moderation.policy';

const access = (cohortRole: CohortRole | null, orgRole: OrgRole | null = OrgRole.MEMBER): CohortAccess => ({
  cohortId: 'c',
  organizationId: 'o',
  userId: 'me',
  cohortRole,
  orgRole,
});
const bySomeoneElse = { authorId: 'them', hiddenAt: null };
const mine = { authorId: 'me', hiddenAt: null };
const hidden = { authorId: 'them', hiddenAt: new Date() };

describe('moderation policy', () => {
  it('lets anyone reading the cohort report what others wrote, never their own content', () => {
    expect(checkReport(access(CohortRole.MEMBER), bySomeoneElse)).toBeNull();
    expect(checkReport(access(CohortRole.OBSERVER), bySomeoneElse)).toBeNull();
    expect(checkReport(access(CohortRole.MEMBER), mine)?.code).toBe(ErrorCode.FORBIDDEN);
    expect(checkReport(access(null), bySomeoneElse)?.code).toBe(ErrorCode.NOT_FOUND);
    expect(checkReport(access(CohortRole.MEMBER, null), bySomeoneElse)?.code).toBe(ErrorCode.NOT_FOUND);
  });

  it('lets facilitators and org admins hide and restore, members neither', () => {
    expect(checkHide(access(CohortRole.FACILITATOR), bySomeoneElse)).toBeNull();
    expect(checkHide(access(null, OrgRole.ADMIN), bySomeoneElse)).toBeNull();
    expect(checkHide(access(CohortRole.MEMBER), bySomeoneElse)?.code).toBe(ErrorCode.FORBIDDEN);
    expect(checkHide(access(CohortRole.FACILITATOR), hidden)?.code).toBe(ErrorCode.CONFLICT);
    expect(checkRestore(access(CohortRole.FACILITATOR), hidden)).toBeNull();
    expect(checkRestore(access(CohortRole.FACILITATOR), bySomeoneElse)?.code).toBe(ErrorCode.CONFLICT);
    expect(checkRestore(access(CohortRole.MEMBER), hidden)?.code).toBe(ErrorCode.FORBIDDEN);
  });

  it('mutes members only: not oneself, not a facilitator, and only by whoever manages the cohort', () => {
    expect(checkMute(access(CohortRole.FACILITATOR), 'them', false)).toBeNull();
    expect(checkMute(access(CohortRole.FACILITATOR), 'me', false)?.fields).toEqual({
      userId: 'You cannot mute yourself.',
    });
    expect(checkMute(access(CohortRole.FACILITATOR), 'them', true)?.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(checkMute(access(CohortRole.MEMBER), 'them', false)?.code).toBe(ErrorCode.FORBIDDEN);
  });

  it('ends a mute after a day, a week, or never by itself; a lifted or past mute is not in force', () => {
    const now = new Date('2030-01-01T00:00:00Z');
    expect(muteEndsAt(MuteDuration.ONE_DAY, now)?.toISOString()).toBe('2030-01-02T00:00:00.000Z');
    expect(muteEndsAt(MuteDuration.ONE_WEEK, now)?.toISOString()).toBe('2030-01-08T00:00:00.000Z');
    expect(muteEndsAt(MuteDuration.UNTIL_LIFTED, now)).toBeNull();
    expect(isMuteActive({ until: null, liftedAt: null }, now)).toBe(true);
    expect(isMuteActive({ until: new Date('2029-12-31T00:00:00Z'), liftedAt: null }, now)).toBe(false);
    expect(isMuteActive({ until: null, liftedAt: now }, now)).toBe(false);
  });

  it('tells a muted member until when, as a FORBIDDEN error', () => {
    const refusal = mutedRefusal(new Date('2030-01-02T00:00:00Z'));
    expect(refusal.code).toBe(ErrorCode.FORBIDDEN);
    expect(refusal.message).toContain('until 2030-01-02T00:00:00.000Z');
    expect(mutedRefusal(null).message).toContain('until they lift it');
  });

  it('answers the UI with the same checks', () => {
    expect(moderationViewerCan(access(CohortRole.MEMBER), bySomeoneElse)).toEqual({ report: true, hide: false });
    expect(moderationViewerCan(access(CohortRole.FACILITATOR), mine)).toEqual({ report: false, hide: true });
  });
});
