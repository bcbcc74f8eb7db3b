import { useMutation } from '@apollo/client/react';
import { REPORT_NOTE_MAX } from '@openhuddle/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from '../../app/use-form';
import { ReportContentDocument, type ReportReason, type ReportSubjectType } from '../../generated/graphql';
import { Button, FormErrorSummary, Select, TextArea } from '../../ui';
import { REASON_LABELS, SUBJECT_LABELS } from './moderation-words';
import './moderation.css';

interface ReportButtonProps {
  subjectType: ReportSubjectType;
  subjectId: string;
  /** Whose content, for the button's accessible name ("Report Ana's feedback"). */
  authorName?: string;
}

/** "Report" next to a contribution, a feedback or a comment; opens a small dialog with a reason and a note. */
export function ReportButton({ subjectType, subjectId, authorName }: ReportButtonProps) {
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const what = SUBJECT_LABELS[subjectType];
  if (sent) {
    return (
      <p className="meta" role="status">
        Reported. The facilitators will take a look.
      </p>
    );
  }
  return (
    <>
      <Button
        variant="ghost"
        size="sm"
        aria-expanded={open}
        aria-label={authorName ? `Report ${authorName}’s ${what}` : `Report this ${what}`}
        onClick={() => setOpen(!open)}
      >
        Report
      </Button>
      {open && (
        <ReportDialog
          subjectType={subjectType}
          subjectId={subjectId}
          onClose={() => setOpen(false)}
          onSent={() => {
            setOpen(false);
            setSent(true);
          }}
        />
      )}
    </>
  );
}

interface ReportDialogProps {
  subjectType: ReportSubjectType;
  subjectId: string;
  onClose: () => void;
  onSent: () => void;
}

/** The report form: a reason from the closed list, an optional note; Escape or Cancel closes it. */
export function ReportDialog({ subjectType, subjectId, onClose, onSent }: ReportDialogProps) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useForm({ reason: '', note: '' });
  const [report, { loading }] = useMutation(ReportContentDocument);
  useEffect(() => heading.current?.focus(), []);
  const what = SUBJECT_LABELS[subjectType];
  return (
    <div
      className="card report-dialog"
      role="dialog"
      aria-labelledby={headingId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <h4 id={headingId} ref={heading} tabIndex={-1} className="subheading">
        Report this {what}
      </h4>
      <p className="meta">Only the cohort’s facilitators see reports. The author is not told who reported.</p>
      <form
        className="form"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          if (!form.values.reason) {
            form.setErrors({ fields: { reason: 'Pick a reason from the list.' }, summary: null, code: null });
            return;
          }
          const ok = await form.submit(() =>
            report({
              variables: {
                input: {
                  subjectType,
                  subjectId,
                  reason: form.values.reason as ReportReason,
                  note: form.values.note.trim() || null,
                },
              },
            }),
          );
          if (ok) onSent();
        }}
      >
        <Select
          label="Reason"
          required
          options={[
            { value: '', label: 'Pick a reason…' },
            ...Object.entries(REASON_LABELS).map(([value, label]) => ({ value, label })),
          ]}
          {...form.bind('reason')}
        />
        <TextArea
          label="Note (optional)"
          hint="Anything that helps the facilitators understand."
          rows={3}
          maxLength={REPORT_NOTE_MAX}
          name="note"
          value={form.values.note}
          error={form.errors.fields.note}
          onChange={(e) => form.set('note', e.target.value)}
        />
        <FormErrorSummary errors={form.errors} />
        <div className="form-actions">
          <Button type="submit" busy={loading}>
            Send report
          </Button>
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
        </div>
      </form>
    </div>
  );
}
