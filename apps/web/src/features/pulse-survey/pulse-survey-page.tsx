import { useMutation, useQuery } from '@apollo/client/react';
import { routes } from '@openhuddle/shared';
import { useParams } from 'react-router';
import { useViewer } from '../../app/session';
import { useDocumentTitle } from '../../app/use-document-title';
import { OpenPulseRoundDocument, PulseSurveyResultsDocument, StopPulseSurveyDocument } from '../../generated/graphql';
import { formatDate } from '../../lib/format-date';
import { Alert, Badge, Breadcrumb, Button, Loading, LoadErrorAlert, PageHeader, Section } from '../../ui';
import { useOrganization } from '../organization/organization-layout';
import { PulseAnswerForm } from './pulse-answer-form';
import { PulseRoundResults, PulseTrend } from './pulse-round-results';
import { SCHEDULE_LABELS } from './pulse-words';
import './pulse-survey.css';

/** `/o/:organizationId/pulses/:surveyId`: answer the open round, then read the same aggregates everyone reads. */
export function PulseSurveyPage() {
  const organization = useOrganization();
  const { viewer } = useViewer();
  const { surveyId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PulseSurveyResultsDocument, { variables: { surveyId } });
  const result = data?.pulseSurveyResults;
  useDocumentTitle(result?.survey.title ?? 'Pulse', organization.name);
  const refetchResults = { refetchQueries: [{ query: PulseSurveyResultsDocument, variables: { surveyId } }] };
  const [openRound, { loading: opening }] = useMutation(OpenPulseRoundDocument, refetchResults);
  const [stop, { loading: stopping }] = useMutation(StopPulseSurveyDocument, refetchResults);

  if (loading && !result) return <Loading />;
  if (!result) return <LoadErrorAlert what="this pulse" onRetry={() => void refetch()} />;
  const { survey, rounds, trend } = result;
  const round = survey.openRound;
  const latest = rounds.at(-1);

  return (
    <div className="page page-narrow">
      <Breadcrumb
        trail={[
          { label: organization.name, to: routes.organization(organization.id) },
          { label: 'Pulse surveys', to: routes.cohortPulses(organization.id, survey.cohortId) },
        ]}
        current={survey.title}
      />
      <PageHeader
        eyebrow={
          <>
            Pulse · {SCHEDULE_LABELS[survey.schedule]} {survey.stoppedAt && <Badge>Stopped</Badge>}
          </>
        }
        title={survey.title}
        description="Anonymous: results are shown only as totals of at least 5 people, to everyone alike."
        actions={
          survey.viewerCan.manage && !survey.stoppedAt ? (
            <>
              <Button variant="secondary" busy={opening} onClick={() => void openRound({ variables: { surveyId } })}>
                Send a new round now
              </Button>
              <Button variant="secondary" busy={stopping} onClick={() => void stop({ variables: { surveyId } })}>
                Stop
              </Button>
            </>
          ) : undefined
        }
      />
      {error && <LoadErrorAlert what="the latest results" onRetry={() => void refetch()} />}

      {round && survey.viewerCan.answer && (
        <Section
          title={`Round ${round.number}: your answer`}
          description={`Open until ${formatDate(String(round.closesAt), viewer?.timeZone)}.`}
        >
          <PulseAnswerForm survey={survey} roundId={round.id} />
        </Section>
      )}
      {round?.viewerHasAnswered && (
        <Alert tone="success" title="Thank you — you have answered this round">
          Your answers are stored apart from the record that you answered: nobody can match them to you.
        </Alert>
      )}

      <Section
        title={latest ? `Round ${latest.number} results` : 'Results'}
        description={latest ? `Opened ${formatDate(String(latest.openedAt), viewer?.timeZone)}.` : undefined}
      >
        {latest ? <PulseRoundResults round={latest} /> : <p className="meta">No round has opened yet.</p>}
      </Section>

      <Section
        title="Trend"
        description="The mean of each statement, round by round (1 = strongly disagree, 5 = strongly agree)."
      >
        <PulseTrend questions={survey.questions} trend={trend} />
      </Section>
    </div>
  );
}
