import { useMutation, useQuery } from '@apollo/client/react';
import { routes, SELF_ASSESSMENT_VISIBILITY_STATEMENTS, SelfAssessmentVisibility } from '@openhuddle/shared';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../app/graphql-errors';
import { CohortsDocument, FrameworksDocument, OpenSelfAssessmentRoundDocument } from '../../generated/graphql';
import { Button, FormErrorSummary, Select, TextField } from '../../ui';

const inTwoWeeks = () => new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);

/** Opens a round for one of the viewer's cohorts (or, for admins, the organisation) on a framework. */
export function OpenRoundForm({ organizationId }: { organizationId: string }) {
  const navigate = useNavigate();
  const frameworks = useQuery(FrameworksDocument, { variables: { organizationId } }).data?.frameworks ?? [];
  const cohorts = useQuery(CohortsDocument, { variables: { organizationId } }).data?.cohorts ?? [];
  const [frameworkId, setFrameworkId] = useState('');
  const [cohortId, setCohortId] = useState('');
  const [title, setTitle] = useState('');
  const [closesOn, setClosesOn] = useState(inTwoWeeks);
  const [visibility, setVisibility] = useState<SelfAssessmentVisibility>(SelfAssessmentVisibility.AGGREGATE_ONLY);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [open, { loading }] = useMutation(OpenSelfAssessmentRoundDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const { data } = await open({
        variables: {
          input: {
            organizationId,
            frameworkId: frameworkId || frameworks[0]?.id || '',
            cohortId: cohortId || null,
            title,
            closesAt: new Date(`${closesOn}T23:59:00`).toISOString(),
            visibility,
          },
        },
      });
      if (data) void navigate(routes.selfAssessmentRound(organizationId, data.openSelfAssessmentRound.id));
    } catch (e) {
      setErrors(toFormErrors(e, ['title', 'frameworkId', 'closesAt', 'cohortId']));
    }
  };
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)}>
      <FormErrorSummary errors={errors} />
      <Select
        name="frameworkId"
        label="Framework"
        value={frameworkId || frameworks[0]?.id || ''}
        onChange={(e) => setFrameworkId(e.target.value)}
        options={frameworks.map((f) => ({ value: f.id, label: f.title }))}
        error={errors.fields.frameworkId}
      />
      <Select
        name="cohortId"
        label="Who is asked"
        value={cohortId}
        onChange={(e) => setCohortId(e.target.value)}
        options={[
          { value: '', label: 'Everyone in the organisation (admins)' },
          ...cohorts.map((c) => ({ value: c.id, label: c.name })),
        ]}
        error={errors.fields.cohortId}
      />
      <TextField
        name="title"
        label="Title"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={errors.fields.title}
      />
      <TextField
        name="closesOn"
        type="date"
        label="Closes on"
        value={closesOn}
        onChange={(e) => setClosesOn(e.target.value)}
        error={errors.fields.closesAt}
      />
      <fieldset className="fieldset">
        <legend className="fieldset-legend">Who sees the answers</legend>
        {Object.values(SelfAssessmentVisibility).map((v) => (
          <label key={v} className="self-assessment-level">
            <input
              type="radio"
              name="visibility"
              value={v}
              checked={visibility === v}
              onChange={() => setVisibility(v)}
            />
            <span>{SELF_ASSESSMENT_VISIBILITY_STATEMENTS[v]}</span>
          </label>
        ))}
      </fieldset>
      <div className="form-actions">
        <Button type="submit" busy={loading}>
          Open the round
        </Button>
      </div>
    </form>
  );
}
