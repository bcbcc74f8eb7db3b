import { useMutation } from '@apollo/client/react';
import { NUDGE_LIMITS } from '@openhuddle/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../app/graphql-errors';
import { useViewer } from '../../app/session';
import { type NudgePreviewFieldsFragment, SendNudgeDocument } from '../../generated/graphql';
import { formatDateTime } from '../../lib/format-date';
import { plural } from '../../lib/plural';
import { Button, FormErrorSummary, TextArea } from '../../ui';
import { DIALOG_TITLES } from './nudge-words';

interface NudgeDialogProps {
  preview: NudgePreviewFieldsFragment;
  onClose: () => void;
  onSent: (result: { reached: number; skipped: number }) => void;
}

/** Who a nudge reaches (and when each was last reminded), an editable message, Send; Escape or Cancel closes. */
export function NudgeDialog({ preview, onClose, onSent }: NudgeDialogProps) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [message, setMessage] = useState(preview.message);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [send, { loading }] = useMutation(SendNudgeDocument);
  useEffect(() => heading.current?.focus(), []);

  return (
    <div
      className="card nudge-dialog"
      role="dialog"
      aria-labelledby={headingId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <h3 id={headingId} ref={heading} tabIndex={-1} className="subheading">
        {DIALOG_TITLES[preview.audience]}
      </h3>
      <Recipients preview={preview} />
      <form
        className="form"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          setErrors(NO_ERRORS);
          try {
            const { data } = await send({
              variables: { promptId: preview.promptId, audience: preview.audience, message },
            });
            if (data) onSent(data.sendNudge);
          } catch (error) {
            setErrors(toFormErrors(error, ['message']));
          }
        }}
      >
        <TextArea
          label="Message"
          hint="Sent in the app and by email, as each person chose. Each person hears from you at most once a day about this prompt."
          rows={3}
          maxLength={NUDGE_LIMITS.messageMax}
          name="message"
          value={message}
          error={errors.fields.message}
          onChange={(e) => setMessage(e.target.value)}
        />
        <FormErrorSummary errors={errors} />
        <div className="form-actions">
          <Button type="submit" busy={loading} disabled={preview.reachable === 0}>
            Send to {plural(preview.reachable, 'person', 'people')}
          </Button>
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
        </div>
      </form>
    </div>
  );
}

function Recipients({ preview }: { preview: NudgePreviewFieldsFragment }) {
  const { viewer } = useViewer();
  if (preview.namesHidden) {
    return (
      <p className="meta">
        {plural(preview.total, 'member')}, {preview.total - preview.reachable} reminded today already. Names are hidden
        for this prompt: only the cohort’s facilitators see who has not posted.
      </p>
    );
  }
  return (
    <ul className="nudge-recipients" aria-label="Who it reaches">
      {preview.recipients.map((r) => (
        <li key={r.userId}>
          <span>{r.displayName}</span>
          {preview.audience === 'OWES_REVIEWS' && (
            <span className="meta"> · owes {plural(r.reviewsOwed, 'review')}</span>
          )}
          <span className="meta">
            {' · '}
            {r.remindedToday
              ? 'reminded today, skipped'
              : r.lastRemindedAt
                ? `last reminded ${formatDateTime(r.lastRemindedAt, viewer?.timeZone)}`
                : 'not reminded yet'}
          </span>
        </li>
      ))}
    </ul>
  );
}
