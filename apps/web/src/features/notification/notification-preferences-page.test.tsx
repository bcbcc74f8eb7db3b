import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter, Outlet, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import {
  type EmailCadence,
  MuteCohortDocument,
  type NotificationKind,
  NotificationPreferencesDocument,
  UnmuteCohortDocument,
  UpdateNotificationPreferencesDocument,
} from '../../generated/graphql';
import type { OrganizationContext } from '../organization/organization-layout';
import { KIND_ORDER } from './notification-kinds';
import { NotificationPreferencesPage } from './notification-preferences-page';

const organization = { id: 'o1', name: 'Riverside', viewerRole: 'MEMBER' } as OrganizationContext;
const kinds = (over: Partial<Record<NotificationKind, { inApp: boolean; email: EmailCadence }>> = {}) =>
  KIND_ORDER.map((kind) => ({
    __typename: 'NotificationKindPreference' as const,
    kind,
    inApp: true,
    email: 'DAILY_DIGEST' as EmailCadence,
    ...over[kind],
  }));
const prefs = (extra: Record<string, unknown> = {}) => ({
  __typename: 'NotificationPreferences' as const,
  organizationId: 'o1',
  kinds: kinds(),
  quietHours: null,
  timeZone: 'Europe/Paris',
  mutedCohorts: [] as Array<{ __typename: 'MutedCohort'; id: string; name: string }>,
  ...extra,
});
const cohorts = [
  { __typename: 'Cohort' as const, id: 'c1', name: 'Grade 7 PLC' },
  { __typename: 'Cohort' as const, id: 'c2', name: 'Leadership' },
];
const load = (p = prefs()) => ({
  request: { query: NotificationPreferencesDocument, variables: { organizationId: 'o1' } },
  result: { data: { notificationPreferences: p, cohorts } },
});
const submitted = (
  over: Partial<Record<NotificationKind, { inApp: boolean; email: EmailCadence }>>,
  quietHours: unknown,
) => ({
  organizationId: 'o1',
  kinds: KIND_ORDER.map((kind) => ({ kind, inApp: true, email: 'DAILY_DIGEST', ...over[kind] })),
  quietHours,
});

function renderPage(mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={['/o/o1/notifications/preferences']}>
        <Routes>
          <Route path="/o/:organizationId" element={<Outlet context={organization} />}>
            <Route path="notifications/preferences" element={<NotificationPreferencesPage />} />
          </Route>
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('NotificationPreferencesPage', () => {
  it('saves a choice per kind and channel, and quiet hours in the profile’s time zone', async () => {
    const change = { REPLY: { inApp: false, email: 'WEEKLY_DIGEST' as EmailCadence } };
    const saved = vi.fn(() => ({
      data: {
        updateNotificationPreferences: prefs({
          kinds: kinds(change),
          quietHours: { __typename: 'QuietHours', start: '21:30', end: '07:00' },
        }),
      },
    }));
    const user = userEvent.setup();
    renderPage([
      load(),
      {
        request: {
          query: UpdateNotificationPreferencesDocument,
          variables: { input: submitted(change, { start: '21:30', end: '07:00' }) },
        },
        result: saved,
      },
    ]);
    const row = (await screen.findByRole('rowheader', { name: 'Comments and replies to you' })).closest('tr')!;
    await user.click(within(row).getByRole('checkbox', { name: 'Comments and replies to you: in the app' }));
    await user.selectOptions(
      within(row).getByRole('combobox', { name: 'Comments and replies to you: email' }),
      'Weekly digest',
    );
    expect(screen.getByText(/times in Europe\/Paris/)).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: 'Keep quiet hours' }));
    const from = screen.getByLabelText('From');
    await user.clear(from);
    await user.type(from, '21:30');
    await user.click(screen.getByRole('button', { name: 'Save preferences' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect(saved).toHaveBeenCalled();
  });

  it('shows the server’s message beside the quiet hours it refused', async () => {
    const user = userEvent.setup();
    renderPage([
      load(),
      {
        request: {
          query: UpdateNotificationPreferencesDocument,
          variables: { input: submitted({}, { start: '22:00', end: '07:00' }) },
        },
        result: {
          errors: [
            new GraphQLError('Some fields need attention.', {
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: { 'quietHours.end': 'Quiet hours must end at another time than they start.' },
              },
            }),
          ],
        },
      },
    ]);
    await user.click(await screen.findByRole('checkbox', { name: 'Keep quiet hours' }));
    await user.click(screen.getByRole('button', { name: 'Save preferences' }));
    expect(await screen.findByText('Quiet hours must end at another time than they start.')).toBeTruthy();
    expect(screen.getByLabelText('Until').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByText('Saved.')).toBeNull();
  });

  it('mutes and unmutes cohorts', async () => {
    const user = userEvent.setup();
    const muted = prefs({ mutedCohorts: [{ __typename: 'MutedCohort', id: 'c2', name: 'Leadership' }] });
    renderPage([
      load(),
      {
        request: { query: MuteCohortDocument, variables: { cohortId: 'c2' } },
        result: { data: { muteCohort: muted } },
      },
      {
        request: { query: UnmuteCohortDocument, variables: { cohortId: 'c2' } },
        result: { data: { unmuteCohort: prefs() } },
      },
    ]);
    expect(await screen.findByText('No cohort is muted.')).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Mute a cohort' }), 'Leadership');
    await user.click(screen.getByRole('button', { name: 'Mute' }));
    const unmute = await screen.findByRole('button', { name: 'Unmute Leadership' });
    await user.click(unmute);
    await waitFor(() => expect(screen.getByText('No cohort is muted.')).toBeTruthy());
  });
});
