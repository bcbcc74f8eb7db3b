import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ContributionFieldsFragment } from '../../generated/graphql';
import type { Protocol } from '../feedback/feedback-form';
import { ContributionCard } from './contribution-card';

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
    isAnonymous: false,
    isMine,
    spotlighted: false,
    viewerCan: { ...NOTHING, ...viewerCan },
    reactions: [],
    feedback: [],
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
