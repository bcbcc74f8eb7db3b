import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Outlet, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { CohortHuddlesDocument, ScheduleHuddleDocument, ViewerDocument } from '../../generated/graphql';
import type { OrganizationContext } from '../organization/organization-layout';
import { ScheduleHuddlePage } from './schedule-huddle-page';

const organization = { id: 'o1', name: 'Lincoln High' } as OrganizationContext;

const cohort = {
  __typename: 'Cohort' as const,
  id: 'c1',
  organizationId: 'o1',
  name: 'Grade 7 Math PLC',
  viewerCan: { __typename: 'CohortPermissions' as const, facilitate: true, post: true },
  prompts: [],
  huddles: [],
};

const viewer = {
  __typename: 'Me' as const,
  id: 'u1',
  email: 'fac@example.org',
  displayName: 'Fran Facilitator',
  avatarUrl: null,
  timeZone: 'America/Chicago',
  guestCohorts: [],
  organizations: [],
};

/** The schedule page with a signed-in facilitator; returns what scheduleHuddle was sent. */
function renderSchedulePage() {
  const sent: Array<Record<string, unknown>> = [];
  const cohortQuery = {
    request: { query: CohortHuddlesDocument, variables: { id: 'c1' } },
    result: { data: { cohort } },
  };
  const mocks = [
    { request: { query: ViewerDocument }, result: { data: { me: viewer } } },
    cohortQuery,
    cohortQuery, // refetched after scheduling
    {
      request: { query: ScheduleHuddleDocument, variables: () => true },
      result: (variables: Record<string, unknown>) => {
        sent.push(variables.input as Record<string, unknown>);
        return { data: { scheduleHuddle: [] } };
      },
    },
  ];
  render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={['/o/o1/cohorts/c1/huddles/new']}>
        <Routes>
          <Route path="/o/:organizationId" element={<Outlet context={organization} />}>
            <Route path="cohorts/:cohortId/huddles/new" element={<ScheduleHuddlePage />} />
            <Route path="cohorts/:cohortId" element={<p>Cohort page</p>} />
          </Route>
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
  return sent;
}

describe('ScheduleHuddlePage reminders', () => {
  it('reminds 2 days and 2 hours before by default, as a labelled group', async () => {
    const sent = renderSchedulePage();
    const group = await screen.findByRole('group', { name: 'Remind members who have not posted' });
    const box = (name: string) => screen.getByRole('checkbox', { name }) as HTMLInputElement;
    expect(group.contains(box('1 week before'))).toBe(true);
    expect(
      [box('1 week before'), box('2 days before'), box('1 day before'), box('2 hours before')].map((b) => b.checked),
    ).toEqual([false, true, false, true]);

    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Thursday PLC huddle');
    await user.click(box('1 week before'));
    await user.click(screen.getByRole('button', { name: 'Schedule huddle' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ title: 'Thursday PLC huddle', nudgeHours: [168, 48, 2] });
  });

  it('sends no reminders when every box is unchecked', async () => {
    const sent = renderSchedulePage();
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'Quiet huddle');
    await user.click(screen.getByRole('checkbox', { name: '2 days before' }));
    await user.click(screen.getByRole('checkbox', { name: '2 hours before' }));
    expect(screen.getAllByRole('checkbox').filter((b) => (b as HTMLInputElement).checked)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Schedule huddle' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.nudgeHours).toEqual([]);
    expect(await screen.findByText('Cohort page')).toBeTruthy();
  });

  it('warns about a start in the past, with its year, and sends the confirmation only once ticked', async () => {
    const sent = renderSchedulePage();
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'Dec huddle');
    const starts = screen.getByLabelText('Starts');
    fireEvent.change(starts, { target: { value: '2020-12-08T15:00' } });
    expect(await screen.findByText(/2020.* is in the past\./)).toBeTruthy();
    const confirm = screen.getByRole('checkbox', { name: 'This huddle already happened' });
    expect((confirm as HTMLInputElement).checked).toBe(false);
    await user.click(confirm);
    await user.click(screen.getByRole('button', { name: 'Schedule huddle' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ allowPast: true });
  });

  it('says nothing about the past for the default start, and does not confirm one', async () => {
    const sent = renderSchedulePage();
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'Next huddle');
    expect(screen.queryByText(/is in the past/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Schedule huddle' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ allowPast: false });
  });
});
