import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CohortLtiCourseDocument, SyncLtiRosterDocument, ViewerDocument } from '../../generated/graphql';
import { CourseRosterPanel } from './course-roster-panel';

const viewer = {
  __typename: 'Me' as const,
  id: 'u1',
  email: 'maya@example.org',
  displayName: 'Maya Chen',
  avatarUrl: null,
  timeZone: 'UTC',
  guestCohorts: [],
  organizations: [],
};
const course = (
  rosterSyncedAt: string | null,
  rosterAvailable = true,
  scores = { gradebook: false, scoresSent: 0, scoresPending: 0 },
): MockLink.MockedResponse => ({
  request: { query: CohortLtiCourseDocument, variables: { cohortId: 'c1' } },
  result: {
    data: {
      cohortLtiCourse: {
        __typename: 'CohortLtiCourse' as const,
        platformName: 'Riverside Canvas',
        contextId: 'math-7',
        rosterAvailable,
        rosterSyncedAt,
        ...scores,
      },
    },
  },
});
const renderPanel = (mocks: MockLink.MockedResponse[]) =>
  render(
    <MockedProvider mocks={[{ request: { query: ViewerDocument }, result: { data: { me: viewer } } }, ...mocks]}>
      <CourseRosterPanel cohortId="c1" />
    </MockedProvider>,
  );

describe('CourseRosterPanel', () => {
  it('names the course, syncs its roster on request and says what the sync did', async () => {
    const sync: MockLink.MockedResponse = {
      request: { query: SyncLtiRosterDocument, variables: { input: { cohortId: 'c1' } } },
      result: {
        data: {
          syncLtiRoster: {
            __typename: 'LtiRosterSync' as const,
            listed: 24,
            added: 2,
            removed: 1,
            skipped: 1,
            syncedAt: '2026-03-03T09:00:00.000Z',
          },
        },
      },
    };
    renderPanel([course(null), sync, course('2026-03-03T09:00:00.000Z')]);
    expect(await screen.findByText('Placed in course math-7 on Riverside Canvas.')).toBeTruthy();
    expect(screen.getByText(/Not synced yet\./)).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sync roster' }));
    expect(await screen.findByText(/24 people in the course, 2 added, 1 taken out, 1 not brought in/)).toBeTruthy();
    expect(await screen.findByText(/Last synced/)).toBeTruthy();
  });

  it('tells how to share the roster when the course does not', async () => {
    renderPanel([course(null, false)]);
    expect(await screen.findByText(/turn on Names and Role Provisioning/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Sync roster' })).toBeNull();
  });

  it('says what went to the course gradebook when a placed prompt has a column', async () => {
    renderPanel([course(null, true, { gradebook: true, scoresSent: 12, scoresPending: 2 })]);
    expect(await screen.findByText(/12 scores sent, 2 waiting for the LMS to accept them/)).toBeTruthy();
    expect(screen.getByText(/never what they wrote/)).toBeTruthy();
  });

  it('says nothing of grades when no placement has a gradebook column', async () => {
    renderPanel([course(null)]);
    expect(await screen.findByText(/Not synced yet\./)).toBeTruthy();
    expect(screen.queryByText(/gradebook/)).toBeNull();
  });

  it('shows nothing for a cohort no course places', async () => {
    const { container } = renderPanel([
      {
        request: { query: CohortLtiCourseDocument, variables: { cohortId: 'c1' } },
        result: { data: { cohortLtiCourse: null } },
      },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.textContent).toBe('');
  });
});
