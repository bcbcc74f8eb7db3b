import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { toFormErrors } from '../../app/graphql-errors';
import {
  BriefDocument,
  CohortHuddlesDocument,
  HuddleDocument,
  SetHuddlePromptsDocument,
  type HuddleQuery,
} from '../../generated/graphql';
import { Alert, Button } from '../../ui';

type Huddle = HuddleQuery['huddle'];

/** Facilitators choose which prompts the huddle discusses; the brief follows at once. */
export function LinkedPrompts({ huddle }: { huddle: Huddle }) {
  const { data } = useQuery(CohortHuddlesDocument, { variables: { id: huddle.cohortId } });
  const [chosen, setChosen] = useState<string[]>(huddle.promptIds);
  const [message, setMessage] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const [save, { loading }] = useMutation(SetHuddlePromptsDocument, {
    refetchQueries: [
      { query: HuddleDocument, variables: { id: huddle.id } },
      { query: BriefDocument, variables: { huddleId: huddle.id } },
      { query: CohortHuddlesDocument, variables: { id: huddle.cohortId } },
    ],
    awaitRefetchQueries: true,
  });
  const prompts = data?.cohort.prompts ?? [];
  return (
    <details className="linked-prompts no-print">
      <summary>Change linked prompts</summary>
      <form
        className="form"
        onSubmit={async (e) => {
          e.preventDefault();
          setMessage(null);
          try {
            await save({ variables: { huddleId: huddle.id, promptIds: chosen } });
            setMessage({ tone: 'success', text: 'Saved: the brief now follows these prompts.' });
          } catch (error) {
            setMessage({ tone: 'danger', text: toFormErrors(error).summary ?? 'Not saved.' });
          }
        }}
      >
        <fieldset className="fieldset">
          <legend className="fieldset-legend">Prompts this huddle discusses</legend>
          {prompts.length === 0 ? (
            <p className="meta">This cohort has no prompts yet.</p>
          ) : (
            <div className="check-list">
              {prompts.map((p) => (
                <label key={p.id} className="check">
                  <input
                    type="checkbox"
                    checked={chosen.includes(p.id)}
                    onChange={(e) =>
                      setChosen((ids) => (e.target.checked ? [...ids, p.id] : ids.filter((id) => id !== p.id)))
                    }
                  />
                  <span>{p.title}</span>
                </label>
              ))}
            </div>
          )}
        </fieldset>
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
        <div className="form-actions">
          <Button type="submit" size="sm" variant="secondary" busy={loading}>
            Save linked prompts
          </Button>
        </div>
      </form>
    </details>
  );
}
