import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter, Outlet, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AuditEventsDocument, AuditPeopleDocument, ViewerDocument, type OrgRole } from '../../generated/graphql';
import { formatDateTime } from '../../lib/format-date';
import type { OrganizationContext } from '../organization/organization-layout';
import { AuditLogPage } from './audit-log-page';

const organization = (viewerRole: OrgRole = 'ADMIN') =>
  ({ id: 'o1', name: 'Riverside', viewerRole }) as OrganizationContext;

const viewer = {
  __typename: 'Me' as const,
  id: 'u1',
  email: 'ada@example.org',
  displayName: 'Ada Admin',
  avatarUrl: null,
  timeZone: 'Asia/Tokyo',
  guestCohorts: [],
  organizations: [],
};

const details = (d: Record<string, string>) => ({
  __typename: 'AuditEventDetails' as const,
  subjectName: null,
  previousRole: null,
  role: null,
  email: null,
  cohortName: null,
  name: null,
  ...d,
});
const event = (id: string, action: string, d: Record<string, string>, actorId: string | null = 'u1') => ({
  __typename: 'AuditEvent' as const,
  id,
  createdAt: '2026-03-02T15:30:00.000Z',
  action,
  actorId,
  actorName: actorId ? 'Ada Admin' : 'Gone Person',
  subjectType: 'USER',
  subjectId: 'u2',
  details: details(d),
});
const page = (nodes: unknown[], endCursor: string | null = null, totalCount = nodes.length) => ({
  auditEvents: {
    __typename: 'AuditEventConnection' as const,
    nodes,
    pageInfo: { __typename: 'AuditPageInfo' as const, hasNextPage: !!endCursor, endCursor },
    totalCount,
  },
});
const vars = (extra: Record<string, unknown> = {}) => ({
  organizationId: 'o1',
  action: null,
  actorId: null,
  first: 50,
  ...extra,
});
const people = {
  request: { query: AuditPeopleDocument, variables: { id: 'o1' } },
  result: {
    data: {
      organization: {
        __typename: 'Organization',
        id: 'o1',
        members: [
          {
            __typename: 'Membership',
            id: 'm1',
            user: { __typename: 'UserProfile', id: 'u1', displayName: 'Ada Admin' },
          },
          {
            __typename: 'Membership',
            id: 'm2',
            user: { __typename: 'UserProfile', id: 'u2', displayName: 'Ben Member' },
          },
        ],
      },
    },
  },
};
const base = [{ request: { query: ViewerDocument }, result: { data: { me: viewer } } }, people];

function renderPage(mocks: MockLink.MockedResponse[], role: OrgRole = 'ADMIN') {
  return render(
    <MockedProvider mocks={[...base, ...mocks]}>
      <MemoryRouter initialEntries={['/o/o1/audit']}>
        <Routes>
          <Route path="/o/:organizationId" element={<Outlet context={organization(role)} />}>
            <Route path="audit" element={<AuditLogPage />} />
          </Route>
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('AuditLogPage', () => {
  it('lists who did what, at times in the viewer’s profile zone, and loads more below', async () => {
    const user = userEvent.setup();
    renderPage([
      {
        request: { query: AuditEventsDocument, variables: vars() },
        result: {
          data: page(
            [
              event('e1', 'MEMBER_ROLE_CHANGED', { subjectName: 'Ben Member', previousRole: 'MEMBER', role: 'ADMIN' }),
              event('e2', 'COHORT_FACILITATOR_ADDED_BY_ADMIN', { subjectName: 'Ada Admin', cohortName: 'PLC A' }, null),
            ],
            'cursor-1',
            3,
          ),
        },
      },
      {
        request: { query: AuditEventsDocument, variables: vars({ after: 'cursor-1' }) },
        result: { data: page([event('e3', 'INVITATION_SENT', { email: 'new@example.org', role: 'MEMBER' })], null, 3) },
      },
    ]);
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(within(rows[1]!).getByText('Changed Ben Member’s role from member to admin')).toBeTruthy();
    expect(within(rows[1]!).getByText('Ada Admin')).toBeTruthy();
    // 15:30 UTC is 00:30 the next day in Tokyo.
    const tokyo = formatDateTime('2026-03-02T15:30:00.000Z', 'Asia/Tokyo');
    expect(tokyo).not.toBe(formatDateTime('2026-03-02T15:30:00.000Z', 'UTC'));
    expect(await within(rows[1]!).findByText(tokyo)).toBeTruthy();
    // The actor's account is gone: their name stays.
    expect(within(rows[2]!).getByText(/Gone Person/)).toBeTruthy();
    expect(within(rows[2]!).getByText('(account deleted)')).toBeTruthy();

    expect(screen.getByText('Showing 2 of 3 events.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await screen.findByText('Invited new@example.org as member')).toBeTruthy();
    expect(screen.getByText('Showing 3 of 3 events.')).toBeTruthy();
    expect(screen.getAllByRole('row')).toHaveLength(4);
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('filters by action and by person', async () => {
    const user = userEvent.setup();
    renderPage([
      { request: { query: AuditEventsDocument, variables: vars() }, result: { data: page([]) } },
      {
        request: { query: AuditEventsDocument, variables: vars({ action: 'MEMBER_REMOVED' }) },
        result: { data: page([event('e4', 'MEMBER_REMOVED', { subjectName: 'Ben Member', role: 'MEMBER' })]) },
      },
      {
        request: { query: AuditEventsDocument, variables: vars({ action: 'MEMBER_REMOVED', actorId: 'u2' }) },
        result: { data: page([]) },
      },
    ]);
    expect(await screen.findByText('Nothing recorded yet.')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Action'), 'MEMBER_REMOVED');
    expect(await screen.findByText('Removed Ben Member (member) from the organisation')).toBeTruthy();
    await screen.findByRole('option', { name: 'Ben Member' });
    await user.selectOptions(screen.getByLabelText('Person'), 'u2');
    expect(await screen.findByText('Nothing matches these filters.')).toBeTruthy();
  });

  it('says when the log could not be loaded', async () => {
    renderPage([
      {
        request: { query: AuditEventsDocument, variables: vars() },
        result: { errors: [new GraphQLError('Database unavailable')] },
      },
    ]);
    expect(await screen.findByText('We could not load the audit log')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
  });

  it('shows members no log and asks the server nothing', async () => {
    renderPage([], 'MEMBER');
    expect(await screen.findByText('Only admins and owners see the audit log.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
