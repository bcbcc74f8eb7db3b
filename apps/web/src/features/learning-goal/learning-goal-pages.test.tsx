import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Outlet, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import {
  LearningGoalChoicesDocument,
  LearningGoalDocument,
  LearningGoalsDocument,
  ViewerDocument,
  type LearningGoalStatus,
} from '../../generated/graphql';
import type { OrganizationContext } from '../organization/organization-layout';
import { LearningGoalPage } from './learning-goal-page';
import { LearningGoalsPage } from './learning-goals-page';

const organization = { id: 'o1', name: 'Riverside', viewerRole: 'MEMBER' } as OrganizationContext;
const viewer = {
  __typename: 'Me' as const,
  id: 'u1',
  email: 'bea@example.org',
  displayName: 'Bea Teacher',
  avatarUrl: null,
  timeZone: 'UTC',
  organizations: [],
};
const person = (id: string, displayName: string) => ({ __typename: 'LearningGoalPerson' as const, id, displayName });

function goal(status: LearningGoalStatus, asCoach: boolean, extra: { overdue?: number } = {}) {
  const approved = status === 'APPROVED';
  const editable = !asCoach && (status === 'DRAFT' || status === 'CHANGES_REQUESTED');
  return {
    __typename: 'LearningGoal' as const,
    id: 'g1',
    title: 'Hinge questions in every lesson',
    description: 'One hinge question per lesson, checked with exit tickets.',
    status,
    cadenceDays: 14,
    approvedAt: approved ? '2026-11-01T10:00:00.000Z' : null,
    lastCheckInAt: null,
    nextCheckInDue: approved ? '2026-11-15T10:00:00.000Z' : null,
    overdueFollowUps: extra.overdue ?? 0,
    viewerIsCoach: asCoach,
    createdAt: '2026-10-20T10:00:00.000Z',
    member: person('u1', 'Bea Teacher'),
    coach: person('u2', 'Cal Coach'),
    alignedTo: { __typename: 'LearningGoalAlignment' as const, id: 'p1', title: 'Math achievement' },
    viewerCan: {
      __typename: 'LearningGoalViewerCan' as const,
      edit: editable,
      submit: editable,
      review: asCoach && status === 'SUBMITTED',
      comment: true,
      checkIn: !asCoach && approved,
      respond: asCoach && approved,
      scheduleConversation: approved,
    },
  };
}

const detail = (status: LearningGoalStatus, asCoach: boolean) => ({
  learningGoal: {
    __typename: 'LearningGoalDetail' as const,
    goal: goal(status, asCoach),
    history: [
      {
        __typename: 'LearningGoalEvent' as const,
        id: 'e1',
        kind: 'SUBMITTED' as const,
        body: 'Ready for a look',
        createdAt: '2026-10-21T10:00:00.000Z',
        actor: person('u1', 'Bea Teacher'),
      },
    ],
    checkIns: [],
    conversations: [],
  },
});

const choices = {
  learningGoalChoices: {
    __typename: 'LearningGoalChoices' as const,
    coaches: [],
    planGoals: [],
    evidence: [
      {
        __typename: 'EvidenceChoice' as const,
        contributionId: 'c1',
        promptTitle: 'Week 3: exit tickets',
        excerpt: 'Exit tickets',
      },
    ],
  },
};

function renderAt(path: string, element: ReactElement, mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider
      mocks={[
        { request: { query: ViewerDocument }, result: { data: { me: viewer } } },
        {
          request: { query: LearningGoalChoicesDocument, variables: { organizationId: 'o1' } },
          result: { data: choices },
        },
        ...mocks,
      ]}
    >
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/o/:organizationId" element={<Outlet context={organization} />}>
            <Route path="goals" element={element} />
            <Route path="goals/:goalId" element={element} />
          </Route>
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

const goalQuery = (status: LearningGoalStatus, asCoach: boolean) => ({
  request: { query: LearningGoalDocument, variables: { input: { organizationId: 'o1', goalId: 'g1' } } },
  result: { data: detail(status, asCoach) },
});

describe('learning goal pages', () => {
  it('lists the viewer’s goals, the goals they coach and the overdue follow-ups', async () => {
    renderAt('/o/o1/goals', <LearningGoalsPage />, [
      {
        request: { query: LearningGoalsDocument, variables: { organizationId: 'o1' } },
        result: {
          data: {
            learningGoals: {
              __typename: 'LearningGoalsPage' as const,
              mine: [goal('APPROVED', false)],
              coaching: [{ ...goal('SUBMITTED', true, { overdue: 1 }), id: 'g2', title: 'Warm demander stance' }],
              overdueFollowUps: [
                {
                  __typename: 'OverdueFollowUp' as const,
                  goalId: 'g2',
                  goalTitle: 'Warm demander stance',
                  memberName: 'Dan Teacher',
                  conversation: {
                    __typename: 'CoachingConversation' as const,
                    id: 'cc1',
                    goalId: 'g2',
                    startsAt: '2026-11-01T10:00:00.000Z',
                    link: null,
                    notes: '',
                    nextSteps: '',
                    followUpDueAt: '2026-11-08T10:00:00.000Z',
                    followUpDoneAt: null,
                    followUpOverdue: true,
                  },
                },
              ],
            },
          },
        },
      },
    ]);
    const overdue = await screen.findByRole('heading', { name: 'Overdue follow-ups' });
    expect(within(overdue.closest('section')!).getByText(/Dan Teacher/)).toBeTruthy();
    const mine = screen.getByRole('heading', { name: 'My learning goals' }).closest('section')!;
    expect(within(mine).getByRole('link', { name: 'Hinge questions in every lesson' })).toBeTruthy();
    expect(within(mine).getByText('Approved')).toBeTruthy();
    const coached = screen.getByRole('heading', { name: 'Goals I coach' }).closest('section')!;
    expect(within(coached).getByText('Follow-up overdue')).toBeTruthy();
  });

  it('offers the coach of a submitted goal approve and request changes, with the history', async () => {
    renderAt('/o/o1/goals/g1', <LearningGoalPage />, [goalQuery('SUBMITTED', true)]);
    expect(await screen.findByRole('button', { name: 'Approve' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Request changes' })).toBeTruthy();
    expect(screen.getByText('Ready for a look')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Edit goal' })).toBeNull();
  });

  it('offers the member of an approved goal a check-in with their contributions, and no review', async () => {
    renderAt('/o/o1/goals/g1', <LearningGoalPage />, [goalQuery('APPROVED', false)]);
    expect(await screen.findByRole('form', { name: 'Check in' })).toBeTruthy();
    expect(await screen.findByRole('checkbox', { name: /Week 3: exit tickets/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();
  });
});
