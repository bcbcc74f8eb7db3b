import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { SignInDocument } from '../../generated/graphql';
import { SignInForm } from './sign-in-form';

const input = { email: 'maya@riverside.example', password: 'wrong-password' };

function renderForm(result: Parameters<typeof mockFor>[0]) {
  const onSignedIn = vi.fn();
  render(
    <MockedProvider mocks={[mockFor(result)]}>
      <MemoryRouter>
        <SignInForm onSignedIn={onSignedIn} />
      </MemoryRouter>
    </MockedProvider>,
  );
  return { onSignedIn };
}

function mockFor(result: { errors: GraphQLError[] }) {
  return { request: { query: SignInDocument, variables: { input } }, result };
}

async function fillAndSubmit() {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Email'), input.email);
  await user.type(screen.getByLabelText('Password'), input.password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInForm', () => {
  it('shows the server field error beside the field, linked with aria-describedby', async () => {
    const message = 'Email or password is incorrect.';
    const { onSignedIn } = renderForm({
      errors: [new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', fields: { password: message } } })],
    });
    await fillAndSubmit();

    const password = screen.getByLabelText('Password');
    expect(await screen.findByText(message)).toBeTruthy();
    expect(password.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (password.getAttribute('aria-describedby') ?? '').split(' ');
    const descriptions = describedBy.map((id) => document.getElementById(id)?.textContent ?? '');
    expect(descriptions.some((text) => text.includes(message))).toBe(true);
    expect(screen.getByLabelText('Email').getAttribute('aria-invalid')).toBeNull();
    // Keyboard users land on the field to fix.
    await waitFor(() => expect(document.activeElement).toBe(password));
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('shows errors that belong to no field in a summary alert', async () => {
    const message = 'Too many failed sign-in attempts. Wait 15 minutes or reset your password.';
    renderForm({ errors: [new GraphQLError(message, { extensions: { code: 'RATE_LIMITED' } })] });
    await fillAndSubmit();

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(message);
    expect(screen.getByLabelText('Password').getAttribute('aria-invalid')).toBeNull();
  });
});
