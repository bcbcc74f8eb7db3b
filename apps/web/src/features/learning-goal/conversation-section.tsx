import { useState, type FormEvent } from 'react';
import { toFormErrors, NO_ERRORS, type FormErrors } from '../../app/graphql-errors';
import { useViewer } from '../../app/session';
import {
  RecordCoachingConversationDocument,
  ScheduleCoachingConversationDocument,
  type CoachingConversationFieldsFragment,
  type LearningGoalDetailFieldsFragment,
} from '../../generated/graphql';
import { formatDateTime } from '../../lib/format-date';
import { zonedInputToUtc, zoneName } from '../../lib/time-zone';
import { Badge, Button, FormErrorSummary, Section, TextArea, TextField } from '../../ui';
import { useGoalMutation } from './use-goal-mutation';

type Detail = LearningGoalDetailFieldsFragment;

/** Coaching conversations: scheduled with a link, then notes, next steps and a follow-up that is not optional. */
export function ConversationSection({ organizationId, detail }: { organizationId: string; detail: Detail }) {
  const { goal } = detail;
  return (
    <Section title="Coaching conversations">
      {goal.viewerCan.scheduleConversation && <ScheduleForm organizationId={organizationId} goalId={goal.id} />}
      {detail.conversations.length === 0 ? (
        <p className="meta">No conversation scheduled yet.</p>
      ) : (
        <ol className="goal-list">
          {detail.conversations.map((c) => (
            <li key={c.id} className={c.followUpOverdue ? 'card goal-overdue' : 'card'}>
              <div className="goal-row">
                <strong>{formatDateTime(c.startsAt)}</strong>
                {c.link && (
                  <a href={c.link} rel="noreferrer" target="_blank">
                    Join
                  </a>
                )}
                {c.followUpDoneAt ? (
                  <Badge tone="success">Follow-up done</Badge>
                ) : c.followUpOverdue ? (
                  <Badge tone="warning">Follow-up overdue</Badge>
                ) : (
                  <Badge>Follow-up by {formatDateTime(c.followUpDueAt)}</Badge>
                )}
              </div>
              {goal.viewerCan.scheduleConversation ? (
                <RecordForm organizationId={organizationId} goalId={goal.id} conversation={c} />
              ) : (
                <>
                  {c.notes && <p className="goal-quote">{c.notes}</p>}
                  {c.nextSteps && <p className="goal-quote">Next steps: {c.nextSteps}</p>}
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}

function ScheduleForm({ organizationId, goalId }: { organizationId: string; goalId: string }) {
  const { viewer } = useViewer();
  const timeZone = viewer?.timeZone;
  const [schedule, { loading }] = useGoalMutation(ScheduleCoachingConversationDocument, organizationId, goalId);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const startsAt = zonedInputToUtc(String(form.get('startsAt') ?? ''), timeZone);
    const followUpDueAt = zonedInputToUtc(String(form.get('followUpDueAt') ?? ''), timeZone);
    const missing: Record<string, string> = {};
    if (!startsAt) missing.startsAt = 'Pick a date and time.';
    if (!followUpDueAt) missing.followUpDueAt = 'Pick a date and time.';
    if (!startsAt || !followUpDueAt) {
      setErrors({ ...NO_ERRORS, fields: missing, summary: 'Some fields need attention.' });
      return;
    }
    setErrors(NO_ERRORS);
    try {
      const link = String(form.get('link') ?? '').trim() || null;
      await schedule({ variables: { input: { organizationId, goalId, startsAt, followUpDueAt, link } } });
      element.reset();
    } catch (e) {
      setErrors(toFormErrors(e, ['startsAt', 'followUpDueAt', 'link']));
    }
  }
  const zone = zoneName(timeZone);
  return (
    <form className="card stack" onSubmit={submit} noValidate aria-label="Schedule a conversation">
      <FormErrorSummary errors={errors} />
      <div className="plan-form-row">
        <TextField
          label={`When (${zone})`}
          name="startsAt"
          type="datetime-local"
          required
          error={errors.fields.startsAt}
        />
        <TextField
          label={`Follow-up due (${zone})`}
          name="followUpDueAt"
          type="datetime-local"
          required
          error={errors.fields.followUpDueAt}
        />
      </div>
      <TextField label="Meeting link" name="link" type="url" error={errors.fields.link} />
      <div>
        <Button type="submit" busy={loading}>
          Schedule conversation
        </Button>
      </div>
    </form>
  );
}

function RecordForm({
  organizationId,
  goalId,
  conversation,
}: {
  organizationId: string;
  goalId: string;
  conversation: CoachingConversationFieldsFragment;
}) {
  const [record, { loading }] = useGoalMutation(RecordCoachingConversationDocument, organizationId, goalId);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [done, setDone] = useState(false);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setErrors(NO_ERRORS);
    try {
      await record({
        variables: {
          input: {
            organizationId,
            conversationId: conversation.id,
            notes: String(form.get('notes') ?? '').trim(),
            nextSteps: String(form.get('nextSteps') ?? '').trim(),
            followUpDone: done,
          },
        },
      });
    } catch (e) {
      setErrors(toFormErrors(e, ['notes', 'nextSteps']));
    }
  }
  return (
    <form className="stack" onSubmit={submit} noValidate aria-label="Conversation notes">
      <FormErrorSummary errors={errors} />
      <TextArea label="Notes" name="notes" rows={2} defaultValue={conversation.notes} error={errors.fields.notes} />
      <TextArea
        label="Next steps"
        name="nextSteps"
        rows={2}
        defaultValue={conversation.nextSteps}
        error={errors.fields.nextSteps}
      />
      {!conversation.followUpDoneAt && (
        <label className="goal-row">
          <input type="checkbox" checked={done} onChange={(e) => setDone(e.target.checked)} /> The follow-up happened
        </label>
      )}
      <div>
        <Button type="submit" variant="secondary" busy={loading}>
          Save notes
        </Button>
      </div>
    </form>
  );
}
