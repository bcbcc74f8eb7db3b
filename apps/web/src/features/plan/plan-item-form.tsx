import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { toFormErrors, NO_ERRORS, type FormErrors } from '../../app/graphql-errors';
import {
  AddPlanItemDocument,
  PlanOwnerChoicesDocument,
  UpdatePlanItemDocument,
  type PlanItemFieldsFragment,
  type PlanItemKind,
} from '../../generated/graphql';
import { Button, FormErrorSummary, Select, TextField } from '../../ui';
import { KIND_WORDS } from './plan-words';

const FIELDS = ['title', 'dueOn', 'startsOn', 'ownerUserIds', 'ownerTeamIds', 'measure', 'parentId'] as const;

function toNumber(value: string): number | null {
  return value.trim() === '' ? null : Number(value);
}

/**
 * Adds a goal, strategy or action step (admins), or edits one: title, owner, dates and an
 * optional measure. The API checks every field; its per-field messages show beside them.
 */
export function PlanItemForm({
  organizationId,
  planId,
  kind,
  parentId,
  item,
  onDone,
}: {
  organizationId: string;
  planId: string;
  kind: PlanItemKind;
  parentId?: string | null;
  item?: PlanItemFieldsFragment;
  onDone: (message: string) => void;
}) {
  const { data: choices } = useQuery(PlanOwnerChoicesDocument, { variables: { organizationId } });
  const [add, { loading: adding }] = useMutation(AddPlanItemDocument);
  const [update, { loading: updating }] = useMutation(UpdatePlanItemDocument);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const word = KIND_WORDS[kind].toLowerCase();
  const owner = item?.owners[0];

  const ownerOptions = [
    { value: '', label: 'No owner yet' },
    ...(choices?.planOwnerChoices.people ?? []).map((p) => ({ value: `PERSON:${p.id}`, label: p.name })),
    ...(choices?.planOwnerChoices.teams ?? []).map((t) => ({ value: `TEAM:${t.id}`, label: t.name })),
  ];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const [ownerKind, ownerId] = text('owner').split(':');
    const measureName = text('measureName');
    const fields = {
      organizationId,
      title: text('title'),
      description: item?.description ?? '',
      dueOn: text('dueOn') || null,
      startsOn: item?.startsOn ?? null,
      ownerUserIds: ownerKind === 'PERSON' && ownerId ? [ownerId] : [],
      ownerTeamIds: ownerKind === 'TEAM' && ownerId ? [ownerId] : [],
      measure: measureName
        ? {
            name: measureName,
            unit: text('measureUnit') || null,
            baseline: toNumber(text('measureBaseline')),
            target: toNumber(text('measureTarget')),
          }
        : null,
    };
    setErrors(NO_ERRORS);
    try {
      if (item) {
        await update({ variables: { input: { ...fields, itemId: item.id } } });
        onDone(`Saved “${fields.title}”.`);
      } else {
        await add({ variables: { input: { ...fields, planId, parentId: parentId ?? null } } });
        onDone(`Added the ${word} “${fields.title}”.`);
      }
    } catch (e) {
      setErrors(toFormErrors(e, FIELDS));
    }
  }

  return (
    <form
      className="plan-item-form stack"
      onSubmit={submit}
      noValidate
      aria-label={item ? `Edit ${word}` : `New ${word}`}
    >
      <FormErrorSummary errors={errors} />
      <TextField
        label={`${KIND_WORDS[kind]} title`}
        name="title"
        defaultValue={item?.title}
        required
        error={errors.fields.title}
      />
      <div className="plan-form-row">
        <Select
          label="Owner"
          name="owner"
          options={ownerOptions}
          defaultValue={owner ? `${owner.kind}:${owner.id}` : ''}
          error={errors.fields.ownerUserIds ?? errors.fields.ownerTeamIds}
        />
        <TextField
          label="Due on"
          name="dueOn"
          type="date"
          defaultValue={item?.dueOn ?? ''}
          error={errors.fields.dueOn}
        />
      </div>
      <fieldset className="plan-fieldset">
        <legend>Measure (optional)</legend>
        <div className="plan-form-row">
          <TextField
            label="What is measured"
            name="measureName"
            placeholder="Students meeting standard in math"
            defaultValue={item?.measure?.name ?? ''}
            error={errors.fields.measure}
          />
          <TextField label="Unit" name="measureUnit" placeholder="%" defaultValue={item?.measure?.unit ?? ''} />
        </div>
        <div className="plan-form-row">
          <TextField
            label="Baseline"
            name="measureBaseline"
            inputMode="decimal"
            defaultValue={item?.measure?.baseline ?? ''}
          />
          <TextField
            label="Target"
            name="measureTarget"
            inputMode="decimal"
            defaultValue={item?.measure?.target ?? ''}
          />
        </div>
      </fieldset>
      <div className="plan-form-actions">
        <Button type="submit" busy={adding || updating}>
          {item ? 'Save' : `Add ${word}`}
        </Button>
        <Button type="button" variant="ghost" onClick={() => onDone('')}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
