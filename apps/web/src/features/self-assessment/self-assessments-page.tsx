import { useQuery } from '@apollo/client/react';
import { routes } from '@openhuddle/shared';
import { Link } from 'react-router';
import { useViewer } from '../../app/session';
import { useDocumentTitle } from '../../app/use-document-title';
import { SelfAssessmentRoundsDocument } from '../../generated/graphql';
import { formatDate } from '../../lib/format-date';
import { Badge, EmptyState, Loading, LoadErrorAlert, PageHeader, Section } from '../../ui';
import { useOrganization } from '../organization/organization-layout';
import { OpenRoundForm } from './open-round-form';
import './self-assessment.css';

/** `/o/:organizationId/self-assessments`: rounds the viewer answers or runs; facilitators open new ones. */
export function SelfAssessmentsPage() {
  const organization = useOrganization();
  const { viewer } = useViewer();
  useDocumentTitle('Self-assessments', organization.name);
  const { data, loading, error, refetch } = useQuery(SelfAssessmentRoundsDocument, {
    variables: { organizationId: organization.id },
  });
  if (loading && !data) return <Loading />;
  if (error || !data) return <LoadErrorAlert what="the self-assessments" onRetry={() => void refetch()} />;
  const canOpen = organization.viewerRole !== 'MEMBER';
  return (
    <div className="page page-narrow">
      <PageHeader
        title="Self-assessments"
        description="Rate yourself on your organisation’s framework of practice, see how you grow, and form teams around shared needs."
      />
      <Section title="Rounds">
        {data.selfAssessmentRounds.length ? (
          <ul className="framework-list">
            {data.selfAssessmentRounds.map((r) => (
              <li key={r.id}>
                <Link to={routes.selfAssessmentRound(organization.id, r.id)}>{r.title}</Link>{' '}
                {r.open ? <Badge tone="success">Open</Badge> : <Badge>Closed</Badge>}
                <span className="meta">
                  {' '}
                  · {r.scope} · {r.respondentCount} answered · closes {formatDate(String(r.closesAt), viewer?.timeZone)}
                </span>
                {r.viewerCan.viewResults && (
                  <>
                    {' · '}
                    <Link to={routes.selfAssessmentResults(organization.id, r.id)}>Results</Link>
                  </>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title="No self-assessment yet">Facilitators open rounds for their cohorts.</EmptyState>
        )}
      </Section>
      {canOpen && (
        <Section title="Open a round" description="Members see who will see their answers before they answer.">
          <OpenRoundForm organizationId={organization.id} />
        </Section>
      )}
    </div>
  );
}
