import { useQuery } from '@apollo/client/react';
import { routes } from '@openhuddle/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { useViewer } from '../../app/session';
import { useLoadMore } from '../../app/use-load-more';
import { useDocumentTitle } from '../../app/use-document-title';
import { AuditEventsDocument } from '../../generated/graphql';
import { Button, EmptyState, Loading, LoadErrorAlert, PageHeader, Section } from '../../ui';
import { plural } from '../../lib/plural';
import { useOrganization } from '../organization/organization-layout';
import { canViewAuditLog } from './audit-access';
import { AuditEventTable } from './audit-event-table';
import { AuditFilters, type AuditFilterValues } from './audit-filters';
import './audit.css';

export const AUDIT_PAGE_SIZE = 50;

/** `/o/:organizationId/audit`: the organisation's administrative actions, for its admins and owners. */
export function AuditLogPage() {
  const organization = useOrganization();
  useDocumentTitle('Audit log', organization.name);
  const { viewer } = useViewer();
  const [filters, setFilters] = useState<AuditFilterValues>({ action: null, actorId: null });
  const allowed = canViewAuditLog(organization.viewerRole);
  const { data, loading, error, fetchMore, refetch } = useQuery(AuditEventsDocument, {
    variables: { organizationId: organization.id, ...filters, first: AUDIT_PAGE_SIZE },
    skip: !allowed,
  });
  const { loadMore, loadingMore } = useLoadMore('auditEvents', data?.auditEvents, fetchMore);

  if (!allowed) {
    return (
      <div className="page page-narrow">
        <PageHeader eyebrow={organization.name} title="Audit log" />
        <EmptyState title="Only admins and owners see the audit log." />
      </div>
    );
  }

  const connection = data?.auditEvents;

  return (
    <div className="page">
      <PageHeader
        eyebrow={organization.name}
        title="Audit log"
        description="Role changes, removals, invitations, facilitators added by admins and other administrative actions. Kept when the person who acted leaves."
        actions={<Link to={routes.outbox(organization.id)}>Email outbox</Link>}
      />
      <Section title="Actions">
        <AuditFilters organizationId={organization.id} value={filters} onChange={setFilters} />
        {loading && !connection ? (
          <Loading label="Loading the audit log…" />
        ) : !connection ? (
          <LoadErrorAlert what="the audit log" onRetry={() => void refetch()}>
            {error?.message ?? 'Check your connection and try again.'}
          </LoadErrorAlert>
        ) : connection.nodes.length === 0 ? (
          <EmptyState
            title={filters.action || filters.actorId ? 'Nothing matches these filters.' : 'Nothing recorded yet.'}
          >
            Administrative actions appear here as they happen.
          </EmptyState>
        ) : (
          <>
            <AuditEventTable events={connection.nodes} timeZone={viewer?.timeZone} />
            <p className="meta" role="status">
              Showing {connection.nodes.length} of {plural(connection.totalCount, 'event')}.
            </p>
            {connection.pageInfo.hasNextPage && (
              <div className="audit-more">
                <Button variant="secondary" onClick={() => void loadMore()} disabled={loadingMore}>
                  {loadingMore ? 'Loading…' : 'Show more'}
                </Button>
              </div>
            )}
          </>
        )}
      </Section>
    </div>
  );
}
