import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { toFormErrors } from '../../app/graphql-errors';
import { DeleteFeedbackProtocolDocument, FeedbackProtocolsDocument } from '../../generated/graphql';
import { Button } from '../../ui';
import type { Protocol } from './protocol-draft';

export interface DeleteResult {
  tone: 'success' | 'danger';
  text: string;
}

/**
 * Delete, then a confirm step: “Delete <name>” or Cancel (Escape cancels too). Focus moves to the
 * confirming button and back to Delete on cancel. Offered only for the organisation's own protocols
 * that no prompt uses, as the server allows; if one was picked meanwhile, the server's refusal is
 * reported and the list is refreshed (its count then hides Delete).
 */
export function DeleteProtocol({ protocol, onResult }: { protocol: Protocol; onResult: (r: DeleteResult) => void }) {
  const client = useApolloClient();
  const [confirming, setConfirming] = useState(false);
  const ids = useId();
  const deleteId = `${ids}-delete`;
  const confirmId = `${ids}-confirm`;
  const focusAfter = useRef<string | null>(null);
  const [remove, { loading }] = useMutation(DeleteFeedbackProtocolDocument);

  useEffect(() => {
    if (!focusAfter.current) return;
    document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = null;
  });

  const ask = (on: boolean) => {
    focusAfter.current = on ? confirmId : deleteId;
    setConfirming(on);
  };

  const confirm = async () => {
    try {
      await remove({
        variables: { id: protocol.id },
        update(cache) {
          cache.evict({ id: cache.identify(protocol) });
          cache.gc();
        },
      });
      onResult({ tone: 'success', text: `Deleted “${protocol.name}”.` });
    } catch (error) {
      ask(false);
      onResult({ tone: 'danger', text: toFormErrors(error).summary ?? `“${protocol.name}” could not be deleted.` });
      void client.refetchQueries({ include: [FeedbackProtocolsDocument] });
    }
  };

  if (!confirming) {
    return (
      <Button id={deleteId} variant="ghost" size="sm" onClick={() => ask(true)}>
        Delete <span className="visually-hidden">{protocol.name}</span>
      </Button>
    );
  }
  return (
    <span
      className="confirm"
      role="group"
      aria-label={`Confirm deleting ${protocol.name}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          ask(false);
        }
      }}
    >
      <Button id={confirmId} variant="danger" size="sm" busy={loading} onClick={() => void confirm()}>
        Yes, delete <span className="visually-hidden">{protocol.name}</span>
      </Button>
      <Button variant="ghost" size="sm" onClick={() => ask(false)}>
        Cancel
      </Button>
    </span>
  );
}
