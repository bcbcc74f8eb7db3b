import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Outlet, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { MailOutboxDocument, ViewerDocument, type OrgRole } from '../../generated/graphql';
import type { OrganizationContext } from '../organization/organization-layout';
import { OutboxPage, OUTBOX_PAGE_SIZE } from './outbox-page';

const viewer = {
  __typename: 'Me' as const,
  id: 'u1',
  email: 'ada@example.org',
  displayName: 'Ada Admin',
  avatarUrl: null,
  timeZone: 'UTC',
  guestCohorts: [],
  organizations: [],
};
const message = (id: string, extra: Record<string, unknown>) => ({
  __typename: 'OutboxMessage' as const,
  id,
  to: 'ben@example.org',
  subject: 'Ada Admin invited you to Riverside on OpenHuddle',
  text: null,
  status: 'SENT',
  category: 'INVITATION',
  attempts: 0,
  lastError: null,
  createdAt: '2026-03-02T15:30:00.000Z',
  sentAt: '2026-03-02T15:30:01.000Z',
  ...extra,
});
const outbox = (smtpConfigured: boolean, nodes: unknown[]) => ({
  request: { query: MailOutboxDocument, variables: { organizationId: 'o1', first: OUTBOX_PAGE_SIZE } },
  result: {
    data: {
      mailOutbox: {
        __typename: 'OutboxConnection' as const,
        smtpConfigured,
        nodes,
        pageInfo: { __typename: 'OutboxPageInfo' as const, hasNextPage: false, endCursor: null },
      },
    },
  },
});

function renderPage(mocks: MockLink.MockedResponse[], viewerRole: OrgRole = 'ADMIN') {
  return render(
    <MockedProvider mocks={[{ request: { query: ViewerDocument }, result: { data: { me: viewer } } }, ...mocks]}>
      <MemoryRouter initialEntries={['/o/o1/outbox']}>
        <Routes>
          <Route
            path="/o/:organizationId"
            element={<Outlet context={{ id: 'o1', name: 'Riverside', viewerRole } as OrganizationContext} />}
          >
            <Route path="outbox" element={<OutboxPage />} />
          </Route>
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('OutboxPage', () => {
  it('without SMTP, says so and shows each message’s text with working links', async () => {
    const user = userEvent.setup();
    renderPage([
      outbox(false, [
        message('m1', {
          status: 'OUTBOX',
          sentAt: null,
          text: 'Join Riverside: http://localhost:3000/invitations/abc123 (expires in 7 days)',
        }),
      ]),
    ]);
    expect(await screen.findByText('Email is not set up on this server')).toBeTruthy();
    await user.click(screen.getByText('Ada Admin invited you to Riverside on OpenHuddle'));
    const link = screen.getByRole('link', { name: 'http://localhost:3000/invitations/abc123' });
    expect(link.getAttribute('href')).toBe('http://localhost:3000/invitations/abc123');
    expect(screen.getByText('In the outbox')).toBeTruthy();
  });

  it('with SMTP, tells delivered from failed and shows the server’s answer', async () => {
    renderPage([
      outbox(true, [
        message('m1', {}),
        message('m2', { to: 'gone@example.org', status: 'FAILED', attempts: 6, lastError: '550 No such user' }),
      ]),
    ]);
    const items = await screen.findAllByRole('listitem');
    expect(within(items[0]!).getByText('Delivered to the mail server')).toBeTruthy();
    expect(within(items[1]!).getByText('Not delivered')).toBeTruthy();
    expect(within(items[1]!).getByText(/After 6 attempts, the mail server said: 550 No such user/)).toBeTruthy();
    expect(screen.queryByText('Email is not set up on this server')).toBeNull();
  });

  it('is closed to members', async () => {
    renderPage([], 'MEMBER');
    expect(await screen.findByText('Only admins and owners see the outbox.')).toBeTruthy();
  });
});
