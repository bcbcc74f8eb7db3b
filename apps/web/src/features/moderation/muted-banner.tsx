import { useViewer } from '../../app/session';
import { formatDateTime } from '../../lib/format-date';
import { Alert } from '../../ui';

/** Tells a muted member until when they cannot publish, comment or give feedback (drafts still save). */
export function MutedBanner({ mute }: { mute: { until?: string | null } | null | undefined }) {
  const { viewer } = useViewer();
  if (!mute) return null;
  const until = mute.until ? `until ${formatDateTime(mute.until, viewer?.timeZone)}` : 'until a facilitator lifts it';
  return (
    <Alert tone="warning" title={`A facilitator has muted you in this cohort ${until}`}>
      <p>You cannot publish, comment or give feedback here for now. Your drafts still save.</p>
    </Alert>
  );
}
