import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { toFormErrors } from './graphql-errors';

function graphQLError(message: string, extensions: Record<string, unknown>) {
  return new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });
}

describe('toFormErrors', () => {
  it('puts field messages next to the fields the form shows', () => {
    const error = graphQLError('Some fields need attention.', {
      code: 'BAD_USER_INPUT',
      fields: { email: 'Enter a valid email address.', password: 'Use 10 to 200 characters.' },
    });
    expect(toFormErrors(error, ['email', 'password'])).toEqual({
      fields: { email: 'Enter a valid email address.', password: 'Use 10 to 200 characters.' },
      summary: null,
      code: 'BAD_USER_INPUT',
    });
  });

  it('strips the input. prefix the API adds for coercion errors', () => {
    const error = graphQLError('Variable "$input" got invalid value', {
      code: 'BAD_USER_INPUT',
      fields: { 'input.role': 'Value "KING" does not exist in "OrgRole" enum.' },
    });
    expect(toFormErrors(error, ['email', 'role']).fields).toEqual({
      role: 'Value "KING" does not exist in "OrgRole" enum.',
    });
  });

  it('sends messages for fields the form does not show to the summary, so none is lost', () => {
    const error = graphQLError('Some fields need attention.', {
      code: 'BAD_USER_INPUT',
      fields: { token: 'This reset link has expired.', newPassword: 'Use 10 to 200 characters.' },
    });
    const result = toFormErrors(error, ['newPassword']);
    expect(result.fields).toEqual({ newPassword: 'Use 10 to 200 characters.' });
    expect(result.summary).toBe('This reset link has expired.');
  });

  it('uses the message of errors without fields as the summary', () => {
    const error = graphQLError('Only admins and owners can invite.', { code: 'FORBIDDEN' });
    expect(toFormErrors(error, ['email'])).toEqual({
      fields: {},
      summary: 'Only admins and owners can invite.',
      code: 'FORBIDDEN',
    });
  });

  it('never shows internal error details', () => {
    const error = graphQLError('relation "x" does not exist', { code: 'INTERNAL_SERVER_ERROR' });
    expect(toFormErrors(error).summary).toBe('Something went wrong on our side. Please try again.');
  });

  it('explains network failures', () => {
    const error = new ServerError('Bad gateway', {
      response: new Response('', { status: 502 }),
      bodyText: '',
    });
    expect(toFormErrors(error).summary).toMatch(/could not reach OpenHuddle/);
    expect(toFormErrors(new TypeError('Failed to fetch')).summary).toMatch(/could not reach OpenHuddle/);
  });

  it('returns no errors for no error', () => {
    expect(toFormErrors(undefined)).toEqual({ fields: {}, summary: null, code: null });
  });
});
