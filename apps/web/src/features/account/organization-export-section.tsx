import { apiPaths } from '@openhuddle/shared';
import { Section } from '../../ui';

/** The organisation export: everything of the organisation in one archive, to keep or move elsewhere. */
export function OrganizationExportSection({ organizationId }: { organizationId: string }) {
  return (
    <Section
      title="Export the organisation"
      description="Everything of this organisation — members, cohorts, prompts, contributions, feedback, huddles, the plan and the attached files — as one archive (.tar.gz) that another OpenHuddle instance can import. Passwords, sign-in links and SSO secrets are never in it. The download is recorded in the audit log."
    >
      <p>
        {/* A plain download: the session cookie goes with it, and the archive streams. */}
        <a className="btn btn-secondary" href={apiPaths.organizationExport(organizationId)} download>
          Download the organisation export
        </a>
      </p>
    </Section>
  );
}
