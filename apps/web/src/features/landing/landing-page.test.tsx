import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../../app/app-routes';
import { SignInDocument, ViewerDocument } from '../../generated/graphql';
import { DEMO_ACCOUNT } from './landing-page';

const maya = {
  __typename: 'Me' as const,
  id: 'u1',
  email: DEMO_ACCOUNT.email,
  displayName: 'Maya Chen',
  avatarUrl: null,
  timeZone: 'UTC',
  guestCohorts: [],
  organizations: [
    {
      __typename: 'OrganizationMembership' as const,
      id: 'o1',
      name: 'Riverside',
      slug: 'riverside',
      viewerRole: 'FACILITATOR',
    },
  ],
};

function renderAt(path: string, me: typeof maya | null, extra: MockLink.MockedResponse[] = []) {
  const viewerMock = { request: { query: ViewerDocument }, result: { data: { me } }, maxUsageCount: 5 };
  render(
    <MockedProvider mocks={[viewerMock, ...extra]}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/*" element={<AppRoutes />} />
          <Route path="/o/:organizationId" element={<p>Organisation home</p>} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('the landing page at /', () => {
  it('tells a signed-out visitor what OpenHuddle is, with ways in and the demo account', async () => {
    renderAt('/', null);
    expect(await screen.findByRole('heading', { level: 1, name: 'Learn together, asynchronously.' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/sign-in');
    expect(screen.getByRole('link', { name: 'Create an account' }).getAttribute('href')).toBe('/sign-up');
    expect(screen.getByRole('img', { name: /brief/ })).toBeTruthy();
    expect(screen.getByText(DEMO_ACCOUNT.email)).toBeTruthy();
    expect(screen.getByText(DEMO_ACCOUNT.password)).toBeTruthy();
  });

  it('says the demo is not loaded when its account does not exist on this server', async () => {
    const refused = {
      request: { query: SignInDocument, variables: { input: { ...DEMO_ACCOUNT } } },
      result: {
        errors: [new GraphQLError('Email or password is incorrect.', { extensions: { code: 'BAD_USER_INPUT' } })],
      },
    };
    renderAt('/', null, [refused]);
    await userEvent.click(await screen.findByRole('button', { name: 'Open the demo' }));
    expect(await screen.findByText('The demo is not loaded on this server')).toBeTruthy();
  });

  it('sends a signed-in person to their organisation instead', async () => {
    renderAt('/', maya);
    expect(await screen.findByText('Organisation home')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Learn together, asynchronously.' })).toBeNull();
  });
});
