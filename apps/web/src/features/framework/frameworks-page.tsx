import { useMutation, useQuery } from '@apollo/client/react';
import { orgRoleAtLeast, OrgRole, routes } from '@openhuddle/shared';
import { Link, useNavigate } from 'react-router';
import { useDocumentTitle } from '../../app/use-document-title';
import { CopyExampleFrameworkDocument, FrameworksDocument } from '../../generated/graphql';
import { Button, EmptyState, Loading, LoadErrorAlert, PageHeader, Section } from '../../ui';
import { useOrganization } from '../organization/organization-layout';
import { FrameworkImportForm } from './framework-import-form';
import './framework.css';

/** `/o/:organizationId/frameworks`: the organisation's frameworks of practice; admins add and import them. */
export function FrameworksPage() {
  const organization = useOrganization();
  useDocumentTitle('Frameworks', organization.name);
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(FrameworksDocument, {
    variables: { organizationId: organization.id },
  });
  const [copyExample, { loading: copying }] = useMutation(CopyExampleFrameworkDocument, {
    refetchQueries: [{ query: FrameworksDocument, variables: { organizationId: organization.id } }],
  });
  const isAdmin = orgRoleAtLeast(organization.viewerRole as OrgRole, OrgRole.ADMIN);
  const copy = async () => {
    const { data: copied } = await copyExample({ variables: { organizationId: organization.id } });
    if (copied) void navigate(routes.framework(organization.id, copied.copyExampleFramework.id));
  };

  if (loading && !data) return <Loading />;
  if (error || !data) return <LoadErrorAlert what="the frameworks" onRetry={() => void refetch()} />;
  const frameworks = data.frameworks;
  return (
    <div className="page page-narrow">
      <PageHeader
        title="Frameworks"
        description="What good practice looks like, level by level: members rate themselves on a framework in a self-assessment."
        actions={
          isAdmin ? (
            <Button variant="secondary" busy={copying} onClick={() => void copy()}>
              Copy the example framework
            </Button>
          ) : undefined
        }
      />
      <Section title="Your organisation’s frameworks">
        {frameworks.length ? (
          <ul className="framework-list">
            {frameworks.map((f) => (
              <li key={f.id}>
                <Link to={routes.framework(organization.id, f.id)}>{f.title}</Link>
                <span className="meta">
                  {' '}
                  · {f.practiceCount} practices · version {f.version}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title="No framework yet">
            {isAdmin
              ? 'Copy the example framework OpenHuddle ships, or import your own from a CSV file.'
              : 'Your organisation’s admins add frameworks.'}
          </EmptyState>
        )}
      </Section>
      {isAdmin && (
        <Section
          title="Import from CSV"
          description="One row per level of a practice, with the header domain,practice,level,descriptor."
        >
          <FrameworkImportForm organizationId={organization.id} />
        </Section>
      )}
    </div>
  );
}
