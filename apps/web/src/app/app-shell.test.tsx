import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { NotificationsDocument, ViewerDocument } from '../generated/graphql';
import { AppShell } from './app-shell';

const me = {
  __typename: 'Me' as const,
  id: 'u1',
  email: 'luis@riverside.example',
  displayName: 'Luis Hernandez',
  avatarUrl: null,
  timeZone: 'UTC',
  guestCohorts: [],
  organizations: [
    { __typename: 'OrganizationMembership' as const, id: 'o1', name: 'Riverside', slug: 'r', viewerRole: 'MEMBER' },
  ],
};

function renderShell() {
  render(
    <MockedProvider
      mocks={[
        { request: { query: ViewerDocument }, result: { data: { me } }, maxUsageCount: 5 },
        {
          request: { query: NotificationsDocument, variables: { organizationId: 'o1' } },
          result: { data: { notifications: { __typename: 'NotificationList', unreadCount: 0, items: [] } } },
          maxUsageCount: 5,
        },
      ]}
    >
      <MemoryRouter initialEntries={['/o/o1']}>
        <Routes>
          <Route path="/" element={<AppShell />}>
            <Route path="/o/:organizationId" element={<p>Home page</p>} />
            <Route path="/o/:organizationId/queue" element={<p>Queue page</p>} />
          </Route>
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('the header on a phone', () => {
  it('folds the organisation links behind a Menu button that opens, closes on Escape and on navigating', async () => {
    renderShell();
    const menu = await screen.findByRole('button', { name: 'Menu' });
    const nav = screen.getByRole('navigation', { name: 'Organisation' });
    expect(menu.getAttribute('aria-controls')).toBe(nav.id);
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    expect(nav.hasAttribute('data-open')).toBe(false);

    const user = userEvent.setup();
    await user.click(menu);
    expect(menu.getAttribute('aria-expanded')).toBe('true');
    expect(nav.hasAttribute('data-open')).toBe(true);
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Home');
    await user.keyboard('{Escape}');
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(menu);

    await user.click(menu);
    await user.click(screen.getByRole('link', { name: 'My queue' }));
    expect(await screen.findByText('Queue page')).toBeTruthy();
    await waitFor(() => expect(menu.getAttribute('aria-expanded')).toBe('false'));
  });
});
