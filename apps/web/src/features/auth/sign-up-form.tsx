import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@openhuddle/shared';
import { useState } from 'react';
import { useForm } from '../../app/use-form';
import { SignUpDocument } from '../../generated/graphql';
import { browserTimeZone } from '../../lib/browser-time-zone';
import { Alert, Button, FormErrorSummary, TextField } from '../../ui';

interface SignUpFormProps {
  defaultEmail?: string;
  /** The page to open once the emailed link is followed (an invitation, say). */
  next?: string | null;
  submitLabel?: string;
}

/**
 * Asks for the account; the server emails a confirmation link (or, for an address that has an
 * account, says so to the address), so the form ends by pointing to the inbox either way.
 */
export function SignUpForm({ defaultEmail = '', next, submitLabel = 'Create account' }: SignUpFormProps) {
  const form = useForm({ displayName: '', email: defaultEmail, password: '' });
  const [signUp, { loading }] = useMutation(SignUpDocument);
  const [sentTo, setSentTo] = useState<string | null>(null);

  if (sentTo) {
    return (
      <Alert tone="success" title="Check your inbox">
        We sent a link to <strong>{sentTo}</strong>. Open it within a day to finish creating your account. Nothing
        there? Look in your spam folder, or submit the form again.
        <div className="form-note">
          <Button variant="secondary" onClick={() => setSentTo(null)}>
            Use another address
          </Button>
        </div>
      </Alert>
    );
  }

  return (
    <form
      className="form"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const ok = await form.submit(async () => {
          await signUp({ variables: { input: { ...form.values, timeZone: browserTimeZone(), next: next ?? null } } });
        });
        if (ok) setSentTo(form.values.email.trim());
      }}
    >
      <TextField
        label="Your name"
        autoComplete="name"
        required
        maxLength={LIMITS.displayNameMax}
        hint="Shown to the people you learn with."
        {...form.bind('displayName')}
      />
      <TextField
        label="Email"
        type="email"
        autoComplete="email"
        required
        maxLength={LIMITS.emailMax}
        hint="We email you a link to confirm it."
        {...form.bind('email')}
      />
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        minLength={LIMITS.passwordMin}
        maxLength={LIMITS.passwordMax}
        hint={`At least ${LIMITS.passwordMin} characters.`}
        {...form.bind('password')}
      />
      <FormErrorSummary errors={form.errors} />
      <Button type="submit" busy={loading} className="btn-block">
        {submitLabel}
      </Button>
    </form>
  );
}
