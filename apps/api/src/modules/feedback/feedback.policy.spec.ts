import { CohortRole, ContributionStatus, OrgRole } from '@openhuddle/shared';
import type { CohortAccess } from '../cohort/cohort.policy';
import {
  checkGiveFeedback,
  checkMarkHelpful,
  checkReassignReview,
  checkReply,
  feedbackViewerCan,
} from './feedback.policy';

const access = (userId: string, cohortRole: CohortRole | null, orgRole: OrgRole | null = OrgRole.MEMBER) =>
  ({ cohortId: 'c', organizationId: 'o', userId, cohortRole, orgRole }) satisfies CohortAccess;

const author = access('author', CohortRole.MEMBER);
const peer = access('peer', CohortRole.MEMBER);
const facilitator = access('fac', CohortRole.FACILITATOR, OrgRole.FACILITATOR);
const observer = access('obs', CohortRole.OBSERVER);
const admin = access('admin', null, OrgRole.ADMIN);

const published = { authorId: 'author', status: ContributionStatus.PUBLISHED };
const draft = { authorId: 'author', status: ContributionStatus.DRAFT };

describe('feedback policy', () => {
  it('lets members and facilitators give feedback on others’ published work', () => {
    expect(checkGiveFeedback(peer, published)).toBeNull();
    expect(checkGiveFeedback(facilitator, published)).toBeNull();
    expect(checkGiveFeedback(admin, published)).toBeNull();
  });

  it('refuses feedback on one’s own contribution, from observers, and on drafts', () => {
    expect(checkGiveFeedback(author, published)?.message).toBe('You cannot give feedback on your own contribution.');
    expect(checkGiveFeedback(observer, published)?.message).toBe('Observers can read but not give feedback.');
    expect(checkGiveFeedback(peer, draft)?.code).toBe('NOT_FOUND');
  });

  it('lets only the contribution’s author mark feedback helpful', () => {
    expect(checkMarkHelpful('author', published)).toBeNull();
    expect(checkMarkHelpful('peer', published)?.code).toBe('FORBIDDEN');
    expect(checkMarkHelpful('fac', published)?.code).toBe('FORBIDDEN');
  });

  it('lets whoever may comment reply', () => {
    expect(checkReply(author, published)).toBeNull();
    expect(checkReply(observer, published)?.code).toBe('FORBIDDEN');
  });

  it('lets whoever manages the cohort reassign reviews; to others the review does not exist', () => {
    expect(checkReassignReview(facilitator)).toBeNull();
    expect(checkReassignReview(admin)).toBeNull();
    expect(checkReassignReview(peer)?.code).toBe('NOT_FOUND');
    expect(checkReassignReview(null)?.code).toBe('NOT_FOUND');
  });

  it('tells the UI the same answers', () => {
    expect(feedbackViewerCan(author, published)).toEqual({ markHelpful: true, reply: true });
    expect(feedbackViewerCan(observer, published)).toEqual({ markHelpful: false, reply: false });
  });
});
