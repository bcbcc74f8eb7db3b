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
  organizations: [],
};
const owed = (id: string, title: string, lock: { locked: boolean; unlocksWhen: string | null }) => ({
  __typename: 'ReviewAssignment' as const,
  id,
  contributionId: `c-${id}`,
  promptId: `p-${id}`,
  promptTitle: title,
  dueAt: null,
  unlocksAt: null,
  ...lock,
});

describe('QueuePage', () => {
  it('shows a POST_FIRST review as locked, says what unlocks it, and links to the prompt instead of the contribution', async () => {
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
                    owed('a', 'Exit tickets', { locked: false, unlocksWhen: null }),
                    owed('b', 'Hinge questions', {
                      locked: true,
                      unlocksWhen: 'Unlocks when you post your own contribution to this prompt.',
                    }),
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
    const open = await screen.findByRole('link', { name: 'Give feedback on “Exit tickets”' });
    expect(open.getAttribute('href')).toContain('c-a');
    expect(screen.queryByRole('link', { name: /Hinge questions/ })).toBeNull();
    const locked = screen.getByText('Feedback on “Hinge questions” (locked)').closest('li')!;
    expect(within(locked).getByText(/Unlocks when you post your own contribution/)).toBeTruthy();
    expect(within(locked).getByText('Locked')).toBeTruthy();
    expect(within(locked).getByRole('link', { name: 'Go to the prompt' }).getAttribute('href')).toBe(
      '/o/o1/prompts/p-b',
    );
  });
});
