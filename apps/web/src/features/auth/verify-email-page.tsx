import { useMutation } from '@apollo/client/react';
import { routes } from '@openhuddle/shared';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { toFormErrors } from '../../app/graphql-errors';
import { homePath, safeNextPath } from '../../app/last-organization';
import { useRememberViewer } from '../../app/session';
import { ConfirmSignUpDocument } from '../../generated/graphql';
import { Alert, Loading } from '../../ui';
import { AuthCard } from './auth-card';

/** Where a sign-up's confirmation email leads: creates the account, signs in, goes on. */
export function VerifyEmailPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const next = safeNextPath(params.get('next'));
  const navigate = useNavigate();
  const remember = useRememberViewer();
  const [confirm] = useMutation(ConfirmSignUpDocument);
  const [problem, setProblem] = useState<string | null>(token ? null : 'This link is incomplete.');
  const started = useRef(false);

  useEffect(() => {
    // Once, even under StrictMode's double effects: the link works a single time.
    if (!token || started.current) return;
    started.current = true;
    confirm({ variables: { input: { token } } })
      .then(({ data }) => {
        if (!data) return;
        remember(data.confirmSignUp);
        void navigate(next ?? homePath(data.confirmSignUp.organizations), { replace: true });
      })
      .catch((error: unknown) => {
        const errors = toFormErrors(error, ['token']);
        setProblem(errors.fields.token ?? errors.summary ?? 'The link could not be opened.');
      });
  }, [token, next, confirm, remember, navigate]);

  return (
    <AuthCard title="Confirm your email">
      {problem ? (
        <Alert tone="warning" title="We could not confirm this link">
          {problem} <Link to={routes.signUp(next)}>Sign up again</Link> or <Link to={routes.signIn(next)}>sign in</Link>
          .
        </Alert>
      ) : (
        <Loading label="Creating your account…" />
      )}
    </AuthCard>
  );
}
