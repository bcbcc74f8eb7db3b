import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter, Outlet, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { CohortsDocument, MyQueueDocument, ViewerDocument } from '../../generated/graphql';
import type { OrganizationContext } from '../organization/organization-layout';
import { QueuePage } from './queue-page';

const organization = { id: 'o1', name: 'Riverside', viewerRole: 'MEMBER' } as OrganizationContext;
const viewer = {
  __typename: 'Me' as const,
  id: 'u1',
  email: 'ana@example.org',
  displayName: 'Ana',
  avatarUrl: null,
  timeZone: 'UTC',
  guestCohorts: [],
  organizations: [],
};
const owed = (
  id: string,
  title: string,
  lock: { locked: boolean; unlocksWhen: string | null; unlocksByPosting?: boolean },
  author: { anonymous?: boolean; name?: string } = {},
) => ({
  __typename: 'ReviewAssignment' as const,
  id,
  contributionId: `c-${id}`,
  promptId: `p-${id}`,
  promptTitle: title,
  dueAt: null,
  unlocksAt: null,
  unlocksByPosting: false,
  contributionIsAnonymous: author.anonymous ?? false,
  contributionAuthor: author.name
    ? { __typename: 'UserProfile' as const, id: `u-${id}`, displayName: author.name, avatarUrl: null }
    : null,
  ...lock,
});

describe('QueuePage', () => {
  it('names whose contribution each review is for, links to it, and sends a POST_FIRST reviewer to post first', async () => {
    render(
      <MockedProvider
        mocks={[
          { request: { query: ViewerDocument }, result: { data: { me: viewer } } },
          {
            request: { query: CohortsDocument, variables: { organizationId: 'o1' } },
            result: { data: { cohorts: [] } },
          },
          {
            request: { query: MyQueueDocument, variables: { organizationId: 'o1' } },
            result: {
              data: {
                myQueue: {
                  __typename: 'MyQueue',
                  reviewsOwed: [
                    owed('a', 'Exit tickets', { locked: false, unlocksWhen: null }, { name: 'Maya Lopez' }),
                    owed('c', 'Warm-ups', { locked: false, unlocksWhen: null }, { anonymous: true }),
                    owed(
                      'b',
                      'Hinge questions',
                      {
                        locked: true,
                        unlocksWhen: 'Post yours first to unlock this review.',
                        unlocksByPosting: true,
                      },
                      { anonymous: false },
                    ),
                  ],
                  unreadFeedback: [],
                },
              },
            },
          },
        ]}
      >
        <MemoryRouter initialEntries={['/o/o1/queue']}>
          <Routes>
            <Route path="/o/:organizationId" element={<Outlet context={organization} />}>
              <Route path="queue" element={<QueuePage />} />
            </Route>
          </Routes>
        </MemoryRouter>
      </MockedProvider>,
    );
    const open = await screen.findByRole('link', {
      name: 'Give feedback on Maya Lopez’s contribution to “Exit tickets”',
    });
    expect(open.getAttribute('href')).toBe('/o/o1/prompts/p-a#contribution-c-a');
    expect(
      screen.getByRole('link', { name: 'Give feedback on an anonymous member’s contribution to “Warm-ups”' }),
    ).toBeTruthy();
    // The locked one names nobody and does not link to the contribution: it sends the viewer to post first.
    const locked = screen.getByText('Review a peer’s contribution to “Hinge questions” (locked)').closest('li')!;
    expect(within(locked).getByText('Locked')).toBeTruthy();
    const post = within(locked).getByRole('link', { name: 'Post yours first to unlock this review.' });
    expect(post.getAttribute('href')).toBe('/o/o1/prompts/p-b#your-contribution');
    expect(within(locked).getAllByRole('link')).toHaveLength(1);
  });
});
