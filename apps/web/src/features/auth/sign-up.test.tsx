import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmSignUpDocument, SignUpDocument, ViewerDocument } from '../../generated/graphql';
import { SignUpForm } from './sign-up-form';
import { VerifyEmailPage } from './verify-email-page';

vi.mock('../../lib/browser-time-zone', () => ({ browserTimeZone: () => 'Europe/Paris' }));

const input = {
  displayName: 'Ana Silva',
  email: 'ana@school.example',
  password: 'a long password',
  timeZone: 'Europe/Paris',
  next: '/invitations/abc',
};
const viewer = {
  __typename: 'Me' as const,
  id: 'u1',
  email: input.email,
  displayName: input.displayName,
  avatarUrl: null,
  timeZone: 'Europe/Paris',
  guestCohorts: [],
  organizations: [],
};

describe('SignUpForm', () => {
  it('ends by pointing to the inbox, carrying the page to return to', async () => {
    const user = userEvent.setup();
    render(
      <MockedProvider
        mocks={[{ request: { query: SignUpDocument, variables: { input } }, result: { data: { signUp: true } } }]}
      >
        <SignUpForm next="/invitations/abc" />
      </MockedProvider>,
    );
    await user.type(screen.getByLabelText('Your name'), input.displayName);
    await user.type(screen.getByLabelText('Email'), input.email);
    await user.type(screen.getByLabelText('Password'), input.password);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('Check your inbox')).toBeTruthy();
    expect(screen.getByText(input.email)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Use another address' }));
    expect(screen.getByLabelText('Email')).toBeTruthy();
  });
});

function renderVerify(url: string, result: { data?: unknown; errors?: GraphQLError[] }) {
  const token = new URL(url, 'http://x').searchParams.get('token');
  return render(
    <MockedProvider
      mocks={[
        { request: { query: ConfirmSignUpDocument, variables: { input: { token } } }, result },
        { request: { query: ViewerDocument }, result: { data: { me: viewer } } },
      ]}
    >
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path="/verify-email" element={<VerifyEmailPage />} />
          <Route path="/invitations/abc" element={<p>Invitation page</p>} />
          <Route path="/organizations/new" element={<p>Create your organisation</p>} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('VerifyEmailPage', () => {
  it('confirms once, signs in and goes on to the page the sign-up came from', async () => {
    renderVerify('/verify-email?token=t1&next=%2Finvitations%2Fabc', { data: { confirmSignUp: viewer } });
    expect(await screen.findByText('Invitation page')).toBeTruthy();
  });

  it('never follows a next page on another site', async () => {
    renderVerify('/verify-email?token=t2&next=%2F%2Fevil.example', { data: { confirmSignUp: viewer } });
    expect(await screen.findByText('Create your organisation')).toBeTruthy();
  });

  it('says why a used or expired link does not work, and offers to sign up again', async () => {
    const message = 'This link has expired or was already used. Sign up again to get a new one.';
    renderVerify('/verify-email?token=t3', {
      errors: [
        new GraphQLError('Some fields need attention.', {
          extensions: { code: 'BAD_USER_INPUT', fields: { token: message } },
        }),
      ],
    });
    expect(await screen.findByText(message, { exact: false })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Sign up again' })).toBeTruthy();
  });
});
