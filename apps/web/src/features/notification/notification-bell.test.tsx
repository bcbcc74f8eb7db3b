import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import {
  MarkNotificationsReadDocument,
  NotificationAddedDocument,
  NotificationsDocument,
} from '../../generated/graphql';
import { NotificationBell } from './notification-bell';

const list = (unreadCount: number, read: boolean) => ({
  data: {
    notifications: {
      __typename: 'NotificationList',
      unreadCount,
      items: [
        {
          __typename: 'Notification',
          id: 'n1',
          kind: 'HUDDLE_NUDGE',
          text: 'Read the brief before Thursday’s huddle',
          link: '/o/o1/huddles/h1',
          createdAt: '2026-11-25T10:00:00.000Z',
          read,
          cohortId: null,
          cohortName: null,
        },
      ],
      pageInfo: { __typename: 'NotificationPageInfo', hasNextPage: false, endCursor: null },
    },
  },
});

describe('NotificationBell', () => {
  it('says how many are unread, lists them, marks them read on opening, and Escape returns focus', async () => {
    const marked = vi.fn(() => ({ data: { markNotificationsRead: true } }));
    const mocks = [
      {
        request: { query: NotificationAddedDocument, variables: { organizationId: 'o1' } },
        delay: 60_000,
        result: { data: null },
      },
      {
        request: { query: NotificationsDocument, variables: { organizationId: 'o1', first: 10 } },
        result: list(1, false),
      },
      { request: { query: MarkNotificationsReadDocument, variables: { organizationId: 'o1' } }, result: marked },
      {
        request: { query: NotificationsDocument, variables: { organizationId: 'o1', first: 10 } },
        result: list(0, true),
      },
    ];
    const user = userEvent.setup();
    render(
      <MockedProvider mocks={mocks}>
        <MemoryRouter>
          <NotificationBell organizationId="o1" />
        </MemoryRouter>
      </MockedProvider>,
    );
    const bell = await screen.findByRole('button', { name: 'Notifications, 1 unread' });
    await user.click(bell);
    const link = screen.getByRole('link', { name: /Read the brief before Thursday’s huddle/ });
    expect(link.getAttribute('href')).toBe('/o/o1/huddles/h1');
    await waitFor(() => expect(marked).toHaveBeenCalled());
    await screen.findByRole('button', { name: 'Notifications, 0 unread' });
    // What was new when the list opened stays marked new while it is open.
    expect(link.textContent).toMatch(/^New: /);
    await user.keyboard('{Escape}');
    expect(bell.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(bell);
  });
});
