import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { toFormErrors, type FormErrors } from '../../app/graphql-errors';
import { type OrganizationDataPolicyQuery, UpdateRetentionPolicyDocument } from '../../generated/graphql';
import { Alert, Button, Section, TextField } from '../../ui';

type Key = 'draftDays' | 'auditMonths' | 'formerMemberDays';
const FIELDS: { key: Key; label: string; hint: string }[] = [
  {
    key: 'draftDays',
    label: 'Delete drafts untouched for (days)',
    hint: 'Drafts are private to their author; published work is never deleted by this.',
  },
  { key: 'auditMonths', label: 'Keep the audit log for (months)', hint: 'Older audit events are purged.' },
  {
    key: 'formerMemberDays',
    label: 'Delete former members’ personal data after (days)',
    hint: 'Their notifications, settings and drafts here; their published work follows the rule above.',
  },
];
const KEYS = FIELDS.map((f) => f.key);

type RetentionPolicy = OrganizationDataPolicyQuery['organizationDataPolicy']['retention'];

const toText = (value: number | null | undefined) => (value == null ? '' : String(value));

/** How long the organisation keeps drafts, the audit log and former members' data (empty: keep). */
export function RetentionSection({
  organizationId,
  retention,
}: {
  organizationId: string;
  retention: RetentionPolicy;
}) {
  const [values, setValues] = useState<Record<Key, string>>({
    draftDays: toText(retention.draftDays),
    auditMonths: toText(retention.auditMonths),
    formerMemberDays: toText(retention.formerMemberDays),
  });
  const [save, saving] = useMutation(UpdateRetentionPolicyDocument);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [saved, setSaved] = useState(false);
  return (
    <Section
      title="How long data is kept"
      description="Leave a field empty to keep that data. A daily job applies these rules (at 03:30 UTC)."
    >
      <form
        className="form"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          setErrors(null);
          setSaved(false);
          const input = Object.fromEntries(KEYS.map((k) => [k, values[k].trim() === '' ? null : Number(values[k])]));
          try {
            await save({ variables: { input: { organizationId, ...input } } });
            setSaved(true);
          } catch (err) {
            setErrors(toFormErrors(err, KEYS));
          }
        }}
      >
        {FIELDS.map((f) => (
          <TextField
            key={f.key}
            label={f.label}
            name={f.key}
            type="number"
            min={1}
            inputMode="numeric"
            hint={f.hint}
            value={values[f.key]}
            error={errors?.fields[f.key] ?? null}
            onChange={(e) => setValues({ ...values, [f.key]: e.target.value })}
          />
        ))}
        {saved && <Alert tone="success">The retention rules are saved.</Alert>}
        {errors?.summary && <Alert tone="danger">{errors.summary}</Alert>}
        <div className="form-actions">
          <Button type="submit" busy={saving.loading}>
            Save retention rules
          </Button>
        </div>
      </form>
    </Section>
  );
}
