import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { toFormErrors } from '../../app/graphql-errors';
import { CancelHuddleDocument, type HuddleScope } from '../../generated/graphql';
import { Alert, Button, Section } from '../../ui';
import type { EditableHuddle } from './edit-huddle-page';
import { ScopeChoice } from './huddle-fields';
import { formatHuddleTime } from '../../lib/format-date';

/**
 * Calls a huddle off, after a confirm step (Escape or "Keep it" steps back). Nothing is deleted:
 * the brief, agenda and notes stay, members are told, and calendar feeds mark it cancelled.
 */
export function CancelHuddle({
  huddle,
  timeZone,
  onCancelled,
}: {
  huddle: EditableHuddle;
  timeZone?: string;
  onCancelled: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [scope, setScope] = useState<HuddleScope>('THIS');
  const [error, setError] = useState<string | null>(null);
  const triggerId = useId();
  const [cancel, { loading }] = useMutation(CancelHuddleDocument);
  const series = huddle.laterInSeries > 0;

  const stepBack = () => {
    setConfirming(false);
    setError(null);
    // The trigger comes back on the next render: give it the focus the confirm step had.
    requestAnimationFrame(() => document.getElementById(triggerId)?.focus());
  };
  const confirm = async () => {
    setError(null);
    try {
      await cancel({ variables: { huddleId: huddle.id, scope: series ? scope : 'THIS' } });
      onCancelled();
    } catch (e) {
      setError(toFormErrors(e).summary);
    }
  };

  return (
    <Section
      title="Cancel huddle"
      description="Members are told, and calendar feeds mark it cancelled. The brief, agenda and notes are kept."
    >
      {confirming ? (
        <div
          className="stack-tight"
          role="group"
          aria-label="Cancel the huddle?"
          onKeyDown={(e) => {
            if (e.key === 'Escape') stepBack();
          }}
        >
          {series && (
            <ScopeChoice
              legend="Cancel which meetings?"
              name="cancel-scope"
              value={scope}
              later={huddle.laterInSeries}
              onChange={setScope}
            />
          )}
          <div className="end-confirm">
            <span>
              Cancel “{huddle.title}” on {formatHuddleTime(huddle.startsAt, huddle.durationMinutes, timeZone)}
              {series && scope === 'FOLLOWING' ? ' and the later meetings' : ''} for everyone?
            </span>
            <Button variant="danger" busy={loading} autoFocus onClick={() => void confirm()}>
              Yes, cancel huddle
            </Button>
            <Button variant="ghost" onClick={stepBack}>
              Keep it
            </Button>
          </div>
          {error && (
            <Alert tone="danger" className="section-alert">
              {error}
            </Alert>
          )}
        </div>
      ) : (
        <Button id={triggerId} variant="secondary" onClick={() => setConfirming(true)}>
          Cancel huddle…
        </Button>
      )}
    </Section>
  );
}
