import { routes } from '@openhuddle/shared';
import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { Outlet, useOutletContext, useParams } from 'react-router';
import { errorCode } from '../../app/graphql-errors';
import { rememberOrganization } from '../../app/last-organization';
import { useDocumentTitle } from '../../app/use-document-title';
import { OrganizationOverviewDocument, type OrganizationOverviewQuery } from '../../generated/graphql';
import { ButtonLink, EmptyState, Loading, PageHeader, LoadErrorAlert } from '../../ui';

export type OrganizationContext = OrganizationOverviewQuery['organization'];

/** Loads the organisation once for its pages and remembers it as the last one used. */
export function OrganizationLayout() {
  const { organizationId = '' } = useParams();
  const { data, loading, error } = useQuery(OrganizationOverviewDocument, { variables: { id: organizationId } });
  const organization = data?.organization;

  useEffect(() => {
    if (organization) rememberOrganization(organization.id);
  }, [organization]);

  if (loading && !organization) return <Loading />;
  if (!organization) {
    const code = errorCode(error);
    return code === 'NOT_FOUND' || code === 'FORBIDDEN' ? <OrganizationNotFound /> : <LoadFailed />;
  }
  return <Outlet context={organization} />;
}

export function useOrganization(): OrganizationContext {
  return useOutletContext<OrganizationContext>();
}

function OrganizationNotFound() {
  useDocumentTitle('Organisation not found');
  return (
    <div className="page page-narrow">
      <PageHeader title="Organisation not found" />
      <EmptyState
        title="This organisation does not exist, or you are not a member of it."
        action={<ButtonLink to={routes.home()}>Go to your home page</ButtonLink>}
      >
        If someone invited you, open the invitation link they sent.
      </EmptyState>
    </div>
  );
}

function LoadFailed() {
  useDocumentTitle('Something went wrong');
  return (
    <div className="page page-narrow">
      <LoadErrorAlert what="this organisation" />
    </div>
  );
}
