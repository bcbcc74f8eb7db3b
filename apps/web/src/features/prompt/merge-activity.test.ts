import { InMemoryCache } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { PromptDocument, type PromptQuery } from '../../generated/graphql';
import { mergeActivity } from './merge-activity';
import type { CohortActivityEvent } from './use-cohort-activity';

type Contribution = PromptQuery['prompt']['contributions'][number];

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
  feedback: [],
  comments: [],
  revisions: [],
});

const prompt = (contributions: Contribution[]): PromptQuery => ({
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
    protocol: {
      __typename: 'FeedbackProtocol',
      id: 'glow',
      name: 'Glow & Grow',
      description: '',
      sections: [],
      rubric: [],
    },
    contributions,
  },
});

const event = (kind: CohortActivityEvent['kind'], c: Contribution): CohortActivityEvent => ({
  __typename: 'CohortActivity',
  kind,
  promptId: 'p1',
  subjectId: null,
  contribution: c,
});

function cacheWith(contributions: Contribution[]) {
  const cache = new InMemoryCache();
  cache.writeQuery({ query: PromptDocument, variables: { id: 'p1' }, data: prompt(contributions) });
  const read = () => cache.readQuery({ query: PromptDocument, variables: { id: 'p1' } })!.prompt;
  return { cache, read };
}

describe('merging cohort activity into an open prompt', () => {
  it('appends a newly published contribution once and counts it', () => {
    const { cache, read } = cacheWith([contribution('a', 'First')]);
    const b = contribution('b', 'Second');
    expect(mergeActivity(cache, 'p1', [event('CONTRIBUTION_PUBLISHED', b), event('CONTRIBUTION_PUBLISHED', b)])).toBe(
      true,
    );
    expect(read().contributions.map((c) => c.id)).toEqual(['a', 'b']);
    expect(read().contributionCount).toBe(2);
    // Already listed (the viewer's own draft being published): nothing added.
    expect(mergeActivity(cache, 'p1', [event('CONTRIBUTION_PUBLISHED', contribution('a', 'First'))])).toBe(true);
    expect(read().contributions).toHaveLength(2);
  });

  it('leaves edits, feedback and comments to normalisation, and asks for a refetch after a spotlight', () => {
    const { cache, read } = cacheWith([contribution('a', 'First')]);
    expect(mergeActivity(cache, 'p1', [event('CONTRIBUTION_EDITED', contribution('a', 'Edited'))])).toBe(true);
    expect(read().contributions).toHaveLength(1);
    expect(mergeActivity(cache, 'p1', [event('SPOTLIGHTED', contribution('a', 'First'))])).toBe(false);
  });

  it('asks for a fetch when the prompt is not in the cache', () => {
    expect(mergeActivity(new InMemoryCache(), 'p1', [event('CONTRIBUTION_PUBLISHED', contribution('a', 'x'))])).toBe(
      false,
    );
  });
});
