import { routes } from '@openhuddle/shared';
import { Link, Navigate, useSearchParams } from 'react-router';
import { homePath, safeNextPath } from '../../app/last-organization';
import { useViewer } from '../../app/session';
import { Loading } from '../../ui';
import { AuthCard } from './auth-card';
import { SignUpForm } from './sign-up-form';

export function SignUpPage() {
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const { viewer, loading } = useViewer();
  if (loading) return <Loading />;
  if (viewer) return <Navigate to={next ?? homePath(viewer.organizations)} replace />;
  return (
    <AuthCard
      title="Create your account"
      intro="Learn with your team between meetings, and arrive at every huddle prepared."
      footer={
        <p>
          Already have an account? <Link to={routes.signIn(next)}>Sign in</Link>
        </p>
      }
    >
      <SignUpForm next={next} />
    </AuthCard>
  );
}
