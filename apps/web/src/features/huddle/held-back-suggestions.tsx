import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { toFormErrors } from '../../app/graphql-errors';
import { AddAgendaItemDocument, HeldBackAgendaSuggestionsDocument, HuddleDocument } from '../../generated/graphql';
import { Alert, Badge, Button } from '../../ui';
import { AGENDA_KIND_LABELS } from './huddle-words';

/**
 * After "Suggest from brief": what was left out because not every member may see it, and why.
 * The facilitator may add one anyway; the agenda (shown to all in live mode and the minutes) then
 * names its prompt, not its text.
 */
export function HeldBackSuggestions({ huddleId, onAdded }: { huddleId: string; onAdded: (title: string) => void }) {
  const { data } = useQuery(HeldBackAgendaSuggestionsDocument, {
    variables: { huddleId },
    fetchPolicy: 'network-only',
  });
  const [added, setAdded] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [add, { loading }] = useMutation(AddAgendaItemDocument, {
    refetchQueries: [{ query: HuddleDocument, variables: { id: huddleId } }],
    awaitRefetchQueries: true,
  });
  const held = (data?.heldBackAgendaSuggestions ?? []).filter((h) => !added.has(h.title));
  if (!held.length) return null;
  return (
    <div className="held-back no-print">
      <h3 className="subheading">Not suggested ({held.length})</h3>
      <p className="meta">
        Suggestions come only from what every member may see: the agenda is shown to everyone in live mode and in the
        minutes.
      </p>
      {error && <Alert tone="danger">{error}</Alert>}
      <ul className="plain-list held-back-list">
        {held.map((h) => (
          <li key={h.title} className="held-back-item">
            <p>
              <Badge tone="neutral">{AGENDA_KIND_LABELS[h.kind]}</Badge> {h.title}
              {h.facilitatorsOnly && (
                <>
                  {' '}
                  <Badge tone="info">Visible to facilitators only</Badge>
                </>
              )}
            </p>
            <p className="meta">Why not: {h.reason}</p>
            <Button
              size="sm"
              variant="secondary"
              busy={loading}
              onClick={async () => {
                setError(null);
                try {
                  await add({
                    variables: { input: { huddleId, title: h.titleIfAdded, timeBoxMinutes: h.timeBoxMinutes } },
                  });
                  setAdded((s) => new Set(s).add(h.title));
                  onAdded(h.titleIfAdded);
                } catch (e) {
                  setError(toFormErrors(e).summary);
                }
              }}
            >
              Add anyway<span className="visually-hidden">: {h.titleIfAdded}</span>
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
