import { useQuery } from '@apollo/client/react';
import { apiPaths, routes } from '@openhuddle/shared';
import { Link } from 'react-router';
import { OrganizationExportBlockersDocument } from '../../generated/graphql';
import { Alert, LoadErrorAlert, Loading, Section } from '../../ui';

/** The organisation export: everything of the organisation in one archive, to keep or move elsewhere. */
export function OrganizationExportSection({ organizationId }: { organizationId: string }) {
  const { data, loading, error, refetch } = useQuery(OrganizationExportBlockersDocument, {
    variables: { organizationId },
    fetchPolicy: 'cache-and-network',
  });
  const blockers = data?.organizationExportBlockers ?? [];
  return (
    <Section
      title="Export the organisation"
      description="Everything of this organisation — members, cohorts, prompts, contributions, feedback, huddles, the plan and the attached files — as one archive (.tar.gz) that another OpenHuddle instance can import. Drafts stay with their authors; passwords, sign-in links and SSO secrets are never in it. The download is recorded in the audit log."
    >
      {loading && !data ? (
        <Loading label="Checking the export…" />
      ) : error && !data ? (
        <LoadErrorAlert what="the export" onRetry={() => refetch()} />
      ) : blockers.length > 0 ? (
        <Alert tone="info" title="First, facilitate the cohorts with anonymous contributions">
          <p>
            The archive names the author of every contribution, and only a cohort’s facilitators may know who wrote
            anonymously. Add yourself as facilitator of these cohorts (their members see it), then come back:
          </p>
          <ul>
            {blockers.map((c) => (
              <li key={c.id}>
                <Link to={routes.cohort(organizationId, c.id)}>{c.name}</Link>
              </li>
            ))}
          </ul>
        </Alert>
      ) : (
        <p>
          {/* A plain download: the session cookie goes with it, and the archive streams. */}
          <a className="btn btn-secondary" href={apiPaths.organizationExport(organizationId)} download>
            Download the organisation export
          </a>
        </p>
      )}
    </Section>
  );
}
