import { CohortRole, OrgRole } from '@openhuddle/shared';
import type { CohortAccess } from '../cohort/cohort.policy';
import { canContribute, canEditPrompt, canPublishPrompt, canSeeDraftPrompts, promptViewerCan } from './prompt.policy';

const access = (cohortRole: CohortRole | null, orgRole: OrgRole | null = OrgRole.MEMBER) =>
  ({ cohortId: 'c', organizationId: 'o', userId: 'u', cohortRole, orgRole }) satisfies CohortAccess;

const member = access(CohortRole.MEMBER);
const facilitator = access(CohortRole.FACILITATOR, OrgRole.FACILITATOR);
const observer = access(CohortRole.OBSERVER);
const admin = access(null, OrgRole.ADMIN);

const now = new Date('2026-03-10T12:00:00Z');
const day = 24 * 3600 * 1000;
const open = { publishedAt: new Date(now.getTime() - day), opensAt: new Date(now.getTime() - day), closesAt: null };
const closed = { ...open, closesAt: new Date(now.getTime() - 1000) };
const draft = { ...open, publishedAt: null };

describe('prompt policy', () => {
  it('lets whoever manages the cohort edit and see drafts', () => {
    for (const a of [facilitator, admin]) {
      expect(canEditPrompt(a)).toBe(true);
      expect(canSeeDraftPrompts(a)).toBe(true);
    }
    for (const a of [member, observer]) {
      expect(canEditPrompt(a)).toBe(false);
      expect(canSeeDraftPrompts(a)).toBe(false);
    }
  });

  it('offers publishing for drafts only', () => {
    expect(canPublishPrompt(facilitator, draft)).toBe(true);
    expect(canPublishPrompt(facilitator, open)).toBe(false);
    expect(canPublishPrompt(member, draft)).toBe(false);
  });

  it('lets members post while open, facilitators whenever, observers and outside admins never', () => {
    expect(canContribute(member, open, now)).toBe(true);
    expect(canContribute(member, closed, now)).toBe(false);
    expect(canContribute(facilitator, closed, now)).toBe(true);
    expect(canContribute(observer, open, now)).toBe(false);
    expect(canContribute(admin, open, now)).toBe(false);
  });

  it('tells the UI the same answers', () => {
    expect(promptViewerCan(member, open, now)).toEqual({
      edit: false,
      publish: false,
      contribute: true,
      seeDrafts: false,
    });
    expect(promptViewerCan(facilitator, draft, now)).toEqual({
      edit: true,
      publish: true,
      contribute: true,
      seeDrafts: true,
    });
  });
});
