import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter, Outlet, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import {
  OrganizationDataPolicyDocument,
  OrganizationExportBlockersDocument,
  UpdateRetentionPolicyDocument,
} from '../../generated/graphql';
import type { OrganizationContext } from '../organization/organization-layout';
import { DataSettingsPage } from './data-settings-page';

const organization = { id: 'o1', name: 'Riverside', viewerRole: 'ADMIN' } as OrganizationContext;
const retention = (draftDays: number | null, auditMonths: number | null, formerMemberDays: number | null) => ({
  __typename: 'RetentionPolicy' as const,
  draftDays,
  auditMonths,
  formerMemberDays,
});
const policy = {
  request: { query: OrganizationDataPolicyDocument, variables: { organizationId: 'o1' } },
  result: {
    data: {
      organizationDataPolicy: {
        __typename: 'OrganizationDataPolicy',
        organizationId: 'o1',
        deletedAccountContent: 'KEEP_AS_FORMER_MEMBER',
        retention: retention(null, 24, null),
      },
    },
  },
};
const update = (input: Record<string, unknown>, result: MockLink.MockedResponse['result']) => ({
  request: { query: UpdateRetentionPolicyDocument, variables: { input: { organizationId: 'o1', ...input } } },
  result,
});

const blockers = (cohorts: Array<{ id: string; name: string }>) => ({
  request: { query: OrganizationExportBlockersDocument, variables: { organizationId: 'o1' } },
  result: {
    data: { organizationExportBlockers: cohorts.map((c) => ({ __typename: 'OrganizationExportBlocker', ...c })) },
  },
});

function renderPage(mocks: MockLink.MockedResponse[], exportBlockers = blockers([])) {
  return render(
    <MockedProvider mocks={[policy, exportBlockers, ...mocks]}>
      <MemoryRouter initialEntries={['/o/o1/settings/data']}>
        <Routes>
          <Route path="/o/:organizationId" element={<Outlet context={organization} />}>
            <Route path="settings/data" element={<DataSettingsPage />} />
          </Route>
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('DataSettingsPage', () => {
  it('offers the organisation export as a download of the export route', async () => {
    renderPage([]);
    const link = await screen.findByRole('link', { name: 'Download the organisation export' });
    expect(link.getAttribute('href')).toBe('/api/organizations/o1/export');
    expect(link.hasAttribute('download')).toBe(true);
    expect(screen.getByRole('heading', { name: 'Export the organisation' })).toBeTruthy();
  });

  it('asks an admin to facilitate the cohorts with anonymous contributions before the export names their authors', async () => {
    renderPage([], blockers([{ id: 'c1', name: 'Grade 7 Math PLC' }]));
    const cohort = await screen.findByRole('link', { name: 'Grade 7 Math PLC' });
    expect(cohort.getAttribute('href')).toBe('/o/o1/cohorts/c1');
    expect(screen.getByText('First, facilitate the cohorts with anonymous contributions')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Download the organisation export' })).toBeNull();
  });

  it('shows the retention rules, saves them (empty keeps), and puts refusals next to their field', async () => {
    renderPage([
      update(
        { draftDays: 0, auditMonths: 24, formerMemberDays: null },
        {
          errors: [
            new GraphQLError('Invalid input', {
              extensions: { code: 'BAD_USER_INPUT', fields: { draftDays: 'Keep drafts at least 1 day.' } },
            }),
          ],
        },
      ),
      update(
        { draftDays: 30, auditMonths: 24, formerMemberDays: 90 },
        {
          data: {
            updateRetentionPolicy: {
              __typename: 'OrganizationDataPolicy',
              organizationId: 'o1',
              retention: retention(30, 24, 90),
            },
          },
        },
      ),
    ]);
    const drafts = await screen.findByLabelText('Delete drafts untouched for (days)');
    expect((screen.getByLabelText('Keep the audit log for (months)') as HTMLInputElement).value).toBe('24');
    const user = userEvent.setup();
    await user.type(drafts, '0');
    await user.click(screen.getByRole('button', { name: 'Save retention rules' }));
    expect(await screen.findByText('Keep drafts at least 1 day.')).toBeTruthy();
    expect(drafts.getAttribute('aria-invalid')).toBe('true');
    await user.clear(drafts);
    await user.type(drafts, '30');
    await user.type(screen.getByLabelText('Delete former members’ personal data after (days)'), '90');
    await user.click(screen.getByRole('button', { name: 'Save retention rules' }));
    expect(await screen.findByText('The retention rules are saved.')).toBeTruthy();
  });
});
