import { routes } from '@openhuddle/shared';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { homePath, safeNextPath } from '../../app/last-organization';
import { useViewer } from '../../app/session';
import { Loading } from '../../ui';
import { AuthCard } from './auth-card';
import { SignInForm } from './sign-in-form';

export function SignInPage() {
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const navigate = useNavigate();
  const { viewer, loading } = useViewer();
  if (loading) return <Loading />;
  if (viewer) return <Navigate to={next ?? homePath(viewer.organizations)} replace />;
  return (
    <AuthCard
      title="Sign in to OpenHuddle"
      intro="Welcome back. Your team's prompts, feedback and huddles are waiting."
      footer={
        <p>
          New here? <Link to={routes.signUp(next)}>Create an account</Link>
        </p>
      }
    >
      <SignInForm next={next} onSignedIn={(me) => navigate(next ?? homePath(me.organizations), { replace: true })} />
    </AuthCard>
  );
}
