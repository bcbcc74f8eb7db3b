import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../app/graphql-errors';
import { ReactDocument, type ContributionFieldsFragment, type ReactionKind } from '../../generated/graphql';

const REACTIONS: Array<{ kind: ReactionKind; label: string }> = [
  { kind: 'HELPFUL', label: 'Helpful' },
  { kind: 'PLUS_ONE', label: '+1' },
  { kind: 'WILL_TRY', label: 'I’ll try this' },
];

/** Lightweight signals on a contribution. Only counts are shown: who reacted never is. */
export function Reactions({ contribution }: { contribution: ContributionFieldsFragment }) {
  const [react, { loading }] = useMutation(ReactDocument);
  const [error, setError] = useState<FormErrors>(NO_ERRORS);
  const counts = new Map(contribution.reactions.map((r) => [r.kind, r]));
  const total = contribution.reactions.reduce((n, r) => n + r.count, 0);

  if (contribution.isMine) {
    // Authors see how their post landed, without reacting to it themselves.
    if (!total) return null;
    return (
      <p className="reactions-summary meta">
        {REACTIONS.filter((r) => counts.get(r.kind)?.count).map((r, i) => (
          <span key={r.kind}>
            {i > 0 && ' · '}
            {r.label}: {counts.get(r.kind)!.count}
          </span>
        ))}
      </p>
    );
  }
  return (
    <div className="reactions" role="group" aria-label="Reactions">
      {REACTIONS.map((r) => {
        const state = counts.get(r.kind);
        const on = state?.viewerReacted ?? false;
        const count = state?.count ?? 0;
        return (
          <button
            key={r.kind}
            type="button"
            className="reaction"
            aria-pressed={on}
            disabled={loading}
            onClick={async () => {
              setError(NO_ERRORS);
              try {
                // Refetch the prompt after reacting: a live-update refetch already in flight would
                // otherwise land after the mutation and put back the count from before it.
                await react({
                  variables: { input: { contributionId: contribution.id, kind: r.kind, on: !on } },
                  refetchQueries: ['Prompt'],
                  awaitRefetchQueries: true,
                });
              } catch (e) {
                setError(toFormErrors(e));
              }
            }}
          >
            {r.label}
            {count > 0 && <span className="reaction-count"> {count}</span>}
          </button>
        );
      })}
      {error.summary && <p className="field-error">{error.summary}</p>}
    </div>
  );
}
