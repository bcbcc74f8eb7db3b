import { useMutation, useQuery } from '@apollo/client/react';
import { DEFAULT_PULSE_COMMENT_PROMPT, DEFAULT_PULSE_QUESTIONS, PULSE_LIMITS, routes } from '@openhuddle/shared';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useDocumentTitle } from '../../app/use-document-title';
import { useForm } from '../../app/use-form';
import { CreatePulseSurveyDocument, PulseCohortDocument, type PulseSchedule } from '../../generated/graphql';
import {
  Badge,
  Breadcrumb,
  Button,
  FormErrorSummary,
  Loading,
  LoadErrorAlert,
  PageHeader,
  Section,
  Select,
  TextField,
} from '../../ui';
import { useOrganization } from '../organization/organization-layout';
import { SCHEDULE_LABELS } from './pulse-words';
import './pulse-survey.css';

/** `/o/:organizationId/cohorts/:cohortId/pulses`: the cohort's pulses; facilitators send a new one. */
export function CohortPulsesPage() {
  const organization = useOrganization();
  const { cohortId = '' } = useParams();
  const { data, loading, refetch } = useQuery(PulseCohortDocument, { variables: { id: cohortId } });
  useDocumentTitle('Pulse surveys', data?.cohort.name, organization.name);

  if (loading && !data) return <Loading />;
  if (!data) return <LoadErrorAlert what="this cohort’s pulses" onRetry={() => void refetch()} />;
  const { cohort, pulseSurveys } = data;

  return (
    <div className="page page-narrow">
      <Breadcrumb
        trail={[
          { label: organization.name, to: routes.organization(organization.id) },
          { label: cohort.name, to: routes.cohort(organization.id, cohort.id) },
        ]}
        current="Pulse surveys"
      />
      <PageHeader
        title="Pulse surveys"
        description="A few statements and one comment, answered anonymously in under a minute. Results show only once 5 people have answered."
      />
      <Section title="Pulses">
        {pulseSurveys.length === 0 ? (
          <p className="meta">No pulse yet.</p>
        ) : (
          <ul className="pulse-list">
            {pulseSurveys.map((s) => (
              <li key={s.id}>
                <Link to={routes.pulseSurvey(organization.id, s.id)}>{s.title}</Link>{' '}
                <span className="meta">
                  {SCHEDULE_LABELS[s.schedule]}
                  {s.openRound ? ` · round ${s.openRound.number} open, ${s.openRound.respondentCount} answered` : ''}
                </span>{' '}
                {s.viewerCan.answer && <Badge tone="info">To answer</Badge>}
                {s.stoppedAt && <Badge>Stopped</Badge>}
              </li>
            ))}
          </ul>
        )}
      </Section>
      {cohort.viewerCan.facilitate && <NewPulseForm cohortId={cohort.id} />}
    </div>
  );
}

/** Sending a pulse: starts from a sensible default set of statements, each editable, removable, addable. */
function NewPulseForm({ cohortId }: { cohortId: string }) {
  const organization = useOrganization();
  const navigate = useNavigate();
  const form = useForm({
    title: 'How is our PLC going?',
    commentPrompt: DEFAULT_PULSE_COMMENT_PROMPT,
    schedule: 'WEEKLY',
    windowDays: '7',
    questions: '',
  });
  const [questions, setQuestions] = useState<string[]>([...DEFAULT_PULSE_QUESTIONS]);
  const [create, { loading }] = useMutation(CreatePulseSurveyDocument, {
    refetchQueries: [{ query: PulseCohortDocument, variables: { id: cohortId } }],
  });

  const submit = () =>
    form.submit(async () => {
      const { data } = await create({
        variables: {
          input: {
            cohortId,
            title: form.values.title,
            commentPrompt: form.values.commentPrompt,
            schedule: form.values.schedule as PulseSchedule,
            windowDays: Number(form.values.windowDays) || 0,
            questions,
          },
        },
      });
      if (data) void navigate(routes.pulseSurvey(organization.id, data.createPulseSurvey.id));
    });

  return (
    <Section title="Send a pulse" description="Members are notified and see it on their home page.">
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <FormErrorSummary errors={form.errors} />
        <TextField label="Title" maxLength={PULSE_LIMITS.titleMax} {...form.bind('title')} />
        <fieldset className="fieldset">
          <legend className="fieldset-legend">Statements (answered from strongly disagree to strongly agree)</legend>
          <div className="pulse-question-inputs">
            {questions.map((q, i) => (
              <div key={i} className="pulse-question-row">
                <TextField
                  label={`Statement ${i + 1}`}
                  name={`question-${i}`}
                  value={q}
                  maxLength={PULSE_LIMITS.questionMax}
                  onChange={(e) => {
                    const value = e.target.value;
                    setQuestions((qs) => qs.map((x, j) => (j === i ? value : x)));
                  }}
                />
                {questions.length > PULSE_LIMITS.questionsMin && (
                  <Button
                    variant="secondary"
                    size="sm"
                    aria-label={`Remove statement ${i + 1}`}
                    onClick={() => setQuestions((qs) => qs.filter((_, j) => j !== i))}
                  >
                    Remove
                  </Button>
                )}
              </div>
            ))}
          </div>
          {form.errors.fields.questions && (
            <p className="field-error" role="alert">
              {form.errors.fields.questions}
            </p>
          )}
          {questions.length < PULSE_LIMITS.questionsMax && (
            <Button variant="secondary" size="sm" onClick={() => setQuestions((qs) => [...qs, ''])}>
              Add a statement
            </Button>
          )}
        </fieldset>
        <TextField label="Comment question" maxLength={PULSE_LIMITS.commentPromptMax} {...form.bind('commentPrompt')} />
        <div className="field-row">
          <Select
            label="Send"
            options={Object.entries(SCHEDULE_LABELS).map(([value, label]) => ({ value, label }))}
            hint={
              form.values.schedule === 'AFTER_HUDDLE' ? 'The first round opens when the next huddle ends.' : undefined
            }
            {...form.bind('schedule')}
          />
          <TextField
            label="Days each round stays open"
            type="number"
            min={1}
            max={PULSE_LIMITS.windowDaysMax}
            inputMode="numeric"
            {...form.bind('windowDays')}
          />
        </div>
        <div className="form-actions">
          <Button type="submit" busy={loading}>
            Send pulse
          </Button>
        </div>
      </form>
    </Section>
  );
}
