import { routes } from '@openhuddle/shared';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { errorCode, toFormErrors } from '../../app/graphql-errors';
import { rememberOrganization } from '../../app/last-organization';
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from '../../app/roles';
import { COHORT_ROLE_LABELS } from '../prompt/prompt-words';
import { useSignOut, useViewer } from '../../app/session';
import { useDocumentTitle } from '../../app/use-document-title';
import {
  AcceptGuestInvitationDocument,
  AcceptInvitationDocument,
  InvitationPreviewDocument,
  ViewerDocument,
  type InvitationPreviewQuery,
} from '../../generated/graphql';
import { Alert, Button, ButtonLink, EmptyState, Loading } from '../../ui';
import { SignInForm } from '../auth/sign-in-form';
import { SignUpForm } from '../auth/sign-up-form';

type Preview = InvitationPreviewQuery['invitation'];

const STATUS_MESSAGES: Record<Exclude<Preview['status'], 'PENDING'>, string> = {
  ACCEPTED: 'This invitation was already accepted.',
  EXPIRED: 'This invitation has expired. Ask the person who invited you for a new link.',
  REVOKED: 'This invitation was withdrawn. Ask the person who invited you for a new link.',
};

export function AcceptInvitationPage() {
  const { token = '' } = useParams();
  const { data, loading, error } = useQuery(InvitationPreviewDocument, { variables: { token } });
  const { viewer, loading: viewerLoading } = useViewer();
  const preview = data?.invitation;
  useDocumentTitle(preview ? `Join ${preview.organizationName}` : 'Invitation');

  if ((loading && !data) || viewerLoading) return <Loading label="Opening your invitation…" />;
  if (!preview) {
    const notFound = errorCode(error) === 'NOT_FOUND';
    return (
      <div className="auth">
        <div className="auth-card card">
          <h1 className="auth-title">{notFound ? 'Invitation not found' : 'Something went wrong'}</h1>
          <EmptyState
            title={notFound ? 'This link does not match any invitation.' : 'We could not open this invitation.'}
            action={<ButtonLink to={routes.home()}>Go to OpenHuddle</ButtonLink>}
          >
            {notFound
              ? 'Check that you copied the whole link, or ask for a new one.'
              : 'Check your connection and reload the page.'}
          </EmptyState>
        </div>
      </div>
    );
  }

  return (
    <div className="auth">
      <div className="auth-card card auth-card-wide">
        <p className="page-eyebrow">Invitation</p>
        <h1 className="auth-title">
          {preview.cohortName ? `Join ${preview.cohortName} as a guest` : `Join ${preview.organizationName}`}
        </h1>
        {preview.cohortName && preview.cohortRole ? (
          <p className="auth-intro">
            <strong>{preview.invitedByName}</strong> invited <strong>{preview.email}</strong> to the cohort{' '}
            <strong>{preview.cohortName}</strong> of {preview.organizationName} as a guest{' '}
            {COHORT_ROLE_LABELS[preview.cohortRole].toLowerCase()}. As a guest you see this cohort and nothing else of{' '}
            {preview.organizationName}; everyone there sees you marked as a guest.
          </p>
        ) : (
          <p className="auth-intro">
            <strong>{preview.invitedByName}</strong> invited <strong>{preview.email}</strong> to join as{' '}
            <strong>{ROLE_LABELS[preview.role].toLowerCase()}</strong>. {ROLE_DESCRIPTIONS[preview.role]}
          </p>
        )}
        {preview.status !== 'PENDING' ? (
          <Alert tone="warning" title="This link cannot be used">
            {STATUS_MESSAGES[preview.status]}
          </Alert>
        ) : viewer ? (
          <AcceptAs token={token} preview={preview} viewerEmail={viewer.email} />
        ) : (
          <SignInOrUp token={token} preview={preview} />
        )}
      </div>
    </div>
  );
}

function AcceptAs({ token, preview, viewerEmail }: { token: string; preview: Preview; viewerEmail: string }) {
  const navigate = useNavigate();
  const client = useApolloClient();
  const { signOut } = useSignOut();
  const [accept, { loading }] = useMutation(AcceptInvitationDocument);
  const [acceptAsGuest, { loading: joiningAsGuest }] = useMutation(AcceptGuestInvitationDocument);
  const [problem, setProblem] = useState<string | null>(null);

  if (viewerEmail.toLowerCase() !== preview.email.toLowerCase()) {
    return (
      <Alert tone="warning" title={`You are signed in as ${viewerEmail}`}>
        <p>This invitation is for {preview.email}. Sign out, then open this link again and sign in with that email.</p>
        <p>
          <Button variant="secondary" size="sm" onClick={signOut}>
            Sign out
          </Button>
        </p>
      </Alert>
    );
  }

  return (
    <div className="stack">
      {problem && <Alert tone="danger">{problem}</Alert>}
      <Button
        className="btn-block"
        busy={loading || joiningAsGuest}
        onClick={async () => {
          setProblem(null);
          try {
            if (preview.cohortName) {
              const { data: joined } = await acceptAsGuest({ variables: { input: { token } } });
              if (!joined) return;
              await client.refetchQueries({ include: [ViewerDocument] });
              const place = joined.acceptGuestInvitation;
              void navigate(routes.cohort(place.organizationId, place.cohortId), { replace: true });
              return;
            }
            const { data } = await accept({ variables: { input: { token } } });
            if (!data) return;
            await client.refetchQueries({ include: [ViewerDocument] });
            rememberOrganization(data.acceptInvitation.id);
            void navigate(routes.organization(data.acceptInvitation.id), { replace: true });
          } catch (error) {
            setProblem(toFormErrors(error).summary ?? 'The invitation could not be accepted.');
          }
        }}
      >
        Accept and join {preview.cohortName ?? preview.organizationName}
      </Button>
    </div>
  );
}

function SignInOrUp({ token, preview }: { token: string; preview: Preview }) {
  const [mode, setMode] = useState<'sign-up' | 'sign-in'>('sign-up');
  // After signing in or up, the page re-renders with a viewer and offers "Accept and join".
  const done = () => undefined;
  return (
    <div className="stack">
      <div className="segmented" role="group" aria-label="Do you have an OpenHuddle account?">
        <button type="button" aria-pressed={mode === 'sign-up'} onClick={() => setMode('sign-up')}>
          I am new to OpenHuddle
        </button>
        <button type="button" aria-pressed={mode === 'sign-in'} onClick={() => setMode('sign-in')}>
          I have an account
        </button>
      </div>
      {mode === 'sign-up' ? (
        <>
          <h2 className="form-heading">Create your account to accept</h2>
          <SignUpForm
            defaultEmail={preview.email}
            next={routes.invitation(token)}
            submitLabel="Create account and continue"
          />
        </>
      ) : (
        <>
          <h2 className="form-heading">Sign in to accept</h2>
          <SignInForm defaultEmail={preview.email} onSignedIn={done} submitLabel="Sign in and continue" />
        </>
      )}
    </div>
  );
}
