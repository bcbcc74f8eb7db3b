import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { SignInOptionsDocument } from '../../generated/graphql';
import { lookupDomainOf, SsoButtons } from './sso-buttons';
import { SsoRefusedPage } from './sso-refused-page';

const options = (passwordSignIn: boolean) => ({
  request: { query: SignInOptionsDocument, variables: { email: 'someone@riverside.example' } },
  result: {
    data: {
      signInOptions: {
        __typename: 'SignInOptions' as const,
        passwordSignIn,
        signUpOpen: true,
        providers: [
          {
            __typename: 'SignInProvider' as const,
            id: 'p1',
            displayName: 'Riverside SSO',
            organizationName: 'Riverside High',
            startPath: '/api/sso/p1/start',
          },
        ],
      },
    },
  },
});

describe('SsoButtons', () => {
  it('looks a domain up only once it looks complete', () => {
    expect(lookupDomainOf('maya@riv')).toBeNull();
    expect(lookupDomainOf('maya@')).toBeNull();
    expect(lookupDomainOf('Maya@Riverside.Example')).toBe('riverside.example');
  });

  it('offers the domain’s provider as a full-page link that comes back to `next`', async () => {
    render(
      <MockedProvider mocks={[options(false)]}>
        <SsoButtons email="maya@riverside.example" next="/o/o1" />
      </MockedProvider>,
    );
    const link = await screen.findByRole('link', { name: 'Sign in with Riverside SSO' });
    expect(link.getAttribute('href')).toBe('/api/sso/p1/start?next=%2Fo%2Fo1');
    expect(screen.getByText('Riverside High signs you in with its own account.')).toBeTruthy();
  });
});

describe('SsoRefusedPage', () => {
  it('explains the reason in words, with the way back', () => {
    render(
      <MemoryRouter initialEntries={['/sign-in/refused?reason=email-not-verified']}>
        <SsoRefusedPage />
      </MemoryRouter>,
    );
    expect(screen.getByText('Your email address is not verified')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to sign-in' }).getAttribute('href')).toBe('/sign-in');
  });
});
