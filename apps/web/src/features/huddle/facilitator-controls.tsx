import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { toFormErrors } from '../../app/graphql-errors';
import {
  EndHuddleDocument,
  HuddleDocument,
  SetCurrentAgendaItemDocument,
  type AgendaItemFieldsFragment,
  type HuddleQuery,
} from '../../generated/graphql';
import { Button } from '../../ui';

type Huddle = HuddleQuery['huddle'];

/** Previous / next item, and ending the huddle after a confirmation. */
export function FacilitatorControls({
  huddle,
  items,
  index,
}: {
  huddle: Huddle;
  items: AgendaItemFieldsFragment[];
  index: number;
}) {
  const [go] = useMutation(SetCurrentAgendaItemDocument);
  const [end, { loading: ending }] = useMutation(EndHuddleDocument, {
    variables: { id: huddle.id },
    refetchQueries: [{ query: HuddleDocument, variables: { id: huddle.id } }],
    awaitRefetchQueries: true,
  });
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const open = async (target: number) => {
    const item = items[target];
    if (!item) return;
    setError(null);
    try {
      await go({
        variables: { huddleId: huddle.id, agendaItemId: item.id },
        optimisticResponse: {
          setCurrentAgendaItem: { __typename: 'Huddle', id: huddle.id, currentAgendaItemId: item.id },
        },
      });
      // At either end the button just used is disabled: keep keyboard focus on the other one.
      if (target === items.length - 1) document.getElementById('live-previous')?.focus();
      else if (target === 0) document.getElementById('live-next')?.focus();
    } catch (e) {
      setError(toFormErrors(e).summary);
    }
  };
  return (
    <div className="stack-tight">
      <div className="live-nav">
        <Button id="live-previous" variant="secondary" disabled={index <= 0} onClick={() => void open(index - 1)}>
          ← Previous
        </Button>
        <Button
          id="live-next"
          disabled={index >= items.length - 1}
          onClick={() => void open(index < 0 ? 0 : index + 1)}
        >
          {index < 0 ? 'Open first item' : 'Next item →'}
        </Button>
        <span className="live-nav-spacer" />
        {confirming ? (
          <span className="end-confirm" role="group" aria-label="End the huddle?">
            <span>End for everyone and post the minutes?</span>
            <Button
              variant="danger"
              busy={ending}
              autoFocus
              onClick={async () => {
                setError(null);
                try {
                  await end();
                } catch (e) {
                  setError(toFormErrors(e).summary);
                }
              }}
            >
              Yes, end huddle
            </Button>
            <Button variant="ghost" onClick={() => setConfirming(false)}>
              Keep going
            </Button>
          </span>
        ) : (
          <Button variant="ghost" onClick={() => setConfirming(true)}>
            End huddle
          </Button>
        )}
      </div>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
