import { routes } from '@openhuddle/shared';
import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../app/use-document-title';
import { FeedbackProtocolsDocument } from '../../generated/graphql';
import { Alert, ButtonLink, Loading, PageHeader, Section, Breadcrumb, LoadErrorAlert } from '../../ui';
import { useOrganization, type OrganizationContext } from '../organization/organization-layout';
import { canManageProtocols } from './protocol-draft';
import { ProtocolForm } from './protocol-form';
import '../cohort/learning.css';
import './feedback-protocol.css';

function useProtocols(organizationId: string, skip = false) {
  // Fresh from the server too: whether feedback already follows a protocol decides what the editor may remove.
  const { data, loading, error } = useQuery(FeedbackProtocolsDocument, {
    variables: { organizationId },
    skip,
    fetchPolicy: 'cache-and-network',
  });
  return { protocols: data?.feedbackProtocols, loading: loading && !data, error: error && !data };
}

/** `/o/:organizationId/protocols/new`, or `…/new?from=<protocolId>` to start from a copy. */
export function NewProtocolPage() {
  const organization = useOrganization();
  const fromId = useSearchParams()[0].get('from');
  const { protocols, loading, error } = useProtocols(organization.id, !fromId);
  const source = fromId ? protocols?.find((p) => p.id === fromId) : undefined;
  useDocumentTitle('New feedback protocol', organization.name);
  if (fromId && loading) return <Loading />;
  return (
    <ProtocolFormLayout
      organization={organization}
      title="New feedback protocol"
      description={
        source
          ? `A copy of “${source.name}”. Change what you like; the original stays as it is.`
          : 'Sections reviewers answer in order, with an optional rubric to rate the work.'
      }
    >
      {fromId && !source && (
        <Alert tone="warning" title="We could not find the protocol to copy">
          {error ? 'Check your connection and reload the page. ' : ''}You can start from a blank protocol below.
        </Alert>
      )}
      {/* The key starts a fresh form when the source arrives or changes. */}
      <ProtocolForm key={source?.id ?? 'blank'} organizationId={organization.id} source={source} />
    </ProtocolFormLayout>
  );
}

/** `/o/:organizationId/protocols/:protocolId/edit`: the organisation's own protocols only. */
export function EditProtocolPage() {
  const organization = useOrganization();
  const { protocolId = '' } = useParams();
  const { protocols, loading, error } = useProtocols(organization.id);
  const protocol = protocols?.find((p) => p.id === protocolId);
  useDocumentTitle('Edit protocol', protocol?.name, organization.name);
  if (loading) return <Loading />;
  let body: ReactNode;
  if (error) {
    body = <LoadErrorAlert what="this protocol" />;
  } else if (!protocol) {
    body = (
      <Alert tone="danger" title="Protocol not found">
        It may belong to another organisation. <Link to={routes.protocols(organization.id)}>See all protocols</Link>
      </Alert>
    );
  } else if (protocol.builtIn) {
    body = (
      <Alert tone="info" title="Built-in protocols cannot be changed">
        <p>Duplicate it to make your own version, then edit that.</p>
        <p className="alert-action">
          <ButtonLink to={routes.newProtocol(organization.id, protocol.id)} size="sm">
            Duplicate {protocol.name}
          </ButtonLink>
        </p>
      </Alert>
    );
  } else {
    body = <ProtocolForm organizationId={organization.id} protocol={protocol} />;
  }
  return (
    <ProtocolFormLayout
      organization={organization}
      title={protocol && !protocol.builtIn ? `Edit “${protocol.name}”` : 'Edit protocol'}
      description={
        protocol && !protocol.builtIn
          ? 'Feedback already given keeps its answers: sections keep their identity when you rename or move them.'
          : undefined
      }
    >
      {body}
    </ProtocolFormLayout>
  );
}

function ProtocolFormLayout({
  organization,
  title,
  description,
  children,
}: {
  organization: OrganizationContext;
  title: string;
  description?: string;
  children: ReactNode;
}) {
  const allowed = canManageProtocols(organization.viewerRole);
  return (
    <div className="page page-narrow page-form page-protocol-form">
      <Breadcrumb
        trail={[
          { label: organization.name, to: routes.organization(organization.id) },
          { label: 'Feedback protocols', to: routes.protocols(organization.id) },
        ]}
        current={title}
      />
      <PageHeader title={title} description={allowed ? description : undefined} />
      {allowed ? (
        <Section>{children}</Section>
      ) : (
        <Alert tone="info" title="Only facilitators, admins and owners create and edit protocols">
          You can read every protocol on the <Link to={routes.protocols(organization.id)}>protocols page</Link>.
        </Alert>
      )}
    </div>
  );
}
