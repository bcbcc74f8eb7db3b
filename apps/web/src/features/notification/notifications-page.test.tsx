import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Outlet, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import {
  MarkNotificationReadDocument,
  MarkNotificationsReadDocument,
  NotificationAddedDocument,
  NotificationsDocument,
  ViewerDocument,
} from '../../generated/graphql';
import type { OrganizationContext } from '../organization/organization-layout';
import { NotificationsPage } from './notifications-page';

const organization = { id: 'o1', name: 'Riverside', viewerRole: 'MEMBER' } as OrganizationContext;
const viewer = {
  __typename: 'Me' as const,
  id: 'u1',
  email: 'ada@example.org',
  displayName: 'Ada',
  avatarUrl: null,
  timeZone: 'UTC',
  guestCohorts: [],
  organizations: [],
};

const item = (id: string, text: string, read: boolean, cohort: [string, string] | null) => ({
  __typename: 'Notification' as const,
  id,
  kind: 'MENTION' as const,
  text,
  link: `/o/o1/prompts/p1#contribution-${id}`,
  createdAt: '2026-11-25T10:00:00.000Z',
  read,
  cohortId: cohort?.[0] ?? null,
  cohortName: cohort?.[1] ?? null,
});
const PLC: [string, string] = ['c1', 'Grade 7 PLC'];
const LEADS: [string, string] = ['c2', 'Leadership'];
const list = (items: unknown[], unreadCount: number, endCursor: string | null = null) => ({
  data: {
    notifications: {
      __typename: 'NotificationList' as const,
      unreadCount,
      items,
      pageInfo: { __typename: 'NotificationPageInfo' as const, hasNextPage: !!endCursor, endCursor },
    },
  },
});
const vars = (extra: Record<string, unknown> = {}) => ({
  organizationId: 'o1',
  unreadOnly: false,
  first: 20,
  ...extra,
});
const quiet = {
  request: { query: NotificationAddedDocument, variables: { organizationId: 'o1' } },
  delay: 60_000,
  result: { data: null },
};

function renderPage(mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={[{ request: { query: ViewerDocument }, result: { data: { me: viewer } } }, ...mocks]}>
      <MemoryRouter initialEntries={['/o/o1/notifications']}>
        <Routes>
          <Route path="/o/:organizationId" element={<Outlet context={organization} />}>
            <Route path="notifications" element={<NotificationsPage />} />
            <Route path="prompts/:promptId" element={<p>Prompt page</p>} />
          </Route>
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('NotificationsPage', () => {
  it('groups notifications by cohort, loads more below, and marks one read when it is opened', async () => {
    const marked = vi.fn(() => ({
      data: { markNotificationRead: { __typename: 'Notification', id: 'n1', read: true } },
    }));
    const user = userEvent.setup();
    renderPage([
      quiet,
      {
        request: { query: NotificationsDocument, variables: vars() },
        result: list(
          [
            item('n1', 'Ben mentioned you', false, PLC),
            item('n2', 'Cy replied', true, LEADS),
            item('n3', 'Di mentioned you', true, PLC),
          ],
          1,
          'n3',
        ),
      },
      {
        request: { query: NotificationsDocument, variables: vars({ after: 'n3' }) },
        result: list([item('n4', 'A huddle moved', true, null)], 1),
      },
      { request: { query: MarkNotificationReadDocument, variables: { notificationId: 'n1' } }, result: marked },
      {
        request: { query: NotificationsDocument, variables: vars() },
        result: list([item('n1', 'Ben mentioned you', true, PLC)], 0),
      },
    ]);
    const plc = await screen.findByRole('region', { name: 'Grade 7 PLC' });
    expect(
      within(plc)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Unread: Ben mentioned you', 'Di mentioned you']);
    expect(within(screen.getByRole('region', { name: 'Leadership' })).getByRole('link').textContent).toBe('Cy replied');

    await user.click(screen.getByRole('button', { name: 'Load more' }));
    const org = await screen.findByRole('region', { name: 'Across the organisation' });
    expect(within(org).getByRole('link').textContent).toBe('A huddle moved');
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();

    await user.click(within(plc).getByRole('link', { name: /Ben mentioned you/ }));
    expect(await screen.findByText('Prompt page')).toBeTruthy();
    await waitFor(() => expect(marked).toHaveBeenCalled());
  });

  it('switches to unread with the keyboard, marks all read, and shows new ones as they arrive', async () => {
    const markedAll = vi.fn(() => ({ data: { markNotificationsRead: true } }));
    const user = userEvent.setup();
    renderPage([
      {
        request: { query: NotificationAddedDocument, variables: { organizationId: 'o1' } },
        delay: 50,
        result: { data: { notificationAdded: item('n9', 'Eve gave you feedback', false, PLC) } },
      },
      {
        request: { query: NotificationsDocument, variables: vars() },
        result: list([item('n1', 'Ben mentioned you', false, PLC)], 1),
      },
      {
        request: { query: NotificationsDocument, variables: vars({ unreadOnly: true }) },
        result: list([item('n1', 'Ben mentioned you', false, PLC)], 1),
      },
      { request: { query: MarkNotificationsReadDocument, variables: { organizationId: 'o1' } }, result: markedAll },
      { request: { query: NotificationsDocument, variables: vars({ unreadOnly: true }) }, result: list([], 0) },
    ]);
    // Live: the new one goes on top without a reload.
    expect(await screen.findByRole('link', { name: /Eve gave you feedback/ })).toBeTruthy();
    const all = screen.getByRole('tab', { name: 'All' });
    expect(all.getAttribute('aria-selected')).toBe('true');
    all.focus();
    await user.keyboard('{ArrowRight}');
    const unread = screen.getByRole('tab', { name: /Unread/ });
    expect(unread.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(unread);
    expect(await screen.findByRole('link', { name: /Ben mentioned you/ })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Mark all read' }));
    expect(await screen.findByText('You are all caught up.')).toBeTruthy();
    expect(markedAll).toHaveBeenCalled();
  });
});
