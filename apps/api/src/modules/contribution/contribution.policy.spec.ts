import { Anonymity, CohortRole, ContributionStatus, OrgRole } from '@openhuddle/shared';
import type { CohortAccess } from '../cohort/cohort.policy';
import {
  canSeeAuthor,
  checkComment,
  checkDelete,
  checkEdit,
  checkPublish,
  checkReact,
  checkSpotlight,
  contributionViewerCan,
} from './contribution.policy';

const access = (userId: string, cohortRole: CohortRole | null, orgRole: OrgRole | null = OrgRole.MEMBER) =>
  ({ cohortId: 'c', organizationId: 'o', userId, cohortRole, orgRole }) satisfies CohortAccess;

const author = access('author', CohortRole.MEMBER);
const peer = access('peer', CohortRole.MEMBER);
const facilitator = access('fac', CohortRole.FACILITATOR, OrgRole.FACILITATOR);
const observer = access('obs', CohortRole.OBSERVER);
const admin = access('admin', null, OrgRole.ADMIN); // manages the cohort from outside it
const removed = access('author', CohortRole.MEMBER, null); // lost the organization membership

const published = { authorId: 'author', status: ContributionStatus.PUBLISHED };
const draft = { authorId: 'author', status: ContributionStatus.DRAFT };

describe('contribution policy', () => {
  it('lets only the author edit, and only once published', () => {
    expect(checkEdit(author, published)).toBeNull();
    expect(checkEdit(peer, published)?.code).toBe('FORBIDDEN');
    expect(checkEdit(facilitator, published)?.message).toBe('Only the author can edit this.');
    expect(checkEdit(author, draft)?.code).toBe('CONFLICT');
    expect(checkEdit(removed, published)?.code).toBe('FORBIDDEN');
  });

  it('lets only the author publish', () => {
    expect(checkPublish(author, draft)).toBeNull();
    expect(checkPublish(facilitator, draft)?.code).toBe('FORBIDDEN');
  });

  it('lets the author or whoever manages the cohort delete', () => {
    expect(checkDelete(author, published)).toBeNull();
    expect(checkDelete(facilitator, published)).toBeNull();
    expect(checkDelete(admin, published)).toBeNull();
    expect(checkDelete(peer, published)?.code).toBe('FORBIDDEN');
    expect(checkDelete(observer, published)?.code).toBe('FORBIDDEN');
  });

  it('lets facilitators and admins spotlight, nobody else', () => {
    expect(checkSpotlight(facilitator)).toBeNull();
    expect(checkSpotlight(admin)).toBeNull();
    expect(checkSpotlight(author)?.code).toBe('FORBIDDEN');
    expect(checkSpotlight(observer)?.code).toBe('FORBIDDEN');
  });

  it('lets anyone react to a published contribution; a draft looks unknown', () => {
    expect(checkReact(observer, published)).toBeNull();
    expect(checkReact(peer, draft)?.code).toBe('NOT_FOUND');
  });

  it('lets members and facilitators comment on published work; observers read', () => {
    expect(checkComment(peer, published)).toBeNull();
    expect(checkComment(facilitator, published)).toBeNull();
    expect(checkComment(admin, published)).toBeNull();
    expect(checkComment(observer, published)?.code).toBe('FORBIDDEN');
    expect(checkComment(author, draft)?.code).toBe('CONFLICT');
  });

  it('hides an anonymous author from peers and outside admins, not from the cohort’s facilitators', () => {
    expect(canSeeAuthor(peer, published, Anonymity.TO_PEERS)).toBe(false);
    expect(canSeeAuthor(admin, published, Anonymity.TO_PEERS)).toBe(false);
    expect(canSeeAuthor(facilitator, published, Anonymity.TO_PEERS)).toBe(true);
    expect(canSeeAuthor(author, published, Anonymity.TO_PEERS)).toBe(true);
    expect(canSeeAuthor(peer, published, Anonymity.NONE)).toBe(true);
  });

  it('tells the UI the same answers', () => {
    expect(contributionViewerCan(author, published)).toEqual({
      edit: true,
      delete: true,
      spotlight: false,
      react: true,
      comment: true,
      // One's own: nothing to report; only facilitators hide.
      report: false,
      hide: false,
    });
    expect(contributionViewerCan(observer, published)).toEqual({
      edit: false,
      delete: false,
      spotlight: false,
      react: true,
      comment: false,
      report: true,
      hide: false,
    });
    expect(contributionViewerCan(facilitator, published)).toMatchObject({
      edit: false,
      delete: true,
      spotlight: true,
      report: true,
      hide: true,
    });
  });
});
