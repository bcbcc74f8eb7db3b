import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../app/graphql-errors';
import { PromptDocument, RestoreContentDocument, type ModeratedContentFieldsFragment } from '../../generated/graphql';
import { Badge, Button } from '../../ui';
import { SUBJECT_LABELS } from './moderation-words';
import './moderation.css';

/**
 * Hidden content where it used to be: its author reads "Hidden by a facilitator: <reason>";
 * facilitators see every hidden item marked hidden, with Restore. Nobody else gets any.
 */
export function HiddenTombstones({ items, promptId }: { items: ModeratedContentFieldsFragment[]; promptId: string }) {
  if (!items.length) return null;
  return (
    <ul className="tombstone-list" aria-label="Hidden content">
      {items.map((item) => (
        <Tombstone key={item.subjectId} item={item} promptId={promptId} />
      ))}
    </ul>
  );
}

function Tombstone({ item, promptId }: { item: ModeratedContentFieldsFragment; promptId: string }) {
  const [restore, { loading }] = useMutation(RestoreContentDocument, {
    refetchQueries: [{ query: PromptDocument, variables: { id: promptId } }],
    awaitRefetchQueries: true,
  });
  const [error, setError] = useState<FormErrors>(NO_ERRORS);
  return (
    <li className="card tombstone">
      <p>
        <Badge tone="warning">Hidden {SUBJECT_LABELS[item.subjectType]}</Badge> {item.tombstone}
      </p>
      {item.canRestore && (
        <>
          <p className="meta">
            {item.authorName ? `By ${item.authorName}: ` : ''}
            {item.body}
          </p>
          <Button
            variant="secondary"
            size="sm"
            busy={loading}
            onClick={async () => {
              setError(NO_ERRORS);
              try {
                await restore({ variables: { input: { subjectType: item.subjectType, subjectId: item.subjectId } } });
              } catch (e) {
                setError(toFormErrors(e));
              }
            }}
          >
            Restore
          </Button>
        </>
      )}
      {error.summary && <p className="field-error">{error.summary}</p>}
    </li>
  );
}
