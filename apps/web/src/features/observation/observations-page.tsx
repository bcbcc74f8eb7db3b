import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useLoadMore } from '../../app/use-load-more';
import { useViewer } from '../../app/session';
import { useDocumentTitle } from '../../app/use-document-title';
import {
  DeleteObservationDocument,
  FrameworksDocument,
  ObservationsDocument,
  ObservationTrendsDocument,
} from '../../generated/graphql';
import { Button, EmptyState, Loading, LoadErrorAlert, PageHeader, Section, Select } from '../../ui';
import { useOrganization } from '../organization/organization-layout';
import { ObservationCard } from './observation-card';
import { ObservationTrendsTable } from './observation-trends-table';
import { RecordObservationForm } from './record-observation-form';
import './observation.css';

/** A paged list of the observations of the viewer, or by them. */
function ObservationList({ organizationId, side }: { organizationId: string; side: 'OF_ME' | 'BY_ME' }) {
  const { data, loading, error, fetchMore, refetch } = useQuery(ObservationsDocument, {
    variables: { organizationId, side },
  });
  const { loadMore, loadingMore } = useLoadMore('observations', data?.observations, fetchMore);
  const [remove, { loading: deleting }] = useMutation(DeleteObservationDocument);
  const connection = data?.observations;
  if (loading && !connection) return <Loading />;
  if (error || !connection) return <LoadErrorAlert what="the observations" onRetry={() => void refetch()} />;
  if (!connection.nodes.length)
    return (
      <EmptyState
        title={side === 'OF_ME' ? 'Nobody has observed you yet.' : 'You have not recorded an observation yet.'}
      >
        {side === 'OF_ME'
          ? 'When a facilitator or a colleague records a walkthrough or a peer visit, it appears here.'
          : 'Visit a colleague and record what you saw below.'}
      </EmptyState>
    );
  const onDelete = async (id: string) => {
    await remove({ variables: { input: { organizationId, observationId: id } } });
    await refetch();
  };
  return (
    <>
      <ul className="observation-list">
        {connection.nodes.map((o) => (
          <li key={o.id}>
            <ObservationCard observation={o} side={side} onDelete={(id) => void onDelete(id)} deleting={deleting} />
          </li>
        ))}
      </ul>
      {connection.pageInfo.hasNextPage && (
        <Button variant="secondary" onClick={() => void loadMore()} disabled={loadingMore}>
          {loadingMore ? 'Loading…' : 'Load more'}
        </Button>
      )}
    </>
  );
}

/** Which practices are spreading: facilitators and admins, aggregates of at least 5 people only. */
function ObservationTrendsSection({ organizationId }: { organizationId: string }) {
  const frameworks = useQuery(FrameworksDocument, { variables: { organizationId } }).data?.frameworks ?? [];
  const [choice, setChoice] = useState('');
  const frameworkId = choice || frameworks[0]?.id || '';
  const { data, error, refetch } = useQuery(ObservationTrendsDocument, {
    variables: { input: { organizationId, frameworkId, months: 6 } },
    skip: !frameworkId,
  });
  return (
    <Section
      title="Which practices are spreading"
      description="Observations per practice and month. A month shows only where at least 5 different people were observed, so nobody’s levels can be read from it."
    >
      {frameworks.length > 1 && (
        <Select
          name="trendFramework"
          label="Framework"
          value={frameworkId}
          onChange={(e) => setChoice(e.target.value)}
          options={frameworks.map((f) => ({ value: f.id, label: f.title }))}
        />
      )}
      {!frameworkId ? (
        <EmptyState title="No framework yet." />
      ) : error ? (
        <LoadErrorAlert what="the trends" onRetry={() => void refetch()} />
      ) : !data ? (
        <Loading />
      ) : (
        <ObservationTrendsTable trends={data.observationTrends} />
      )}
    </Section>
  );
}

/** `/o/:organizationId/observations`: observations of the viewer, those they recorded, a form, and (facilitators) the trends. */
export function ObservationsPage() {
  const organization = useOrganization();
  const { viewer } = useViewer();
  useDocumentTitle('Observations', organization.name);
  const seesTrends = organization.viewerRole !== 'MEMBER';
  return (
    <div className="page page-narrow">
      <PageHeader
        title="Observations"
        description="Walkthroughs and peer visits recorded against the practices of your framework. Only the observer and the person observed read an observation."
      />
      <Section title="Observations of you">
        <ObservationList organizationId={organization.id} side="OF_ME" />
      </Section>
      <Section title="Record an observation">
        {viewer && <RecordObservationForm organizationId={organization.id} viewerId={viewer.id} />}
      </Section>
      <Section title="Observations you recorded">
        <ObservationList organizationId={organization.id} side="BY_ME" />
      </Section>
      {seesTrends && <ObservationTrendsSection organizationId={organization.id} />}
    </div>
  );
}
