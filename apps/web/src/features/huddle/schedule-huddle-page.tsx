import { useMutation, useQuery } from '@apollo/client/react';
import { DEFAULT_NUDGE_HOURS, HUDDLE_LIMITS, routes } from '@openhuddle/shared';
import { useNavigate, useParams } from 'react-router';
import { useViewer } from '../../app/session';
import { useDocumentTitle } from '../../app/use-document-title';
import { useForm } from '../../app/use-form';
import { CohortHuddlesDocument, ScheduleHuddleDocument, type Recurrence } from '../../generated/graphql';
import {
  Alert,
  Badge,
  Button,
  ButtonLink,
  FormErrorSummary,
  Loading,
  PageHeader,
  Section,
  Select,
  TextField,
  Breadcrumb,
} from '../../ui';
import { useOrganization } from '../organization/organization-layout';
import { checkDetails, HuddleDetailsFields, nudgeHoursOf } from './huddle-fields';
import { RECURRENCE_LABELS } from './huddle-words';
import { utcToZonedInput } from '../../lib/time-zone';
import '../cohort/learning.css';
import './huddle.css';

/** Next week's same weekday at 15:30 in the viewer's zone: a sensible first suggestion. */
function defaultStart(timeZone?: string): string {
  const inAWeek = new Date(Date.now() + 7 * 24 * 3_600_000).toISOString();
  return `${utcToZonedInput(inAWeek, timeZone).slice(0, 10)}T15:30`;
}

/** `/o/:organizationId/cohorts/:cohortId/huddles/new` */
export function ScheduleHuddlePage() {
  const organization = useOrganization();
  const { viewer } = useViewer();
  const navigate = useNavigate();
  const { cohortId = '' } = useParams();
  const { data, loading } = useQuery(CohortHuddlesDocument, { variables: { id: cohortId } });
  const cohort = data?.cohort;
  const timeZone = viewer?.timeZone;
  useDocumentTitle('Schedule huddle', cohort?.name, organization.name);

  const form = useForm({
    title: '',
    startsAt: defaultStart(timeZone),
    durationMinutes: '45',
    joinUrl: '',
    nudgeHours: DEFAULT_NUDGE_HOURS.join(','),
    allowPast: '',
    recurrence: 'NONE',
    occurrences: '6',
    promptIds: '',
  });
  const { values, setValues } = form;
  const [schedule, { loading: scheduling }] = useMutation(ScheduleHuddleDocument, {
    refetchQueries: [{ query: CohortHuddlesDocument, variables: { id: cohortId } }],
  });

  if (loading && !cohort) return <Loading />;

  const prompts = (cohort?.prompts ?? []).filter((p) => p.status !== 'CLOSED' || values.promptIds.includes(p.id));
  const closed = (cohort?.prompts ?? []).filter((p) => p.status === 'CLOSED' && !values.promptIds.includes(p.id));
  const chosen = values.promptIds ? values.promptIds.split(',') : [];
  const toggle = (id: string, on: boolean) =>
    setValues((v) => {
      const ids = (v.promptIds ? v.promptIds.split(',') : []).filter((x) => x !== id);
      return { ...v, promptIds: (on ? [...ids, id] : ids).join(',') };
    });
  const repeats = values.recurrence !== 'NONE';

  const submit = async () => {
    const { startsAt, errors } = checkDetails(values, timeZone);
    if (errors) {
      form.setErrors(errors);
      return;
    }
    await form.submit(async () => {
      const { data: result } = await schedule({
        variables: {
          input: {
            cohortId,
            title: values.title.trim(),
            startsAt,
            durationMinutes: Number(values.durationMinutes),
            joinUrl: values.joinUrl.trim() || null,
            promptIds: chosen,
            nudgeHours: nudgeHoursOf(values),
            allowPast: values.allowPast === 'yes',
            recurrence: values.recurrence as Recurrence,
            occurrences: repeats ? Number(values.occurrences) || 0 : 1,
            timeZone: timeZone ?? null,
          },
        },
      });
      const first = result?.scheduleHuddle[0];
      void navigate(first ? routes.huddle(organization.id, first.id) : routes.cohort(organization.id, cohortId));
    });
  };

  return (
    <div className="page page-narrow page-form">
      {cohort && (
        <Breadcrumb
          trail={[
            { label: organization.name, to: routes.organization(organization.id) },
            { label: cohort.name, to: routes.cohort(organization.id, cohort.id) },
          ]}
          current={'Schedule huddle'}
        />
      )}
      <PageHeader
        title="Schedule huddle"
        description="Link the prompts it will discuss: members read a brief built from their contributions before you meet."
      />
      {!cohort?.viewerCan.facilitate ? (
        <Alert tone="info" title="Only the cohort’s facilitators schedule huddles">
          Ask a facilitator of this cohort to add you as one.
        </Alert>
      ) : (
        <Section>
          <form
            className="form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <HuddleDetailsFields
              form={form}
              timeZone={timeZone}
              titleHint="e.g. “Thursday PLC huddle”. A series numbers its meetings (1/6, 2/6…)."
            >
              <div className="field-row">
                <Select
                  label="Repeats"
                  options={Object.entries(RECURRENCE_LABELS).map(([value, label]) => ({ value, label }))}
                  hint={repeats ? 'Same local time each meeting, even across daylight-saving changes.' : undefined}
                  {...form.bind('recurrence')}
                />
                {repeats && (
                  <TextField
                    label="Number of meetings"
                    type="number"
                    min={2}
                    max={HUDDLE_LIMITS.occurrencesMax}
                    inputMode="numeric"
                    {...form.bind('occurrences')}
                  />
                )}
              </div>
            </HuddleDetailsFields>
            <fieldset
              className="fieldset"
              aria-describedby={form.errors.fields.promptIds ? 'huddle-prompts-error' : undefined}
            >
              <legend className="fieldset-legend">Prompts to discuss</legend>
              {prompts.length === 0 ? (
                <p className="meta">This cohort has no prompts yet. You can link them later from the huddle page.</p>
              ) : (
                <div className="check-list">
                  {prompts.map((p) => (
                    <label key={p.id} className="check">
                      <input
                        type="checkbox"
                        checked={chosen.includes(p.id)}
                        onChange={(e) => toggle(p.id, e.target.checked)}
                      />
                      <span>
                        {p.title}
                        {p.status === 'DRAFT' && (
                          <>
                            {' '}
                            <Badge tone="warning">Draft</Badge>
                          </>
                        )}
                      </span>
                    </label>
                  ))}
                </div>
              )}
              {closed.length > 0 && (
                <details className="huddle-closed-prompts">
                  <summary>Closed prompts ({closed.length})</summary>
                  <div className="check-list">
                    {closed.map((p) => (
                      <label key={p.id} className="check">
                        <input type="checkbox" checked={false} onChange={(e) => toggle(p.id, e.target.checked)} />
                        <span>{p.title}</span>
                      </label>
                    ))}
                  </div>
                </details>
              )}
              {repeats && chosen.length > 0 && (
                <p className="field-hint">The prompts are linked to the first meeting; link later ones as you go.</p>
              )}
              {form.errors.fields.promptIds && (
                <p id="huddle-prompts-error" className="field-error">
                  <span aria-hidden="true">⚠ </span>
                  {form.errors.fields.promptIds}
                </p>
              )}
            </fieldset>
            <FormErrorSummary errors={form.errors} />
            <div className="form-actions">
              <Button type="submit" busy={scheduling}>
                {repeats ? `Schedule ${Number(values.occurrences) || 0} huddles` : 'Schedule huddle'}
              </Button>
              <ButtonLink to={routes.cohort(organization.id, cohortId)} variant="ghost">
                Cancel
              </ButtonLink>
            </div>
          </form>
        </Section>
      )}
    </div>
  );
}
