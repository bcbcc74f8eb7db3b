import { routes } from '@openhuddle/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useViewer } from '../../app/session';
import { useDocumentTitle } from '../../app/use-document-title';
import { useForm } from '../../app/use-form';
import { toFormErrors } from '../../app/graphql-errors';
import {
  LaunchProgramDocument,
  ProgramSchedulePreviewDocument,
  ProgramTemplateDocument,
  type LaunchProgramMutation,
  type ProgramSchedulePreviewQuery,
} from '../../generated/graphql';
import { browserTimeZone } from '../../lib/browser-time-zone';
import { formatDateTime, formatDay } from '../../lib/format-date';
import { plural } from '../../lib/plural';
import {
  Alert,
  Breadcrumb,
  Button,
  ButtonLink,
  FormErrorSummary,
  Loading,
  LoadErrorAlert,
  PageHeader,
  Section,
  Select,
  TextArea,
  TextField,
} from '../../ui';
import { useOrganization } from '../organization/organization-layout';
import { parseSkipDates } from './template-time';
import './program-template.css';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
type Preview = ProgramSchedulePreviewQuery['programSchedulePreview'];
type Launched = LaunchProgramMutation['launchProgram'];

/**
 * Launches a template as a new cohort: where (the organisations the viewer may launch into), its
 * name, the start date, time zone and dates to skip; the computed dates are previewed before anything is created.
 */
export function LaunchProgramPage() {
  const organization = useOrganization();
  const { viewer } = useViewer();
  const { templateId = '' } = useParams();
  const { data, loading, error } = useQuery(ProgramTemplateDocument, { variables: { id: templateId } });
  const t = data?.programTemplate;
  useDocumentTitle(t ? `Launch ${t.title}` : 'Launch a program', organization.name);

  if (loading && !t) return <Loading />;
  if (!t) return <LoadErrorAlert what="this program template">{error ? undefined : null}</LoadErrorAlert>;
  return (
    <div className="page">
      <Breadcrumb
        trail={[
          { label: 'Program templates', to: routes.programTemplates(organization.id) },
          { label: t.title, to: routes.programTemplate(organization.id, t.id) },
        ]}
        current="Launch"
      />
      <PageHeader
        eyebrow={t.title}
        title="Launch as a new cohort"
        description={`Version ${t.version}: ${plural(t.promptCount, 'prompt')} and ${plural(t.huddleCount, 'huddle')}, placed on the calendar from the start date.`}
      />
      {t.launchTargets.length === 0 ? (
        <Alert tone="info">There is no organisation you may launch this template into.</Alert>
      ) : (
        <LaunchForm
          templateId={t.id}
          defaultName={t.title}
          targets={t.launchTargets}
          defaultTarget={
            t.launchTargets.some((o) => o.id === organization.id) ? organization.id : (t.launchTargets[0]?.id ?? '')
          }
          defaultTimeZone={viewer?.timeZone ?? browserTimeZone() ?? 'UTC'}
        />
      )}
    </div>
  );
}

export function LaunchForm({
  templateId,
  defaultName,
  targets,
  defaultTarget,
  defaultTimeZone,
}: {
  templateId: string;
  defaultName: string;
  targets: ReadonlyArray<{ id: string; name: string }>;
  defaultTarget: string;
  defaultTimeZone: string;
}) {
  const form = useForm({
    organizationId: defaultTarget,
    cohortName: defaultName,
    startDate: '',
    timeZone: defaultTimeZone,
    skipDates: '',
  });
  const [launched, setLaunched] = useState<Launched | null>(null);
  const skipDates = parseSkipDates(form.values.skipDates);
  const scheduleInput = {
    templateId,
    startDate: form.values.startDate,
    timeZone: form.values.timeZone,
    skipDates,
  };
  const ready = DATE.test(form.values.startDate) && skipDates.every((d) => DATE.test(d)) && !!form.values.timeZone;
  const preview = useQuery(ProgramSchedulePreviewDocument, { variables: { input: scheduleInput }, skip: !ready });
  const previewErrors = toFormErrors(preview.error, ['startDate', 'timeZone', 'skipDates']);
  const [launch, launching] = useMutation(LaunchProgramDocument);

  if (launched) {
    const target = targets.find((o) => o.id === launched.organizationId);
    return (
      <Alert tone="success" title="Program launched">
        <p>
          {form.values.cohortName} is ready in {target?.name ?? 'the organisation'}: its prompts are published and its
          huddles scheduled.
        </p>
        <ButtonLink to={routes.cohort(launched.organizationId, launched.cohortId)}>Open the new cohort</ButtonLink>
      </Alert>
    );
  }

  return (
    <div className="layout-split launch-layout">
      <form
        className="stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit(async () => {
            const result = await launch({
              variables: {
                input: {
                  ...scheduleInput,
                  organizationId: form.values.organizationId,
                  cohortName: form.values.cohortName,
                },
              },
            });
            if (result.data) setLaunched(result.data.launchProgram);
          });
        }}
      >
        <Select
          label="Organisation"
          {...form.bind('organizationId')}
          options={targets.map((o) => ({ value: o.id, label: o.name }))}
          hint="Where the new cohort is created."
        />
        <TextField label="Cohort name" required {...form.bind('cohortName')} />
        <TextField
          label="Start date"
          type="date"
          required
          {...form.bind('startDate')}
          error={form.errors.fields.startDate ?? previewErrors.fields.startDate}
          hint="Day 0 of the template."
        />
        <TextField
          label="Time zone"
          {...form.bind('timeZone')}
          error={form.errors.fields.timeZone ?? previewErrors.fields.timeZone}
          hint="The template’s times are read in it, e.g. Europe/London (daylight saving included)."
        />
        <TextArea
          label="Dates to skip"
          name="skipDates"
          rows={3}
          value={form.values.skipDates}
          onChange={(e) => form.set('skipDates', e.target.value)}
          error={form.errors.fields.skipDates ?? previewErrors.fields.skipDates}
          hint="Holidays as YYYY-MM-DD, one per line or separated by commas: what falls on them moves to the next day."
        />
        <FormErrorSummary errors={form.errors} />
        <div>
          <Button type="submit" busy={launching.loading} disabled={!ready || !preview.data}>
            Launch the cohort
          </Button>
        </div>
      </form>
      <Section title="Dates" description={ready ? undefined : 'Pick a start date to see when everything falls.'}>
        {ready && preview.loading && !preview.data ? (
          <Loading label="Computing the dates…" />
        ) : preview.data ? (
          <SchedulePreview preview={preview.data.programSchedulePreview} />
        ) : previewErrors.summary ? (
          <Alert tone="danger">{previewErrors.summary}</Alert>
        ) : null}
      </Section>
    </div>
  );
}

/** The computed dates, in the launch's time zone; what a skipped date moved is marked. */
export function SchedulePreview({ preview: p }: { preview: Preview }) {
  return (
    <div className="schedule-preview" aria-live="polite">
      <p className="meta">
        {formatDay(p.startDate)} to {formatDay(p.endDate)} · {p.timeZone}
      </p>
      <table className="schedule-table">
        <caption className="visually-hidden">When each prompt and huddle falls</caption>
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col">When</th>
          </tr>
        </thead>
        <tbody>
          {p.prompts.map((x) => (
            <tr key={`p${x.position}`}>
              <th scope="row">Prompt: {x.title}</th>
              <td>
                Opens {formatDateTime(x.opensAt, p.timeZone)}
                {x.dueAt && <>, due {formatDateTime(x.dueAt, p.timeZone)}</>}
                {x.moved && <span className="schedule-moved"> (moved past a skipped date)</span>}
              </td>
            </tr>
          ))}
          {p.huddles.map((h) => (
            <tr key={`h${h.position}`}>
              <th scope="row">Huddle: {h.title}</th>
              <td>
                {formatDateTime(h.startsAt, p.timeZone)} · {h.durationMinutes} min
                {h.moved && <span className="schedule-moved"> (moved past a skipped date)</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
