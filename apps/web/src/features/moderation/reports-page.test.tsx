import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Outlet, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import {
  DismissReportsDocument,
  HideContentDocument,
  ReportQueueDocument,
  ReportsCohortDocument,
  ViewerDocument,
} from '../../generated/graphql';
import type { OrganizationContext } from '../organization/organization-layout';
import { ReportsPage } from './reports-page';

const organization = { id: 'o1', name: 'Riverside', viewerRole: 'MEMBER' } as OrganizationContext;
const viewer = {
  __typename: 'Me' as const,
  id: 'u9',
  email: 'fran@example.org',
  displayName: 'Fran Facilitator',
  avatarUrl: null,
  timeZone: 'UTC',
  guestCohorts: [],
  organizations: [],
};
const cohort = (facilitate: boolean) => ({
  request: { query: ReportsCohortDocument, variables: { id: 'k1' } },
  result: {
    data: {
      cohort: {
        __typename: 'Cohort',
        id: 'k1',
        name: 'Maths PLC',
        viewerCan: { __typename: 'CohortPermissions', facilitate },
      },
    },
  },
});
const content = (subjectId: string, subjectType: 'CONTRIBUTION' | 'COMMENT', body: string) => ({
  __typename: 'ModeratedContent' as const,
  subjectType,
  subjectId,
  contributionId: 'c1',
  promptId: 'p1',
  body,
  authorName: 'Ben Member',
  hiddenAt: null,
  hiddenReason: null,
  tombstone: '',
  canRestore: false,
});
const report = (id: string, reason: string, reporterName: string, note: string | null = null) => ({
  __typename: 'Report' as const,
  id,
  reason,
  note,
  reporterName,
  createdAt: '2026-11-20T10:00:00.000Z',
});
const queue = (items: unknown[]) => ({
  request: { query: ReportQueueDocument, variables: { cohortId: 'k1' } },
  result: { data: { reportQueue: items } },
});
const twoItems = [
  {
    __typename: 'ReportedContent',
    content: content('c1', 'CONTRIBUTION', 'Buy my worksheets at example.com'),
    reports: [report('r1', 'SPAM', 'Ana', 'An advert'), report('r2', 'OFF_TOPIC', 'Cy')],
  },
  {
    __typename: 'ReportedContent',
    content: content('m1', 'COMMENT', 'You clearly never taught'),
    reports: [report('r3', 'HARASSMENT', 'Dee')],
  },
];

function renderPage(mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={[{ request: { query: ViewerDocument }, result: { data: { me: viewer } } }, ...mocks]}>
      <MemoryRouter initialEntries={['/o/o1/cohorts/k1/reports']}>
        <Routes>
          <Route path="/o/:organizationId" element={<Outlet context={organization} />}>
            <Route path="cohorts/:cohortId/reports" element={<ReportsPage />} />
          </Route>
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('ReportsPage', () => {
  it('lists reported content grouped by subject, with each reason, note and reporter', async () => {
    renderPage([cohort(true), queue(twoItems)]);
    const items = await screen.findAllByRole('listitem', { name: /by Ben Member/ });
    expect(items).toHaveLength(2);
    const first = within(items[0]!);
    expect(first.getByText('Buy my worksheets at example.com')).toBeTruthy();
    expect(first.getByRole('heading', { name: '2 reports' })).toBeTruthy();
    expect(first.getByText('Spam or advertising')).toBeTruthy();
    expect(first.getByText(/Ana/)).toBeTruthy();
    expect(first.getByText('“An advert”')).toBeTruthy();
    expect(first.getByRole('link', { name: 'open it' }).getAttribute('href')).toContain('/prompts/p1');
    expect(within(items[1]!).getByText('Harassment or bullying')).toBeTruthy();
  });

  it('hides with a reason the author will see (required), and the item leaves the queue', async () => {
    const user = userEvent.setup();
    renderPage([
      cohort(true),
      queue(twoItems),
      {
        request: {
          query: HideContentDocument,
          variables: { input: { subjectType: 'COMMENT', subjectId: 'm1', reason: 'Unkind to a colleague' } },
        },
        result: { data: { hideContent: { ...content('m1', 'COMMENT', 'You clearly never taught'), tombstone: 'x' } } },
      },
      queue(twoItems.slice(0, 1)),
    ]);
    const [, comment] = await screen.findAllByRole('listitem', { name: /by Ben Member/ });
    await user.click(within(comment!).getByRole('button', { name: 'Hide…' }));
    await user.click(within(comment!).getByRole('button', { name: 'Hide for everyone' }));
    expect(within(comment!).getByText('Say why: the author will see it.')).toBeTruthy();
    await user.type(within(comment!).getByRole('textbox', { name: /Reason/ }), 'Unkind to a colleague');
    await user.click(within(comment!).getByRole('button', { name: 'Hide for everyone' }));
    expect(await screen.findByText('1 reported item')).toBeTruthy();
    expect(screen.queryByText('You clearly never taught')).toBeNull();
  });

  it('dismisses reports on content that stays', async () => {
    const user = userEvent.setup();
    renderPage([
      cohort(true),
      queue(twoItems.slice(0, 1)),
      {
        request: {
          query: DismissReportsDocument,
          variables: { input: { subjectType: 'CONTRIBUTION', subjectId: 'c1' } },
        },
        result: { data: { dismissReports: true } },
      },
      queue([]),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Dismiss (keep it)' }));
    expect(await screen.findByText('No open reports')).toBeTruthy();
  });

  it('tells a member the reports are for facilitators, without asking for them', async () => {
    renderPage([cohort(false)]); // no queue mock: asking for it would fail
    expect(await screen.findByText('Only this cohort’s facilitators see its reports.')).toBeTruthy();
  });
});
