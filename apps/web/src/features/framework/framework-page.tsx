import { useQuery } from '@apollo/client/react';
import { routes } from '@openhuddle/shared';
import { useParams, useSearchParams } from 'react-router';
import { useViewer } from '../../app/session';
import { useDocumentTitle } from '../../app/use-document-title';
import { FrameworkDocument } from '../../generated/graphql';
import { formatDate } from '../../lib/format-date';
import { Badge, Breadcrumb, Loading, LoadErrorAlert, PageHeader, Section, Select } from '../../ui';
import { useOrganization } from '../organization/organization-layout';
import { PracticeLevelsTable } from './practice-levels-table';
import './framework.css';

/** `/o/:organizationId/frameworks/:frameworkId`: a framework's domains and practices, at any of its versions. */
export function FrameworkPage() {
  const organization = useOrganization();
  const { viewer } = useViewer();
  const { frameworkId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const version = Number(search.get('version')) || null;
  const { data, loading, error, refetch } = useQuery(FrameworkDocument, {
    variables: { input: { organizationId: organization.id, frameworkId, version } },
  });
  const framework = data?.framework;
  useDocumentTitle(framework?.title ?? 'Framework', organization.name);
  if (loading && !framework) return <Loading />;
  if (error || !framework) return <LoadErrorAlert what="this framework" onRetry={() => void refetch()} />;
  const old = framework.version !== framework.latestVersion;
  return (
    <div className="page">
      <Breadcrumb
        trail={[
          { label: organization.name, to: routes.organization(organization.id) },
          { label: 'Frameworks', to: routes.frameworks(organization.id) },
        ]}
        current={framework.title}
      />
      <PageHeader
        eyebrow={
          <>
            Framework · version {framework.version} {old && <Badge>Past version</Badge>}
          </>
        }
        title={framework.title}
        description={framework.description || undefined}
      />
      {framework.versions.length > 1 && (
        <Select
          name="version"
          label="Version"
          value={String(framework.version)}
          onChange={(e) => setSearch({ version: e.target.value })}
          options={framework.versions.map((v) => ({
            value: String(v.number),
            label: `Version ${v.number} · ${formatDate(String(v.createdAt), viewer?.timeZone)}`,
          }))}
        />
      )}
      {framework.domains.map((domain) => (
        <Section key={domain.title} title={domain.title}>
          {domain.practices.map((practice) => (
            <PracticeLevelsTable key={practice.key} practice={practice} />
          ))}
        </Section>
      ))}
    </div>
  );
}
