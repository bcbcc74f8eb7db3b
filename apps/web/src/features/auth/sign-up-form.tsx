import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@openhuddle/shared';
import { useRememberViewer, type Viewer } from '../../app/session';
import { useForm } from '../../app/use-form';
import { SignUpDocument } from '../../generated/graphql';
import { browserTimeZone } from '../../lib/browser-time-zone';
import { Button, FormErrorSummary, TextField } from '../../ui';

interface SignUpFormProps {
  defaultEmail?: string;
  onSignedUp: (viewer: Viewer) => void;
  submitLabel?: string;
}

export function SignUpForm({ defaultEmail = '', onSignedUp, submitLabel = 'Create account' }: SignUpFormProps) {
  const form = useForm({ displayName: '', email: defaultEmail, password: '' });
  const [signUp, { loading }] = useMutation(SignUpDocument);
  const remember = useRememberViewer();

  return (
    <form
      className="form"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        let me: Viewer | null = null;
        const ok = await form.submit(async () => {
          const { data } = await signUp({ variables: { input: { ...form.values, timeZone: browserTimeZone() } } });
          me = data?.signUp ?? null;
        });
        if (ok && me) {
          remember(me);
          onSignedUp(me);
        }
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
