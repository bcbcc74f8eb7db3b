import { useState, type FormEvent } from 'react';
import { toFormErrors, NO_ERRORS, type FormErrors } from '../../app/graphql-errors';
import { CommentOnLearningGoalDocument, type LearningGoalDetailFieldsFragment } from '../../generated/graphql';
import { formatDateTime } from '../../lib/format-date';
import { Button, FormErrorSummary, Section, TextArea } from '../../ui';
import { EVENT_WORDS } from './learning-goal-words';
import { useGoalMutation } from './use-goal-mutation';

/** Every transition and comment, oldest first, and a comment box for the pair. */
export function GoalHistory({
  organizationId,
  detail,
}: {
  organizationId: string;
  detail: LearningGoalDetailFieldsFragment;
}) {
  const { goal } = detail;
  const [comment, { loading }] = useGoalMutation(CommentOnLearningGoalDocument, organizationId, goal.id);
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors(NO_ERRORS);
    try {
      await comment({ variables: { input: { organizationId, goalId: goal.id, body: body.trim() } } });
      setBody('');
    } catch (e) {
      setErrors(toFormErrors(e, ['body']));
    }
  }
  return (
    <Section title="History" description="Every step and comment, as both of you see it.">
      <ol className="goal-history">
        {detail.history.map((event) => (
          <li key={event.id}>
            <strong>{event.actor?.displayName ?? 'Someone'}</strong> {EVENT_WORDS[event.kind]}
            <span className="meta"> · {formatDateTime(event.createdAt)}</span>
            {event.body && <p className="goal-quote">{event.body}</p>}
          </li>
        ))}
      </ol>
      {goal.viewerCan.comment && (
        <form className="stack" onSubmit={submit} noValidate>
          <FormErrorSummary errors={errors} />
          <TextArea
            label="Comment"
            name="body"
            value={body}
            rows={2}
            onChange={(e) => setBody(e.target.value)}
            error={errors.fields.body}
          />
          <div>
            <Button type="submit" variant="secondary" busy={loading}>
              Comment
            </Button>
          </div>
        </form>
      )}
    </Section>
  );
}
