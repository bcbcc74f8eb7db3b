import { useQuery } from '@apollo/client/react';
import { useDocumentTitle } from '../../app/use-document-title';
import { OrganizationMembersDocument } from '../../generated/graphql';
import { Loading, PageHeader, LoadErrorAlert } from '../../ui';
import { useOrganization } from '../organization/organization-layout';
import { DeactivatedMembers } from './deactivated-members';
import { GuestList } from './guest-list';
import { InviteMemberForm } from './invite-member-form';
import { MemberList } from './member-list';
import { PendingInvitations } from './pending-invitations';

export function MembersPage() {
  const organization = useOrganization();
  useDocumentTitle('Members', organization.name);
  const { data, loading, error } = useQuery(OrganizationMembersDocument, { variables: { id: organization.id } });
  const canInvite = organization.viewerCan.inviteMembers;

  return (
    <div className="page">
      <PageHeader
        eyebrow={organization.name}
        title="Members"
        description={
          canInvite
            ? 'Everyone in this organisation, their roles, and the invitations still open.'
            : 'Everyone in this organisation and their roles.'
        }
      />
      <div className={canInvite ? 'layout-split' : undefined}>
        <div className="stack">
          {loading && !data ? (
            <Loading label="Loading members…" />
          ) : data ? (
            <MemberList organization={data.organization} />
          ) : (
            <LoadErrorAlert what="the members">
              {error?.message ?? 'Check your connection and reload the page.'}
            </LoadErrorAlert>
          )}
        </div>
        {canInvite && (
          <div className="stack">
            <InviteMemberForm organizationId={organization.id} grantOwner={organization.viewerCan.grantOwner} />
            <PendingInvitations organizationId={organization.id} />
            <GuestList organizationId={organization.id} />
            <DeactivatedMembers organizationId={organization.id} />
          </div>
        )}
      </div>
    </div>
  );
}
