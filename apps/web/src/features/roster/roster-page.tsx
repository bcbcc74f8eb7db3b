import { useDocumentTitle } from '../../app/use-document-title';
import './roster.css';
import { EmptyState, PageHeader } from '../../ui';
import { useOrganization } from '../organization/organization-layout';
import { BulkInviteForm } from './bulk-invite-form';
import { CsvImport } from './csv-import';

/** Rosters for admins: paste emails to invite many at once, or import a CSV with a dry run first. */
export function RosterPage() {
  const organization = useOrganization();
  useDocumentTitle('Roster', organization.name);
  const canInvite = organization.viewerCan.inviteMembers;
  return (
    <div className="page">
      <PageHeader
        eyebrow={organization.name}
        title="Roster"
        description="Invite many people at once and put them in cohorts."
      />
      {canInvite ? (
        <div className="stack">
          <CsvImport organizationId={organization.id} />
          <BulkInviteForm organizationId={organization.id} />
        </div>
      ) : (
        <EmptyState title="Only admins and owners manage the roster.">Ask an admin to invite people.</EmptyState>
      )}
    </div>
  );
}
