import { routes } from '@openhuddle/shared';
import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { Outlet, useLocation, useOutletContext, useParams } from 'react-router';
import { errorCode } from '../../app/graphql-errors';
import { rememberOrganization } from '../../app/last-organization';
import { useViewer } from '../../app/session';
import { useDocumentTitle } from '../../app/use-document-title';
import { OrganizationOverviewDocument, type OrganizationOverviewQuery } from '../../generated/graphql';
import { ButtonLink, EmptyState, Loading, PageHeader, LoadErrorAlert } from '../../ui';

export type OrganizationContext = OrganizationOverviewQuery['organization'] & {
  /** The viewer is only a Guest here: their cohorts' pages open, nothing else of the organisation. */
  guest?: boolean;
};

/**
 * What a Guest's cohort pages know of the host: its name, and no permission in it (the API refuses
 * the organisation itself to them; PRODUCT.md rule 1).
 */
function guestContext(organizationId: string, name: string): OrganizationContext {
  return {
    __typename: 'Organization',
    id: organizationId,
    name,
    slug: '',
    language: 'EN',
    createdAt: '',
    viewerRole: 'MEMBER',
    viewerCan: {
      __typename: 'OrganizationPermissions',
      inviteMembers: false,
      manageMembers: false,
      grantOwner: false,
      updateOrganization: false,
    },
    members: [],
    guest: true,
  };
}

const GUEST_PAGES = /^\/o\/[^/]+\/(cohorts\/(?!new$)[^/]+|prompts\/[^/]+|huddles\/[^/]+)(\/|$)/;

/** Loads the organisation once for its pages and remembers it as the last one used. */
export function OrganizationLayout() {
  const { organizationId = '' } = useParams();
  const { viewer } = useViewer();
  const { data, loading, error } = useQuery(OrganizationOverviewDocument, { variables: { id: organizationId } });
  const { pathname } = useLocation();
  // A guest reaches the host only through a cohort's pages (cohort, its prompts and huddles).
  const cohortPage = GUEST_PAGES.test(pathname);
  const hostOfGuest = cohortPage ? viewer?.guestCohorts.find((c) => c.organizationId === organizationId) : undefined;
  const organization: OrganizationContext | null | undefined =
    data?.organization ?? (hostOfGuest && !loading ? guestContext(organizationId, hostOfGuest.organizationName) : null);

  useEffect(() => {
    if (organization && !organization.guest) rememberOrganization(organization.id);
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
