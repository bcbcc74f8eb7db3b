import { useMutation, useQuery } from '@apollo/client/react';
import { OBSERVATION_KIND_LABELS, OBSERVATION_VISIBILITY_STATEMENT, ObservationKind } from '@openhuddle/shared';
import { useState, type FormEvent } from 'react';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../app/graphql-errors';
import {
  FrameworkDocument,
  FrameworksDocument,
  ObservationsDocument,
  OrganizationMembersDocument,
  RecordObservationDocument,
} from '../../generated/graphql';
import { Alert, Button, FormErrorSummary, Select, TextArea, TextField } from '../../ui';

const todayIso = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/**
 * Records an observation of a colleague: who, how, when, a level for each practice seen (the
 * others left at "Not observed") and a note. Shared with the person observed only.
 */
export function RecordObservationForm({ organizationId, viewerId }: { organizationId: string; viewerId: string }) {
  const frameworks = useQuery(FrameworksDocument, { variables: { organizationId } }).data?.frameworks ?? [];
  const members =
    useQuery(OrganizationMembersDocument, { variables: { id: organizationId } }).data?.organization.members ?? [];
  const [frameworkChoice, setFrameworkId] = useState('');
  const frameworkId = frameworkChoice || frameworks[0]?.id || '';
  const framework = useQuery(FrameworkDocument, {
    variables: { input: { organizationId, frameworkId } },
    skip: !frameworkId,
  }).data?.framework;
  const [observedId, setObservedId] = useState('');
  const [kind, setKind] = useState<ObservationKind>(ObservationKind.PEER_VISIT);
  const [observedOn, setObservedOn] = useState(todayIso);
  const [levels, setLevels] = useState<Record<string, string>>({});
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [saved, setSaved] = useState<string | null>(null);
  /** The practice keys in the order last sent, to place the server's `ratings.N.*` messages. */
  const [sentKeys, setSentKeys] = useState<string[]>([]);
  const [record, { loading }] = useMutation(RecordObservationDocument, {
    refetchQueries: [{ query: ObservationsDocument, variables: { organizationId, side: 'BY_ME' } }],
  });
  const colleagues = members.filter((m) => m.user.id !== viewerId);
  const practices = framework?.domains.flatMap((d) => d.practices) ?? [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const ratings = practices
      .filter((p) => levels[p.key])
      .map((p) => ({ practiceKey: p.key, level: Number(levels[p.key]) }));
    setSentKeys(ratings.map((r) => r.practiceKey));
    try {
      const { data } = await record({
        variables: { input: { organizationId, frameworkId, observedId, kind, observedOn, ratings, note } },
      });
      if (data) {
        setErrors(NO_ERRORS);
        setSaved(`Observation of ${data.recordObservation.observed.name} saved and shared with them.`);
        setLevels({});
        setNote('');
      }
    } catch (e) {
      setErrors(toFormErrors(e, ['observedId', 'frameworkId', 'kind', 'observedOn', 'ratings', 'note']));
    }
  };

  if (!frameworks.length)
    return <p className="meta">Your organisation has no framework yet: an admin adds one on the Frameworks page.</p>;
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-label="Record an observation">
      <FormErrorSummary errors={errors} />
      {saved && <Alert tone="success">{saved}</Alert>}
      <p className="meta">{OBSERVATION_VISIBILITY_STATEMENT}</p>
      <Select
        name="observedId"
        label="Who you observed"
        value={observedId}
        onChange={(e) => setObservedId(e.target.value)}
        options={[
          { value: '', label: 'Pick a colleague' },
          ...colleagues.map((m) => ({ value: m.user.id, label: m.user.displayName })),
        ]}
        error={errors.fields.observedId}
      />
      <fieldset className="fieldset">
        <legend className="fieldset-legend">Kind of observation</legend>
        {Object.values(ObservationKind).map((k) => (
          <label key={k} className="observation-choice">
            <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />{' '}
            {OBSERVATION_KIND_LABELS[k]}
          </label>
        ))}
      </fieldset>
      <TextField
        name="observedOn"
        type="date"
        label="Day of the visit"
        value={observedOn}
        onChange={(e) => setObservedOn(e.target.value)}
        error={errors.fields.observedOn}
      />
      {frameworks.length > 1 && (
        <Select
          name="frameworkId"
          label="Framework"
          value={frameworkId}
          onChange={(e) => {
            setFrameworkId(e.target.value);
            setLevels({});
          }}
          options={frameworks.map((f) => ({ value: f.id, label: f.title }))}
          error={errors.fields.frameworkId}
        />
      )}
      <fieldset className="fieldset">
        <legend className="fieldset-legend">Practices you saw</legend>
        {errors.fields.ratings && (
          <p className="field-error" role="alert">
            {errors.fields.ratings}
          </p>
        )}
        {practices.map((p) => (
          <Select
            key={p.key}
            name={`level-${p.key}`}
            label={`${p.title} (${p.domain})`}
            value={levels[p.key] ?? ''}
            onChange={(e) => setLevels({ ...levels, [p.key]: e.target.value })}
            options={[
              { value: '', label: 'Not observed' },
              ...p.levels.map((l) => ({ value: String(l.level), label: `${l.name} — ${l.descriptor}` })),
            ]}
            error={
              errors.fields[`ratings.${sentKeys.indexOf(p.key)}.level`] ??
              errors.fields[`ratings.${sentKeys.indexOf(p.key)}.practiceKey`]
            }
          />
        ))}
      </fieldset>
      <TextArea
        name="note"
        label="Note"
        hint="What you saw, in a sentence or two."
        rows={3}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={errors.fields.note}
      />
      <div className="form-actions">
        <Button type="submit" busy={loading}>
          Record the observation
        </Button>
      </div>
    </form>
  );
}
