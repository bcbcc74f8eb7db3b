import { useQuery } from '@apollo/client/react';
import { routes } from '@openhuddle/shared';
import { useParams } from 'react-router';
import { useViewer } from '../../app/session';
import { useDocumentTitle } from '../../app/use-document-title';
import { SelfAssessmentRoundDocument } from '../../generated/graphql';
import { formatDate } from '../../lib/format-date';
import { Alert, Badge, Breadcrumb, ButtonLink, Loading, LoadErrorAlert, PageHeader, Section } from '../../ui';
import { useOrganization } from '../organization/organization-layout';
import { GrowthTable } from './growth-table';
import { SelfAssessmentForm } from './self-assessment-form';
import './self-assessment.css';

/** `/o/:organizationId/self-assessments/:roundId`: who sees the answers, the form, and the member's growth. */
export function SelfAssessmentRoundPage() {
  const organization = useOrganization();
  const { viewer } = useViewer();
  const { roundId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(SelfAssessmentRoundDocument, {
    variables: { input: { organizationId: organization.id, roundId } },
  });
  const round = data?.selfAssessmentRound;
  useDocumentTitle(round?.title ?? 'Self-assessment', organization.name);
  if (loading && !round) return <Loading />;
  if (error || !round) return <LoadErrorAlert what="this self-assessment" onRetry={() => void refetch()} />;
  return (
    <div className="page page-narrow">
      <Breadcrumb
        trail={[
          { label: organization.name, to: routes.organization(organization.id) },
          { label: 'Self-assessments', to: routes.selfAssessments(organization.id) },
        ]}
        current={round.title}
      />
      <PageHeader
        eyebrow={
          <>
            Self-assessment · {round.scope} {!round.open && <Badge>Closed</Badge>}
          </>
        }
        title={round.title}
        description={`On “${round.framework.title}” (version ${round.framework.version}). ${round.open ? 'Open' : 'Closed'} until ${formatDate(String(round.closesAt), viewer?.timeZone)}.`}
        actions={
          round.viewerCan.viewResults ? (
            <>
              <ButtonLink variant="secondary" to={routes.selfAssessmentResults(organization.id, round.id)}>
                Results
              </ButtonLink>
              <ButtonLink variant="secondary" to={routes.selfAssessmentTeams(organization.id, round.id)}>
                Form teams
              </ButtonLink>
            </>
          ) : undefined
        }
      />
      <Alert title="Who sees your answers">{round.visibilityStatement}</Alert>
      {round.viewerAssessment && (
        <Alert tone="success" title="Your self-assessment is saved">
          {round.open ? 'You can change it until the round closes.' : 'The round has closed.'}
        </Alert>
      )}
      {round.viewerGrowth.length > 0 && (
        <Section title="Your growth" description={`Since “${round.previousRoundTitle}”. Only you see this.`}>
          <GrowthTable growth={round.viewerGrowth} />
        </Section>
      )}
      {round.viewerCan.answer && (
        <Section title="Rate yourself" description="For each practice, choose the level that sounds most like you now.">
          <SelfAssessmentForm organizationId={organization.id} round={round} />
        </Section>
      )}
    </div>
  );
}
