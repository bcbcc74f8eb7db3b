import { routes } from '@openhuddle/shared';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { toFormErrors } from '../../app/graphql-errors';
import {
  HuddleDocument,
  TurnActionItemIntoPromptDocument,
  type ActionItemFieldsFragment,
  type HuddleQuery,
} from '../../generated/graphql';
import { Button, Section } from '../../ui';
import { Markdown } from '../contribution/markdown';
import { formatDueOn } from '../../lib/format-date';

type Huddle = HuddleQuery['huddle'];

/** After the huddle: its minutes, and the action items it produced (facilitators turn them into prompts). */
export function HuddleOutcome({ huddle, organizationId }: { huddle: Huddle; organizationId: string }) {
  return (
    <>
      <Section title="Minutes" description="Posted to the cohort when the huddle ended.">
        {huddle.minutes ? (
          <Markdown className="minutes">{huddle.minutes}</Markdown>
        ) : (
          <p className="meta">No minutes.</p>
        )}
      </Section>
      {huddle.actionItems.length > 0 && (
        <Section title="Action items">
          <ul className="record-list">
            {huddle.actionItems.map((a) => (
              <OutcomeActionItem
                key={a.id}
                item={a}
                huddleId={huddle.id}
                organizationId={organizationId}
                facilitate={huddle.viewerCan.facilitate}
              />
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}

function OutcomeActionItem({
  item,
  huddleId,
  organizationId,
  facilitate,
}: {
  item: ActionItemFieldsFragment;
  huddleId: string;
  organizationId: string;
  facilitate: boolean;
}) {
  return (
    <li className={item.doneAt ? 'record-item record-item-done' : 'record-item'}>
      <div>
        <p className="record-text">{item.text}</p>
        <p className="meta">
          {item.owner.displayName}
          {item.dueOn && ` · due ${formatDueOn(item.dueOn)}`}
          {item.doneAt && ' · done'}
        </p>
      </div>
      <TurnIntoPrompt
        item={item}
        organizationId={organizationId}
        facilitate={facilitate}
        refetch={[{ query: HuddleDocument, variables: { id: huddleId } }]}
      />
    </li>
  );
}

/** "Turn into next prompt" for facilitators, or a link to the prompt it already became. */
export function TurnIntoPrompt({
  item,
  organizationId,
  facilitate,
  refetch = [],
}: {
  item: ActionItemFieldsFragment;
  organizationId: string;
  facilitate: boolean;
  refetch?: Array<{ query: typeof HuddleDocument; variables: { id: string } }>;
}) {
  const [error, setError] = useState<string | null>(null);
  const [turn, { loading, data }] = useMutation(TurnActionItemIntoPromptDocument, { refetchQueries: refetch });
  const promptId = item.promptId ?? data?.turnActionItemIntoPrompt.id;
  if (promptId) {
    return (
      <Link to={routes.prompt(organizationId, promptId)} className="subtle-link">
        Open the draft prompt<span className="visually-hidden"> from “{item.text}”</span>
      </Link>
    );
  }
  if (!facilitate) return null;
  return (
    <span className="no-print">
      <Button
        size="sm"
        variant="secondary"
        busy={loading}
        onClick={async () => {
          setError(null);
          try {
            await turn({ variables: { id: item.id } });
          } catch (e) {
            setError(toFormErrors(e).summary);
          }
        }}
      >
        Turn into next prompt<span className="visually-hidden"> (“{item.text}”)</span>
      </Button>
      {error && (
        <span role="alert" className="field-error">
          {error}
        </span>
      )}
    </span>
  );
}
