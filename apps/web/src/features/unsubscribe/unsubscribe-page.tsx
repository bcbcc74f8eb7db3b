import { useMutation, useQuery } from '@apollo/client/react';
import { routes } from '@openhuddle/shared';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useViewer } from '../../app/session';
import { useDocumentTitle } from '../../app/use-document-title';
import { UnsubscribeDocument, UnsubscribeLinkDocument } from '../../generated/graphql';
import { Alert, Button, Loading } from '../../ui';
import { AuthCard } from '../auth/auth-card';
import { KIND_LABELS } from '../notification/notification-kinds';

/**
 * Where an email's "Unsubscribe" lands, signed in or not (the link's token says who). Nothing
 * changes until a button is pressed: link scanners that open every link unsubscribe nobody.
 */
export function UnsubscribePage() {
  useDocumentTitle('Unsubscribe');
  const { token = '' } = useParams();
  const { viewer } = useViewer();
  const { data, loading, error } = useQuery(UnsubscribeLinkDocument, { variables: { token } });
  const [unsubscribe, { loading: saving }] = useMutation(UnsubscribeDocument);
  const [done, setDone] = useState<'KIND' | 'ALL' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  if (loading) return <Loading />;
  const link = data?.unsubscribeLink;
  if (!link) {
    return (
      <AuthCard title="Unsubscribe">
        <Alert tone="warning" title="This unsubscribe link does not work">
          {error?.message ?? 'It may be incomplete.'} You can choose which emails you get in your notification settings
          once signed in.
        </Alert>
      </AuthCard>
    );
  }
  // A digest's link has no kind: it stops the digests.
  const what = link.kind ? KIND_LABELS[link.kind].toLowerCase() : null;
  const act = async (all: boolean) => {
    setProblem(null);
    try {
      await unsubscribe({ variables: { token, all } });
      setDone(all ? 'ALL' : 'KIND');
    } catch {
      setProblem('That did not work. Check your connection and try again.');
    }
  };
  const settings = viewer ? (
    <Link to={routes.notificationPreferences(link.organizationId)}>notification settings</Link>
  ) : (
    <Link to={routes.signIn(routes.notificationPreferences(link.organizationId))}>notification settings</Link>
  );

  return (
    <AuthCard title="Unsubscribe" intro={`Email from ${link.organizationName} on OpenHuddle.`}>
      {done ? (
        <Alert tone="success" title="Unsubscribed">
          {done === 'ALL'
            ? `You will get no more email from ${link.organizationName}.`
            : what
              ? `You will get no more email when: ${what}.`
              : 'You will get no more digests.'}{' '}
          You still see everything in the app. Change this any time in your {settings}.
        </Alert>
      ) : (
        <div className="stack">
          <p>
            {what
              ? `This email told you when: ${what}.`
              : 'This was your digest: what is new, what you owe, what is coming.'}
          </p>
          {problem && <Alert tone="danger">{problem}</Alert>}
          <Button busy={saving} className="btn-block" onClick={() => void act(false)}>
            Stop these emails
          </Button>
          <Button variant="secondary" busy={saving} className="btn-block" onClick={() => void act(true)}>
            Stop all email from {link.organizationName}
          </Button>
          <p className="form-note">Or choose kind by kind in your {settings}.</p>
        </div>
      )}
    </AuthCard>
  );
}
