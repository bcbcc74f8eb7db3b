import { InMemoryCache } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { PromptDocument, type PromptQuery } from '../../generated/graphql';
import { mergeActivity } from './merge-activity';
import type { CohortActivityEvent } from './use-cohort-activity';
import { NO_FEEDBACK } from '../../test/empty-feedback';

type Contribution = PromptQuery['prompt']['contributionPage']['nodes'][number];

const contribution = (id: string, body: string): Contribution => ({
  __typename: 'Contribution',
  id,
  promptId: 'p1',
  kind: 'IDEA',
  body,
  links: [],
  attachments: [],
  status: 'PUBLISHED',
  publishedAt: '2026-11-25T19:00:00.000Z',
  version: 1,
  updatedAt: '2026-11-25T19:00:00.000Z',
  author: { __typename: 'UserProfile', id: `author-${id}`, displayName: `Author ${id}`, avatarUrl: null },
  authorIsGuest: false,
  isAnonymous: false,
  isMine: false,
  spotlighted: false,
  viewerReviewAssignment: null,
  viewerOpenReviewsElsewhere: [],
  viewerCan: {
    __typename: 'ContributionPermissions',
    edit: false,
    delete: false,
    spotlight: false,
    react: true,
    comment: true,
    giveFeedback: false,
    report: false,
  },
  reactions: [],
  ...NO_FEEDBACK,
  comments: [],
  revisions: [],
});

const prompt = (contributions: Contribution[], drafts: Contribution[] = []): PromptQuery => ({
  prompt: {
    __typename: 'Prompt',
    id: 'p1',
    cohortId: 'c1',
    title: 'Exit tickets',
    instructions: '',
    opensAt: '2026-11-20T00:00:00.000Z',
    dueAt: null,
    closesAt: null,
    acceptedKinds: ['IDEA'],
    revealRule: 'OPEN',
    revealAt: null,
    anonymity: 'NONE',
    protocolId: null,
    reviewMode: 'NONE',
    reviewsPerContribution: 0,
    reviewGrouping: 'ANY',
    status: 'OPEN',
    publishedAt: '2026-11-20T00:00:00.000Z',
    contributionCount: contributions.length,
    hiddenContent: [],
    viewerHasPublished: true,
    postedMemberIds: [],
    protocol: {
      __typename: 'FeedbackProtocol',
      id: 'glow',
      name: 'Glow & Grow',
      description: '',
      sections: [],
      rubric: [],
    },
    viewerDrafts: drafts,
    contributionPage: {
      __typename: 'ContributionConnection',
      totalCount: contributions.length,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      nodes: contributions,
    },
  },
});

const event = (kind: CohortActivityEvent['kind'], c: Contribution): CohortActivityEvent => ({
  __typename: 'CohortActivity',
  kind,
  promptId: 'p1',
  subjectId: null,
  contribution: c,
});

function cacheWith(contributions: Contribution[], drafts: Contribution[] = []) {
  const cache = new InMemoryCache();
  cache.writeQuery({ query: PromptDocument, variables: { id: 'p1' }, data: prompt(contributions, drafts) });
  const read = () => cache.readQuery({ query: PromptDocument, variables: { id: 'p1' } })!.prompt;
  return { cache, read };
}

describe('merging cohort activity into an open prompt', () => {
  it('puts a newly published contribution after the spotlights, as the newest, once, and counts it', () => {
    const spot = { ...contribution('s', 'Spotlit'), spotlighted: true };
    const { cache, read } = cacheWith([spot, contribution('a', 'First')]);
    const b = contribution('b', 'Second');
    const c = contribution('c', 'Third');
    expect(
      mergeActivity(cache, 'p1', [
        event('CONTRIBUTION_PUBLISHED', b),
        event('CONTRIBUTION_PUBLISHED', b),
        event('CONTRIBUTION_PUBLISHED', c),
      ]),
    ).toBe(true);
    expect(read().contributionPage.nodes.map((x) => x.id)).toEqual(['s', 'c', 'b', 'a']);
    expect(read().contributionCount).toBe(4);
    expect(read().contributionPage.totalCount).toBe(4);
    // Already listed: nothing added.
    expect(mergeActivity(cache, 'p1', [event('CONTRIBUTION_PUBLISHED', contribution('a', 'First'))])).toBe(true);
    expect(read().contributionPage.nodes).toHaveLength(4);
  });

  it('moves the viewer’s own draft from their drafts to the list when it is published', () => {
    const draft = { ...contribution('d', 'Mine'), status: 'DRAFT' as const, isMine: true };
    const { cache, read } = cacheWith([contribution('a', 'First')], [draft]);
    mergeActivity(cache, 'p1', [event('CONTRIBUTION_PUBLISHED', { ...draft, status: 'PUBLISHED' })]);
    expect(read().viewerDrafts).toEqual([]);
    expect(read().contributionPage.nodes.map((x) => x.id)).toEqual(['d', 'a']);
  });

  it('leaves edits, feedback and comments to normalisation, and asks for a refetch after a spotlight', () => {
    const { cache, read } = cacheWith([contribution('a', 'First')]);
    expect(mergeActivity(cache, 'p1', [event('CONTRIBUTION_EDITED', contribution('a', 'Edited'))])).toBe(true);
    expect(read().contributionPage.nodes).toHaveLength(1);
    expect(mergeActivity(cache, 'p1', [event('SPOTLIGHTED', contribution('a', 'First'))])).toBe(false);
  });

  it('asks for a fetch when the prompt is not in the cache', () => {
    expect(mergeActivity(new InMemoryCache(), 'p1', [event('CONTRIBUTION_PUBLISHED', contribution('a', 'x'))])).toBe(
      false,
    );
  });
});
