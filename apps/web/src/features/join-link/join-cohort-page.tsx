import { routes } from '@openhuddle/shared';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { errorCode, toFormErrors } from '../../app/graphql-errors';
import { rememberOrganization } from '../../app/last-organization';
import { useViewer } from '../../app/session';
import { useDocumentTitle } from '../../app/use-document-title';
import {
  CohortJoinLinkPreviewDocument,
  JoinCohortDocument,
  ViewerDocument,
  type CohortJoinLinkPreviewQuery,
} from '../../generated/graphql';
import { Alert, Button, ButtonLink, EmptyState, Loading } from '../../ui';
import { SignInForm } from '../auth/sign-in-form';
import { SignUpForm } from '../auth/sign-up-form';
import { JOIN_LINK_REFUSALS } from './join-link-words';

type Preview = CohortJoinLinkPreviewQuery['cohortJoinLink'];

/** Where a cohort join link lands: what it offers, then "Join" (after signing in or up). */
export function JoinCohortPage() {
  const { token = '' } = useParams();
  const { data, loading, error } = useQuery(CohortJoinLinkPreviewDocument, { variables: { token } });
  const { viewer, loading: viewerLoading } = useViewer();
  const preview = data?.cohortJoinLink;
  useDocumentTitle(preview ? `Join ${preview.cohortName}` : 'Join link');

  if ((loading && !data) || viewerLoading) return <Loading label="Opening the join link…" />;
  if (!preview) {
    const notFound = errorCode(error) === 'NOT_FOUND';
    return (
      <div className="auth">
        <div className="auth-card card">
          <h1 className="auth-title">{notFound ? 'Join link not found' : 'Something went wrong'}</h1>
          <EmptyState
            title={notFound ? 'This address does not match any join link.' : 'We could not open this join link.'}
            action={<ButtonLink to={routes.home()}>Go to OpenHuddle</ButtonLink>}
          >
            {notFound
              ? 'Check that you copied the whole link, or ask the cohort’s facilitator for a new one.'
              : 'Check your connection and reload the page.'}
          </EmptyState>
        </div>
      </div>
    );
  }

  return (
    <div className="auth">
      <div className="auth-card card auth-card-wide">
        <p className="page-eyebrow">Join link</p>
        <h1 className="auth-title">Join {preview.cohortName}</h1>
        <p className="auth-intro">
          This link adds you to the cohort <strong>{preview.cohortName}</strong> of {preview.organizationName} as a
          member.{' '}
          {preview.admitsGuests
            ? `If you are not a member of ${preview.organizationName}, you join as a guest: you see this cohort and nothing else of it, and everyone there sees you marked as a guest.`
            : `It is for members of ${preview.organizationName}.`}
        </p>
        {preview.status !== 'ACTIVE' ? (
          <Alert tone="warning" title="This link cannot be used">
            {JOIN_LINK_REFUSALS[preview.status]}
          </Alert>
        ) : viewer ? (
          <JoinButton token={token} preview={preview} />
        ) : (
          <SignInOrUp token={token} />
        )}
      </div>
    </div>
  );
}

function JoinButton({ token, preview }: { token: string; preview: Preview }) {
  const navigate = useNavigate();
  const client = useApolloClient();
  const [join, { loading }] = useMutation(JoinCohortDocument);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div className="stack">
      {problem && <Alert tone="danger">{problem}</Alert>}
      <Button
        className="btn-block"
        busy={loading}
        onClick={async () => {
          setProblem(null);
          try {
            const { data } = await join({ variables: { input: { token } } });
            if (!data) return;
            await client.refetchQueries({ include: [ViewerDocument] });
            const place = data.joinCohort;
            if (!place.guest) rememberOrganization(place.organizationId);
            void navigate(routes.cohort(place.organizationId, place.cohortId), { replace: true });
          } catch (error) {
            setProblem(toFormErrors(error).summary ?? 'You could not join through this link.');
          }
        }}
      >
        Join {preview.cohortName}
      </Button>
    </div>
  );
}

function SignInOrUp({ token }: { token: string }) {
  const [mode, setMode] = useState<'sign-up' | 'sign-in'>('sign-in');
  // After signing in or up, the page re-renders with a viewer and offers "Join".
  const done = () => undefined;
  return (
    <div className="stack">
      <div className="segmented" role="group" aria-label="Do you have an OpenHuddle account?">
        <button type="button" aria-pressed={mode === 'sign-in'} onClick={() => setMode('sign-in')}>
          I have an account
        </button>
        <button type="button" aria-pressed={mode === 'sign-up'} onClick={() => setMode('sign-up')}>
          I am new to OpenHuddle
        </button>
      </div>
      {mode === 'sign-up' ? (
        <>
          <h2 className="form-heading">Create your account to join</h2>
          <SignUpForm next={routes.joinCohort(token)} submitLabel="Create account and continue" />
        </>
      ) : (
        <>
          <h2 className="form-heading">Sign in to join</h2>
          <SignInForm onSignedIn={done} submitLabel="Sign in and continue" />
        </>
      )}
    </div>
  );
}
