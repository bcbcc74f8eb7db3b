import { useMutation } from '@apollo/client/react';
import { LIMITS, PASSWORD_RESET_TTL_MINUTES, routes } from '@openhuddle/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { useForm } from '../../app/use-form';
import { RequestPasswordResetDocument } from '../../generated/graphql';
import { Alert, Button, FormErrorSummary, TextField } from '../../ui';
import { AuthCard } from './auth-card';

export function ForgotPasswordPage() {
  const form = useForm({ email: '' });
  const [requestReset, { loading }] = useMutation(RequestPasswordResetDocument);
  const [sentTo, setSentTo] = useState<string | null>(null);

  return (
    <AuthCard
      title="Reset your password"
      intro="Enter the email you sign in with and we will send you a link to choose a new password."
      footer={
        <p>
          Remembered it? <Link to={routes.signIn()}>Back to sign in</Link>
        </p>
      }
    >
      {sentTo ? (
        <Alert tone="success" title="Check your email">
          If an account exists for <strong>{sentTo}</strong>, a reset link is on its way. It works for{' '}
          {PASSWORD_RESET_TTL_MINUTES} minutes. No email? Ask your OpenHuddle administrator: until email delivery is set
          up, reset links are written to the server log.
        </Alert>
      ) : (
        <form
          className="form"
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            const ok = await form.submit(() => requestReset({ variables: { input: form.values } }));
            if (ok) setSentTo(form.values.email);
          }}
        >
          <TextField
            label="Email"
            type="email"
            autoComplete="email"
            required
            maxLength={LIMITS.emailMax}
            {...form.bind('email')}
          />
          <FormErrorSummary errors={form.errors} />
          <Button type="submit" busy={loading} className="btn-block">
            Send reset link
          </Button>
        </form>
      )}
    </AuthCard>
  );
}
