import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Outlet, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import {
  PlanDocument,
  SetPlanItemStatusDocument,
  ViewerDocument,
  type OrgRole,
  type PlanItemStatus,
} from '../../generated/graphql';
import type { OrganizationContext } from '../organization/organization-layout';
import { PlanPage } from './plan-page';

const organization = (viewerRole: OrgRole) => ({ id: 'o1', name: 'Riverside', viewerRole }) as OrganizationContext;

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

const owner = (id: string, name: string) => ({ __typename: 'PlanOwner' as const, id, kind: 'PERSON', name });

function item(
  id: string,
  kind: 'GOAL' | 'STRATEGY' | 'ACTION_STEP',
  title: string,
  parentId: string | null,
  extra: { status?: PlanItemStatus; owners?: ReturnType<typeof owner>[]; edit?: boolean; measure?: unknown } = {},
) {
  return {
    __typename: 'PlanItem' as const,
    id,
    planId: 'p1',
    parentId,
    kind,
    position: 0,
    title,
    description: '',
    status: extra.status ?? 'NOT_STARTED',
    startsOn: null,
    dueOn: '2027-06-30',
    updatedAt: '2026-12-01T10:00:00.000Z',
    evidenceCount: 0,
    commentCount: 0,
    owners: extra.owners ?? [],
    measure: extra.measure ?? null,
    latestEvidence: null,
    viewerCan: {
      __typename: 'PlanItemViewerCan' as const,
      comment: true,
      edit: extra.edit ?? false,
      updateProgress: extra.edit ?? false,
    },
  };
}

const math = {
  __typename: 'PlanMeasure' as const,
  name: 'Students meeting standard in math',
  unit: '%',
  baseline: 54,
  target: 70,
  latest: { __typename: 'PlanMeasureValue' as const, measuredOn: '2026-11-01', value: 61 },
  history: [
    { __typename: 'PlanMeasureValue' as const, measuredOn: '2026-09-01', value: 54 },
    { __typename: 'PlanMeasureValue' as const, measuredOn: '2026-11-01', value: 61 },
  ],
};

function planData(edit: boolean) {
  const bea = owner('u2', 'Bea Teacher');
  const cal = owner('u3', 'Cal Coach');
  return {
    plan: {
      __typename: 'Plan' as const,
      id: 'p1',
      organizationId: 'o1',
      title: 'Riverside plan 2026–27',
      description: '',
      startsOn: null,
      endsOn: null,
      active: true,
      viewerCan: { __typename: 'PlanViewerCan' as const, edit },
      items: [
        item('g1', 'GOAL', 'Math achievement', null, { status: 'ON_TRACK', edit, measure: math }),
        item('s1', 'STRATEGY', 'Small-group tutoring', 'g1', { status: 'AT_RISK', owners: [bea], edit }),
        item('a1', 'ACTION_STEP', 'Schedule tutoring blocks', 's1', { status: 'DONE', owners: [bea], edit }),
        item('g2', 'GOAL', 'Family engagement', null, { edit }),
        item('s2', 'STRATEGY', 'Monthly family nights', 'g2', { owners: [cal], edit }),
      ],
      changesThisMonth: [
        {
          __typename: 'PlanChange' as const,
          id: 'c1',
          action: 'STATUS',
          itemId: 's1',
          itemTitle: 'Small-group tutoring',
          createdAt: '2026-12-01T10:00:00.000Z',
          actor: { __typename: 'UserProfile' as const, id: 'u2', displayName: 'Bea Teacher' },
          changes: [{ __typename: 'PlanFieldChangeType' as const, field: 'status', from: 'ON_TRACK', to: 'AT_RISK' }],
        },
      ],
    },
  };
}

function renderPage(role: OrgRole, mocks: MockLink.MockedResponse[] = []) {
  const edit = role === 'ADMIN';
  return render(
    <MockedProvider
      mocks={[
        { request: { query: ViewerDocument }, result: { data: { me: viewer } } },
        { request: { query: PlanDocument, variables: { organizationId: 'o1' } }, result: { data: planData(edit) } },
        ...mocks,
      ]}
    >
      <MemoryRouter initialEntries={['/o/o1/plan']}>
        <Routes>
          <Route path="/o/:organizationId" element={<Outlet context={organization(role)} />}>
            <Route path="plan" element={<PlanPage />} />
          </Route>
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('PlanPage', () => {
  it('shows every member the goals, strategies and action steps with their status, owners and measure', async () => {
    renderPage('MEMBER');
    const goal = await screen.findByRole('article', { name: 'Math achievement' });
    expect(within(goal).getByText('On track')).toBeTruthy();
    expect(within(goal).getByText('Students meeting standard in math')).toBeTruthy();
    expect(within(goal).getByText(/54% → target 70% · now 61%/)).toBeTruthy();
    const strategy = screen.getByRole('article', { name: 'Small-group tutoring' });
    expect(within(strategy).getByText('At risk')).toBeTruthy();
    expect(within(strategy).getByText(/Owner: Bea Teacher/)).toBeTruthy();
    expect(within(screen.getByRole('article', { name: 'Schedule tutoring blocks' })).getByText('Done')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Math achievement' }).getAttribute('href')).toBe('/o/o1/plan/items/g1');
  });

  it('tells what changed this month from the change history', async () => {
    renderPage('MEMBER');
    const changes = await screen.findByRole('heading', { name: 'What changed this month' });
    const list = changes.closest('section')!;
    expect(
      within(list).getByRole('link', {
        name: 'Bea Teacher changed the status of “Small-group tutoring”: On track → At risk',
      }),
    ).toBeTruthy();
  });

  it('offers members no editing: no new goal, no status control', async () => {
    renderPage('MEMBER');
    await screen.findByRole('article', { name: 'Math achievement' });
    expect(screen.queryByRole('button', { name: 'Add a goal' })).toBeNull();
    expect(screen.queryByRole('combobox', { name: /Status of/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Add a strategy/ })).toBeNull();
  });

  it('filters by owner, keeping the goal above an owned strategy and dropping the rest', async () => {
    renderPage('MEMBER');
    await screen.findByRole('article', { name: 'Math achievement' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Owner' }), 'Cal Coach');
    expect(screen.getByRole('article', { name: 'Family engagement' })).toBeTruthy();
    expect(screen.getByRole('article', { name: 'Monthly family nights' })).toBeTruthy();
    expect(screen.queryByRole('article', { name: 'Math achievement' })).toBeNull();
    expect(screen.queryByRole('article', { name: 'Small-group tutoring' })).toBeNull();
  });

  it('lets an admin set an item’s status and announces it', async () => {
    const updated = { ...item('s1', 'STRATEGY', 'Small-group tutoring', 'g1', { status: 'ON_TRACK', edit: true }) };
    renderPage('ADMIN', [
      {
        request: {
          query: SetPlanItemStatusDocument,
          variables: { input: { organizationId: 'o1', itemId: 's1', status: 'ON_TRACK' } },
        },
        result: { data: { setPlanItemStatus: { ...updated, owners: [owner('u2', 'Bea Teacher')] } } },
      },
    ]);
    await screen.findByRole('article', { name: 'Math achievement' });
    expect(screen.getByRole('button', { name: 'Add a goal' })).toBeTruthy();
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Status of “Small-group tutoring”' }),
      'On track',
    );
    expect(await screen.findByText('“Small-group tutoring” is now on track.')).toBeTruthy();
    expect(
      within(screen.getByRole('article', { name: 'Small-group tutoring' })).getAllByText('On track').length,
    ).toBeGreaterThan(0);
  });
});
