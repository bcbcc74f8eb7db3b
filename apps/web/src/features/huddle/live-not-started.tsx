import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { toFormErrors } from '../../app/graphql-errors';
import { HuddleDocument, StartHuddleDocument, type HuddleQuery } from '../../generated/graphql';
import { Alert, Button, EmptyState, Section } from '../../ui';

type Huddle = HuddleQuery['huddle'];

/** Before the huddle starts: the facilitator starts it; everyone else waits on the page. */
export function LiveNotStarted({ huddle }: { huddle: Huddle }) {
  const [start, { loading }] = useMutation(StartHuddleDocument, {
    variables: { id: huddle.id },
    refetchQueries: [{ query: HuddleDocument, variables: { id: huddle.id } }],
    awaitRefetchQueries: true,
  });
  const [error, setError] = useState<string | null>(null);
  if (!huddle.viewerCan.facilitate) {
    return (
      <Section>
        <EmptyState title="The huddle has not started yet">
          This page follows along by itself once your facilitator starts it. Meanwhile, read the brief.
        </EmptyState>
      </Section>
    );
  }
  return (
    <Section title="Ready when you are" description="Starting opens the first agenda item on everyone’s screen.">
      {huddle.agenda.length === 0 && (
        <Alert tone="warning" className="section-alert">
          The agenda is empty: add items on the brief page, so notes have a place to go.
        </Alert>
      )}
      {error && (
        <Alert tone="danger" className="section-alert">
          {error}
        </Alert>
      )}
      <Button
        busy={loading}
        onClick={async () => {
          setError(null);
          try {
            await start();
          } catch (e) {
            setError(toFormErrors(e).summary);
          }
        }}
      >
        Start huddle
      </Button>
    </Section>
  );
}
