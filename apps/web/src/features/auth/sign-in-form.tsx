import { useMutation } from '@apollo/client/react';
import { LIMITS, routes } from '@openhuddle/shared';
import { Link } from 'react-router';
import { useRememberViewer, type Viewer } from '../../app/session';
import { useForm } from '../../app/use-form';
import { SignInDocument } from '../../generated/graphql';
import { Button, FormErrorSummary, TextField } from '../../ui';
import { SsoButtons } from './sso-buttons';

interface SignInFormProps {
  defaultEmail?: string;
  onSignedIn: (viewer: Viewer) => void;
  submitLabel?: string;
  /** Where SSO buttons come back to once signed in. */
  next?: string | null;
}

export function SignInForm({ defaultEmail = '', onSignedIn, submitLabel = 'Sign in', next = null }: SignInFormProps) {
  const form = useForm({ email: defaultEmail, password: '' });
  const [signIn, { loading }] = useMutation(SignInDocument);
  const remember = useRememberViewer();

  return (
    <form
      className="form"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        let me: Viewer | null = null;
        const ok = await form.submit(async () => {
          const { data } = await signIn({ variables: { input: form.values } });
          me = data?.signIn ?? null;
        });
        if (ok && me) {
          remember(me);
          onSignedIn(me);
        }
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
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        maxLength={LIMITS.passwordMax}
        hint={
          <Link to={routes.forgotPassword()} className="subtle-link">
            Forgot your password?
          </Link>
        }
        {...form.bind('password')}
      />
      <FormErrorSummary errors={form.errors} />
      <Button type="submit" busy={loading} className="btn-block">
        {submitLabel}
      </Button>
      <SsoButtons email={form.values.email} next={next} />
    </form>
  );
}
