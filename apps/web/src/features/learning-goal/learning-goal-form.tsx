import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { toFormErrors, NO_ERRORS, type FormErrors } from '../../app/graphql-errors';
import { LearningGoalChoicesDocument, type LearningGoalFieldsFragment } from '../../generated/graphql';
import { Button, FormErrorSummary, Select, TextArea, TextField } from '../../ui';

export interface GoalFormValues {
  title: string;
  description: string;
  planGoalId: string | null;
  coachId: string | null;
  cadenceDays: number;
}

const FIELDS = ['title', 'description', 'planGoalId', 'coachId', 'cadenceDays'] as const;

/** The goal's words, its alignment to the plan, its coach and its check-in cadence (drafting and editing). */
export function LearningGoalForm({
  organizationId,
  goal,
  submitLabel,
  onSave,
  onCancel,
}: {
  organizationId: string;
  goal?: LearningGoalFieldsFragment;
  submitLabel: string;
  onSave: (values: GoalFormValues) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const { data } = useQuery(LearningGoalChoicesDocument, { variables: { organizationId } });
  const choices = data?.learningGoalChoices;
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    setErrors(NO_ERRORS);
    setSaving(true);
    try {
      await onSave({
        title: text('title'),
        description: text('description'),
        planGoalId: text('planGoalId') || null,
        coachId: text('coachId') || null,
        cadenceDays: Number(text('cadenceDays')),
      });
    } catch (e) {
      setErrors(toFormErrors(e, FIELDS));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="card stack" onSubmit={submit} noValidate aria-label={submitLabel}>
      <FormErrorSummary errors={errors} />
      <TextField label="Goal" name="title" defaultValue={goal?.title} required error={errors.fields.title} />
      <TextArea
        label="What you will try, and how you will know it works"
        name="description"
        defaultValue={goal?.description}
        rows={4}
        error={errors.fields.description}
      />
      <Select
        label="Aligned to the plan’s goal"
        name="planGoalId"
        defaultValue={goal?.alignedTo?.id ?? ''}
        options={[
          { value: '', label: 'None' },
          ...(choices?.planGoals ?? []).map((g) => ({ value: g.id, label: g.title })),
        ]}
        error={errors.fields.planGoalId}
      />
      {choices && (
        <Select
          label="Coach"
          name="coachId"
          hint="A facilitator of one of your cohorts, or any colleague. Only you and your coach see this goal."
          defaultValue={goal?.coach?.id ?? ''}
          options={[
            { value: '', label: 'Choose later' },
            ...choices.coaches.map((c) => ({
              value: c.id,
              label: c.facilitator ? `${c.displayName} (facilitator)` : c.displayName,
            })),
          ]}
          error={errors.fields.coachId}
        />
      )}
      <TextField
        label="Check in every (days)"
        name="cadenceDays"
        type="number"
        min={7}
        max={90}
        defaultValue={String(goal?.cadenceDays ?? 14)}
        error={errors.fields.cadenceDays}
      />
      <div className="plan-form-actions">
        <Button type="submit" busy={saving}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
