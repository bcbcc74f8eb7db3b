import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Outlet, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import {
  CohortsDocument,
  UpdateOrganizationDocument,
  ViewerDocument,
  type CohortsQuery,
} from '../../generated/graphql';
import type { OrganizationContext } from './organization-layout';
import { OrganizationHomePage } from './organization-home-page';

const organization: OrganizationContext = {
  __typename: 'Organization',
  id: 'o1',
  name: 'Riverside',
  slug: 'riverside',
  language: 'EN',
  createdAt: '2025-01-01T00:00:00.000Z',
  viewerRole: 'FACILITATOR',
  viewerCan: {
    __typename: 'OrganizationPermissions',
    inviteMembers: true,
    manageMembers: false,
    grantOwner: false,
    updateOrganization: false,
  },
  members: [1, 2, 3].map((i) => ({ __typename: 'Membership' as const, id: `m${i}`, role: 'MEMBER' as const })),
};

const cohort = (promptIds: string[], reviews: number): CohortsQuery['cohorts'][number] => ({
  __typename: 'Cohort',
  id: 'c1',
  name: 'Grade 7 Math PLC',
  description: '',
  startsOn: null,
  endsOn: null,
  viewerRole: 'FACILITATOR',
  viewerOwes: { __typename: 'CohortOwed', promptIds, reviews },
  members: [],
  prompts: [],
});

function renderHome(
  cohorts: CohortsQuery['cohorts'],
  avatarUrl: string | null,
  org: OrganizationContext = organization,
  extraMocks: MockLink.MockedResponse[] = [],
) {
  const me = {
    __typename: 'Me' as const,
    id: 'u1',
    email: 'maya@riverside.example',
    displayName: 'Maya Chen',
    avatarUrl,
    timeZone: 'UTC',
    guestCohorts: [],
    organizations: [],
  };
  const mocks: MockLink.MockedResponse[] = [
    { request: { query: ViewerDocument }, result: { data: { me } } },
    {
      request: { query: CohortsDocument, variables: { organizationId: 'o1' } },
      result: { data: { cohorts } },
      maxUsageCount: 9,
    },
    ...extraMocks,
  ];
  render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={['/o/o1']}>
        <Routes>
          <Route path="/o/:organizationId" element={<Outlet context={org} />}>
            <Route index element={<OrganizationHomePage />} />
          </Route>
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('the organisation home', () => {
  it('links what the viewer owes: one prompt to that prompt, reviews to the queue', async () => {
    renderHome([cohort(['p1'], 2)], 'https://example.org/a.png');
    const prompts = await screen.findByRole('link', { name: /^1 prompt to answer in Grade 7 Math PLC$/ });
    expect(prompts.getAttribute('href')).toBe('/o/o1/prompts/p1');
    expect(screen.getByRole('link', { name: /^2 reviews to give in Grade 7 Math PLC$/ }).getAttribute('href')).toBe(
      '/o/o1/queue',
    );
  });

  it('sends several prompts to answer to the queue', async () => {
    renderHome([cohort(['p1', 'p2'], 0)], null);
    const link = await screen.findByRole('link', { name: /^2 prompts to answer in Grade 7 Math PLC$/ });
    expect(link.getAttribute('href')).toBe('/o/o1/queue');
  });

  it('ticks "Start a cohort" for a facilitator who runs one', async () => {
    renderHome([cohort([], 0)], null);
    const step = (await screen.findByText(/^Start a cohort/, { selector: '.step-title' })).closest('li')!;
    expect(step.textContent).toContain('(done)');
    expect(step.textContent).toContain('You are in 1 cohort.');
  });

  it('hides the new-organisation checklist once every step is done', async () => {
    renderHome([cohort([], 0)], 'https://example.org/a.png');
    await screen.findByRole('link', { name: 'Grade 7 Math PLC' });
    expect(screen.queryByRole('heading', { name: 'What comes next' })).toBeNull();
  });

  it("lets an admin set the organisation's language with its name", async () => {
    const admin: OrganizationContext = {
      ...organization,
      viewerRole: 'ADMIN',
      viewerCan: { ...organization.viewerCan, updateOrganization: true },
    };
    const input = { organizationId: 'o1', name: 'Riverside', language: 'ES' };
    let sent = false;
    renderHome([], null, admin, [
      {
        request: { query: UpdateOrganizationDocument, variables: { input } },
        result: () => {
          sent = true;
          return {
            data: {
              updateOrganization: {
                __typename: 'Organization',
                id: 'o1',
                name: 'Riverside',
                slug: 'riverside',
                language: 'ES',
              },
            },
          };
        },
      },
    ]);
    const language = await screen.findByRole('combobox', { name: 'Language' });
    expect((language as HTMLSelectElement).value).toBe('EN');
    await userEvent.selectOptions(language, 'Español');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved for everyone in the organisation.')).toBeTruthy();
    expect(sent).toBe(true);
  });
});
