import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Outlet, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { DashboardPeopleDocument, FacilitatorDashboardDocument, ViewerDocument } from '../../generated/graphql';
import type { OrganizationContext } from '../organization/organization-layout';
import { byAttention, figureTiles } from './dashboard-figures';
import { DashboardPage } from './dashboard-page';

const organization = { id: 'o1', name: 'Riverside', viewerRole: 'FACILITATOR' } as OrganizationContext;
const viewer = {
  __typename: 'Me' as const,
  id: 'u1',
  email: 'fran@example.org',
  displayName: 'Fran',
  avatarUrl: null,
  timeZone: 'UTC',
  guestCohorts: [],
  organizations: [],
};
const cohort = (id: string, name: string, atRisk: number, overdue: number) => ({
  __typename: 'DashboardCohort' as const,
  id,
  name,
  organizationId: 'o1',
  organizationName: 'Riverside',
  memberCount: 4,
  postedThisWeek: 3,
  postingRate: 0.75,
  promptsThisWeek: 1,
  membersAtRisk: atRisk,
  overdueReviews: overdue,
  unansweredQuestions: 0,
  openReports: 0,
  nextHuddle: null,
});

describe('dashboard figures', () => {
  it('puts cohorts with stuck members and overdue reviews first, and derives who has not posted', () => {
    const calm = cohort('a', 'Alpha', 0, 0);
    const stuck = cohort('b', 'Beta', 1, 2);
    expect(byAttention([calm, stuck]).map((c) => c.name)).toEqual(['Beta', 'Alpha']);
    const tiles = figureTiles(stuck);
    expect(tiles.find((t) => t.figure === 'NOT_POSTED_THIS_WEEK')?.value).toBe(1);
    expect(tiles.filter((t) => t.warns).map((t) => t.figure)).toEqual(['AT_RISK', 'OVERDUE_REVIEWS']);
  });
});

describe('DashboardPage', () => {
  it('drills from a figure to the people behind it', async () => {
    render(
      <MockedProvider
        mocks={[
          { request: { query: ViewerDocument }, result: { data: { me: viewer } } },
          {
            request: { query: FacilitatorDashboardDocument },
            result: {
              data: {
                facilitatorDashboard: {
                  __typename: 'FacilitatorDashboard',
                  cohorts: [cohort('c1', 'Year 7 team', 1, 0)],
                  queue: { __typename: 'FacilitatorQueue', total: 0, items: [] },
                },
              },
            },
          },
          {
            request: { query: DashboardPeopleDocument, variables: { cohortId: 'c1', figure: 'AT_RISK' } },
            result: {
              data: {
                dashboardPeople: {
                  __typename: 'DashboardPeople',
                  id: 'c1:AT_RISK',
                  cohortId: 'c1',
                  cohortName: 'Year 7 team',
                  figure: 'AT_RISK',
                  total: 1,
                  namesHidden: false,
                  people: [
                    {
                      __typename: 'DashboardPerson',
                      id: 'u9',
                      userId: 'u9',
                      displayName: 'Sam Okafor',
                      avatarUrl: null,
                      count: 1,
                      detail: null,
                      link: null,
                    },
                  ],
                },
              },
            },
          },
        ]}
      >
        <MemoryRouter initialEntries={['/o/o1/dashboard']}>
          <Routes>
            <Route path="/o/:organizationId" element={<Outlet context={organization} />}>
              <Route path="dashboard" element={<DashboardPage />} />
            </Route>
          </Routes>
        </MemoryRouter>
      </MockedProvider>,
    );
    const stuck = await screen.findByRole('button', { name: /1\s*Stuck/ });
    expect(stuck.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByText('Nothing is waiting for you.')).toBeTruthy();
    await userEvent.click(stuck);
    expect(stuck.getAttribute('aria-expanded')).toBe('true');
    const panel = await screen.findByRole('region', { name: /Stuck/ });
    expect(await within(panel).findByText('Sam Okafor')).toBeTruthy();
  });
});
