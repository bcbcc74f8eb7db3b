import { useApolloClient, useMutation } from '@apollo/client/react';
import { routes } from '@openhuddle/shared';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useForm } from '../../app/use-form';
import { DeleteAccountDocument, ViewerDocument } from '../../generated/graphql';
import { Alert, Button, FormErrorSummary, TextField } from '../../ui';

/**
 * Deleting one's account, behind a disclosure and typed confirmation. Says before what stays
 * (published work, as "Former member") and what ends.
 */
export function DeleteAccountForm({ email }: { email: string }) {
  const [open, setOpen] = useState(false);
  const form = useForm({ confirmEmail: '', password: '' });
  const [remove, { loading }] = useMutation(DeleteAccountDocument);
  const client = useApolloClient();
  const navigate = useNavigate();

  if (!open) {
    return (
      <Button variant="danger" onClick={() => setOpen(true)}>
        Delete my account…
      </Button>
    );
  }
  return (
    <form
      className="form danger-zone"
      noValidate
      aria-label="Delete my account"
      onSubmit={async (e) => {
        e.preventDefault();
        const ok = await form.submit(() =>
          remove({
            variables: {
              input: { confirmEmail: form.values.confirmEmail, password: form.values.password || null },
            },
          }),
        );
        if (!ok) return;
        await client.clearStore();
        client.writeQuery({ query: ViewerDocument, data: { me: null } });
        void navigate(routes.home(), { replace: true, state: { notice: 'Your account is deleted.' } });
      }}
    >
      <Alert tone="warning" title="This cannot be undone">
        What you published stays for your cohorts, shown as “Former member”. Your drafts, notifications, calendar link,
        picture and sign-in end now, in every organisation. Download your data first if you want to keep it.
      </Alert>
      <TextField
        label={`Type your email address (${email}) to confirm`}
        type="email"
        autoComplete="off"
        required
        {...form.bind('confirmEmail')}
      />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        hint="Leave empty if you sign in with your school’s account."
        {...form.bind('password')}
      />
      <FormErrorSummary errors={form.errors} />
      <div className="form-actions">
        <Button type="submit" variant="danger" busy={loading}>
          Delete my account
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
