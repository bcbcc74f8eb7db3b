import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ContributionFieldsFragment } from '../../generated/graphql';
import type { Protocol } from '../feedback/feedback-form';
import { ContributionCard } from './contribution-card';
import { NO_FEEDBACK } from '../../test/empty-feedback';

type Can = ContributionFieldsFragment['viewerCan'];

const NOTHING: Can = {
  __typename: 'ContributionPermissions',
  edit: false,
  delete: false,
  spotlight: false,
  react: true,
  comment: false,
  giveFeedback: false,
  report: false,
};

const protocol: Protocol = {
  __typename: 'FeedbackProtocol',
  id: 'gg',
  name: 'Glow & Grow',
  description: '',
  sections: [],
  rubric: [],
};

function contribution(viewerCan: Partial<Can>, isMine = false): ContributionFieldsFragment {
  return {
    __typename: 'Contribution',
    id: 'c1',
    promptId: 'p1',
    kind: 'IDEA',
    body: 'Mini whiteboards before the exit ticket.',
    links: [],
    attachments: [],
    status: 'PUBLISHED',
    publishedAt: '2026-11-20T10:00:00.000Z',
    version: 1,
    updatedAt: '2026-11-20T10:00:00.000Z',
    author: { __typename: 'UserProfile', id: 'u1', displayName: 'Luis Hernández', avatarUrl: null },
    authorIsGuest: false,
    isAnonymous: false,
    isMine,
    spotlighted: false,
    viewerReviewAssignment: null,
    viewerOpenReviewsElsewhere: [],
    viewerCan: { ...NOTHING, ...viewerCan },
    reactions: [],
    ...NO_FEEDBACK,
    comments: [],
    revisions: [],
  };
}

function renderCard(c: ContributionFieldsFragment, legacy: { facilitate?: boolean; canPost?: boolean } = {}) {
  render(
    <MockedProvider mocks={[]}>
      <ContributionCard contribution={c} protocol={protocol} acceptedKinds={['IDEA']} {...legacy} />
    </MockedProvider>,
  );
}

const button = (name: string | RegExp) => screen.queryByRole('button', { name });

describe('ContributionCard reads what the viewer may do from viewerCan', () => {
  it('offers nothing the API would refuse, whatever the page believes about the viewer', () => {
    // The page's own idea of "facilitator" is no longer consulted: the server's policy is.
    renderCard(contribution({}), { facilitate: true, canPost: true });
    expect(button('Revise')).toBeNull();
    expect(button('Spotlight')).toBeNull();
    expect(button('Delete')).toBeNull();
    expect(button(/Give feedback/)).toBeNull();
  });

  it('shows the author Revise and Delete, but no feedback on their own work', () => {
    renderCard(contribution({ edit: true, delete: true, comment: true }, true));
    expect(button('Revise')).not.toBeNull();
    expect(button('Delete')).not.toBeNull();
    expect(button('Spotlight')).toBeNull();
    expect(button(/Give feedback/)).toBeNull();
  });

  it('shows a facilitator Spotlight and Delete, and Give feedback when allowed', () => {
    renderCard(contribution({ spotlight: true, delete: true, comment: true, giveFeedback: true }));
    expect(button('Spotlight')).not.toBeNull();
    expect(button('Delete')).not.toBeNull();
    expect(button('Revise')).toBeNull();
    expect(button('Give feedback to Luis Hernández')).not.toBeNull();
  });

  it('shows a peer Give feedback only', () => {
    renderCard(contribution({ comment: true, giveFeedback: true }));
    expect(button('Give feedback to Luis Hernández')).not.toBeNull();
    expect(button('Delete')).toBeNull();
    expect(button('Spotlight')).toBeNull();
  });
});

describe('ContributionCard marks the viewer’s assigned review (from the API)', () => {
  const withReview = (review: Partial<ContributionFieldsFragment>) => ({
    ...contribution({ comment: true, giveFeedback: true }),
    ...review,
  });

  it('says “You are reviewing this” on the assigned one, and its form says sending completes it', async () => {
    renderCard(
      withReview({
        viewerReviewAssignment: { __typename: 'ViewerReviewAssignment', id: 'ra1', dueAt: null, completedAt: null },
      }),
    );
    expect(screen.getByText('You are reviewing this')).toBeTruthy();
    fireEvent.click(button('Give feedback to Luis Hernández')!);
    expect(await screen.findByText('This is your assigned review: sending it completes it.')).toBeTruthy();
    expect(screen.queryByText('This does not count as your assigned review')).toBeNull();
  });

  it('warns in the form, before sending, that feedback on another post does not count as the assigned review', async () => {
    renderCard(withReview({ viewerOpenReviewsElsewhere: ['c9'] }));
    expect(screen.queryByText(/You are reviewing this/)).toBeNull();
    fireEvent.click(button('Give feedback to Luis Hernández')!);
    expect(await screen.findByText('This does not count as your assigned review')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to the contribution you are reviewing' }).getAttribute('href')).toBe(
      '#contribution-c9',
    );
  });

  it('marks a done review as done, and says nothing when the viewer has no assignment', () => {
    renderCard(
      withReview({
        viewerReviewAssignment: {
          __typename: 'ViewerReviewAssignment',
          id: 'ra1',
          dueAt: null,
          completedAt: '2026-11-21T10:00:00.000Z',
        },
      }),
    );
    expect(screen.getByText('✓ You reviewed this')).toBeTruthy();
    expect(screen.queryByText(/You are reviewing this/)).toBeNull();
  });
});
