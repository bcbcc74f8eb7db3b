import { useMutation } from '@apollo/client/react';
import { LIMITS, routes } from '@openhuddle/shared';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { homePath } from '../../app/last-organization';
import { useRememberViewer } from '../../app/session';
import { useForm } from '../../app/use-form';
import { ResetPasswordDocument } from '../../generated/graphql';
import { Alert, Button, FormErrorSummary, TextField } from '../../ui';
import { AuthCard } from './auth-card';

export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const remember = useRememberViewer();
  const form = useForm({ newPassword: '', confirmPassword: '' });
  const [resetPassword, { loading }] = useMutation(ResetPasswordDocument);

  if (!token) {
    return (
      <AuthCard title="Choose a new password">
        <Alert tone="warning" title="This link is incomplete">
          Open the link from your email again, or <Link to={routes.forgotPassword()}>ask for a new one</Link>.
        </Alert>
      </AuthCard>
    );
  }

  return (
    <AuthCard title="Choose a new password" intro="You will be signed in, and signed out on every other device.">
      <form
        className="form"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          if (form.values.newPassword !== form.values.confirmPassword) {
            form.setErrors({ fields: { confirmPassword: 'The two passwords differ.' }, summary: null, code: null });
            return;
          }
          await form.submit(async () => {
            const { data } = await resetPassword({
              variables: { input: { token, newPassword: form.values.newPassword } },
            });
            if (data) {
              remember(data.resetPassword);
              void navigate(homePath(data.resetPassword.organizations), { replace: true });
            }
          });
        }}
      >
        <TextField
          label="New password"
          type="password"
          autoComplete="new-password"
          required
          minLength={LIMITS.passwordMin}
          maxLength={LIMITS.passwordMax}
          hint={`At least ${LIMITS.passwordMin} characters.`}
          {...form.bind('newPassword')}
        />
        <TextField
          label="Repeat the new password"
          type="password"
          autoComplete="new-password"
          required
          {...form.bind('confirmPassword')}
        />
        <FormErrorSummary errors={form.errors} />
        {form.errors.summary && (
          <p className="form-note">
            <Link to={routes.forgotPassword()}>Ask for a new reset link</Link>
          </p>
        )}
        <Button type="submit" busy={loading} className="btn-block">
          Save password and sign in
        </Button>
      </form>
    </AuthCard>
  );
}
