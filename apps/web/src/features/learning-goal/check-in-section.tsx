import { routes } from '@openhuddle/shared';
import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { toFormErrors, NO_ERRORS, type FormErrors } from '../../app/graphql-errors';
import {
  AddCheckInDocument,
  LearningGoalChoicesDocument,
  RespondToCheckInDocument,
  type LearningGoalDetailFieldsFragment,
} from '../../generated/graphql';
import { formatDateTime } from '../../lib/format-date';
import { Button, FormErrorSummary, Section, TextArea, TextField } from '../../ui';
import { useGoalMutation } from './use-goal-mutation';

type Detail = LearningGoalDetailFieldsFragment;
const CHECK_IN_FIELDS = ['reflection', 'contributionIds', 'measureName', 'measureValue', 'url'] as const;

/** Check-ins on the pair's cadence: the member's reflection and evidence, the coach's response. */
export function CheckInSection({ organizationId, detail }: { organizationId: string; detail: Detail }) {
  const { goal } = detail;
  return (
    <Section
      title="Check-ins"
      description={`Every ${goal.cadenceDays} days: a reflection with evidence, and the coach’s response.`}
    >
      {goal.viewerCan.checkIn && <CheckInForm organizationId={organizationId} goalId={goal.id} />}
      {detail.checkIns.length === 0 ? (
        <p className="meta">No check-in yet.</p>
      ) : (
        <ol className="goal-list">
          {detail.checkIns.map((c) => (
            <li key={c.id} className="card">
              <p className="meta">{formatDateTime(c.createdAt)}</p>
              <p className="goal-quote">{c.reflection}</p>
              {c.measureName && (
                <p>
                  {c.measureName}: <strong>{c.measureValue}</strong>
                </p>
              )}
              {c.url && (
                <p>
                  <a href={c.url} rel="noreferrer" target="_blank">
                    {c.url}
                  </a>
                </p>
              )}
              {c.contributions.length > 0 && (
                <ul>
                  {c.contributions.map((k) => (
                    <li key={k.id}>
                      <Link to={routes.contribution(organizationId, k.promptId, k.id)}>{k.promptTitle}</Link>
                      <span className="meta"> · {k.excerpt}</span>
                    </li>
                  ))}
                </ul>
              )}
              {c.response ? (
                <blockquote className="goal-quote">
                  <strong>{c.responderName ?? 'Coach'}:</strong> {c.response}
                </blockquote>
              ) : (
                goal.viewerCan.respond && (
                  <RespondForm organizationId={organizationId} goalId={goal.id} checkInId={c.id} />
                )
              )}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}

function CheckInForm({ organizationId, goalId }: { organizationId: string; goalId: string }) {
  const { data } = useQuery(LearningGoalChoicesDocument, { variables: { organizationId } });
  const [add, { loading }] = useGoalMutation(AddCheckInDocument, organizationId, goalId);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    setErrors(NO_ERRORS);
    try {
      await add({
        variables: {
          input: {
            organizationId,
            goalId,
            reflection: text('reflection'),
            contributionIds: form.getAll('contributionIds').map(String),
            measureName: text('measureName') || null,
            measureValue: text('measureValue') === '' ? null : Number(text('measureValue')),
            url: text('url') || null,
          },
        },
      });
      element.reset();
    } catch (e) {
      setErrors(toFormErrors(e, CHECK_IN_FIELDS));
    }
  }
  const evidence = data?.learningGoalChoices.evidence ?? [];
  return (
    <form className="card stack" onSubmit={submit} noValidate aria-label="Check in">
      <FormErrorSummary errors={errors} />
      <TextArea label="Reflection" name="reflection" rows={3} required error={errors.fields.reflection} />
      <fieldset>
        <legend>Your contributions as evidence</legend>
        {evidence.length === 0 ? (
          <p className="meta">None yet: your published contributions show here.</p>
        ) : (
          evidence.map((e) => (
            <label key={e.contributionId} className="goal-row">
              <input type="checkbox" name="contributionIds" value={e.contributionId} /> {e.promptTitle}
              <span className="meta"> · {e.excerpt.slice(0, 80)}</span>
            </label>
          ))
        )}
        {errors.fields.contributionIds && <p className="field-error">{errors.fields.contributionIds}</p>}
      </fieldset>
      <div className="plan-form-row">
        <TextField
          label="Student-learning measure"
          name="measureName"
          hint="e.g. students meeting the target"
          error={errors.fields.measureName}
        />
        <TextField label="Value" name="measureValue" inputMode="decimal" error={errors.fields.measureValue} />
      </div>
      <TextField label="Link to a file or page" name="url" type="url" error={errors.fields.url} />
      <div>
        <Button type="submit" busy={loading}>
          Add check-in
        </Button>
      </div>
    </form>
  );
}

function RespondForm({
  organizationId,
  goalId,
  checkInId,
}: {
  organizationId: string;
  goalId: string;
  checkInId: string;
}) {
  const [respond, { loading }] = useGoalMutation(RespondToCheckInDocument, organizationId, goalId);
  const [response, setResponse] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  return (
    <form
      className="stack"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        setErrors(NO_ERRORS);
        try {
          await respond({ variables: { input: { organizationId, checkInId, response: response.trim() } } });
        } catch (e) {
          setErrors(toFormErrors(e, ['response']));
        }
      }}
    >
      <FormErrorSummary errors={errors} />
      <TextArea
        label="Your response"
        name="response"
        rows={2}
        value={response}
        onChange={(e) => setResponse(e.target.value)}
        error={errors.fields.response}
      />
      <div>
        <Button type="submit" variant="secondary" busy={loading}>
          Respond
        </Button>
      </div>
    </form>
  );
}
