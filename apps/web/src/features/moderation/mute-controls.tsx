import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../app/graphql-errors';
import { useViewer } from '../../app/session';
import { CohortDocument, MuteMemberDocument, UnmuteMemberDocument, type MuteDuration } from '../../generated/graphql';
import { formatDateTime } from '../../lib/format-date';
import { Button, Select } from '../../ui';
import { MUTE_LABELS } from './moderation-words';
import './moderation.css';

interface MuteControlsProps {
  cohortId: string;
  userId: string;
  name: string;
  /** The member's mute in force, if any (from `Cohort.mutes`). */
  mute: { until?: string | null } | undefined;
}

/** On a cohort member's row, for facilitators: mute for a day, a week or until lifted; or lift it. */
export function MuteControls({ cohortId, userId, name, mute }: MuteControlsProps) {
  const { viewer } = useViewer();
  const refetch = {
    refetchQueries: [{ query: CohortDocument, variables: { id: cohortId } }],
    awaitRefetchQueries: true,
  };
  const [muteMember, muting] = useMutation(MuteMemberDocument, refetch);
  const [unmute, unmuting] = useMutation(UnmuteMemberDocument, refetch);
  const [error, setError] = useState<FormErrors>(NO_ERRORS);
  const run = async (action: () => Promise<unknown>) => {
    setError(NO_ERRORS);
    try {
      await action();
    } catch (e) {
      setError(toFormErrors(e));
    }
  };
  return (
    <div className="mute-controls">
      {mute ? (
        <>
          <span className="meta">
            Muted {mute.until ? `until ${formatDateTime(mute.until, viewer?.timeZone)}` : 'until lifted'}
          </span>
          <Button
            variant="ghost"
            size="sm"
            busy={unmuting.loading}
            aria-label={`Unmute ${name}`}
            onClick={() => run(() => unmute({ variables: { input: { cohortId, userId } } }))}
          >
            Unmute
          </Button>
        </>
      ) : (
        <Select
          label={`Mute ${name}`}
          hideLabel
          name={`mute-${userId}`}
          value=""
          disabled={muting.loading}
          options={[
            { value: '', label: 'Mute…' },
            ...Object.entries(MUTE_LABELS).map(([value, label]) => ({ value, label })),
          ]}
          onChange={(e) => {
            const duration = e.target.value as MuteDuration;
            if (duration) void run(() => muteMember({ variables: { input: { cohortId, userId, duration } } }));
          }}
        />
      )}
      {error.summary && <p className="field-error">{error.summary}</p>}
    </div>
  );
}
