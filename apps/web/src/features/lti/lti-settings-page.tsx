import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useDocumentTitle } from '../../app/use-document-title';
import { useForm } from '../../app/use-form';
import { toFormErrors, type FormErrors, NO_ERRORS } from '../../app/graphql-errors';
import {
  OrganizationLtiDocument,
  type OrganizationLtiQuery,
  RegisterLtiPlatformDocument,
  RemoveLtiPlatformDocument,
} from '../../generated/graphql';
import {
  Button,
  CopyField,
  EmptyState,
  FormErrorSummary,
  Loading,
  LoadErrorAlert,
  PageHeader,
  Section,
  TextField,
} from '../../ui';
import { canViewAuditLog } from '../audit/audit-access';
import { useOrganization } from '../organization/organization-layout';

type Lti = OrganizationLtiQuery['organizationLti'];

/** `/o/:organizationId/settings/lti`: the LMS platforms (LTI 1.3) and the values to paste into them (admins). */
export function LtiSettingsPage() {
  const organization = useOrganization();
  useDocumentTitle('LMS (LTI 1.3)', organization.name);
  const allowed = canViewAuditLog(organization.viewerRole);
  const { data, loading, error } = useQuery(OrganizationLtiDocument, {
    variables: { organizationId: organization.id },
    skip: !allowed,
  });
  const header = (
    <PageHeader
      eyebrow={organization.name}
      title="LMS (LTI 1.3)"
      description="Launch OpenHuddle from Canvas, Moodle or any LTI 1.3 platform: teachers place a cohort or prompt in a course and its roster syncs."
    />
  );
  if (!allowed) {
    return (
      <div className="page page-narrow">
        {header}
        <EmptyState title="Only admins and owners manage LMS connections." />
      </div>
    );
  }
  if (loading && !data) return <Loading />;
  if (error || !data) return <LoadErrorAlert what="the LMS settings" />;
  const lti = data.organizationLti;
  return (
    <div className="page page-narrow">
      {header}
      <ToolSection lti={lti} />
      <PlatformsSection lti={lti} />
      {lti.viewerCan.manage && <RegisterPlatformForm organizationId={organization.id} />}
    </div>
  );
}

function ToolSection({ lti }: { lti: Lti }) {
  return (
    <Section title="Values for your LMS">
      <p className="muted">
        Paste these when you add OpenHuddle as an LTI 1.3 tool (see docs/lti.md for Canvas and Moodle).
      </p>
      <CopyField label="OpenID Connect login initiation URL" value={lti.tool.loginUrl} />
      <CopyField label="Redirect / launch URL (target link URI)" value={lti.tool.launchUrl} />
      <CopyField label="Deep linking (content selection) URL" value={lti.tool.deepLinkingUrl} />
      <CopyField label="Public keyset (JWKS) URL" value={lti.tool.jwksUrl} />
      <CopyField label="Scope to allow (Names and Role Provisioning)" value={lti.tool.scopes.join(' ')} />
    </Section>
  );
}

function PlatformsSection({ lti }: { lti: Lti }) {
  const [remove] = useMutation(RemoveLtiPlatformDocument, { refetchQueries: [OrganizationLtiDocument] });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  return (
    <Section title="Registered platforms">
      {lti.platforms.length === 0 && <p className="muted">No platform yet: launches from an LMS are refused.</p>}
      <FormErrorSummary errors={errors} />
      <ul className="plain-list">
        {lti.platforms.map((p) => (
          <li key={p.id} className="card">
            <h3>{p.name}</h3>
            <p>
              Issuer {p.issuer} · client {p.clientId}
            </p>
            <p>Deployments: {p.deploymentIds.join(', ')}</p>
            <p>
              {p.createMembers
                ? 'New people join as members on their first launch.'
                : 'Only existing members may launch.'}
            </p>
            {lti.viewerCan.manage && (
              <Button
                variant="danger"
                size="sm"
                onClick={async () => {
                  setErrors(NO_ERRORS);
                  try {
                    await remove({ variables: { input: { organizationId: lti.organizationId, platformId: p.id } } });
                  } catch (error) {
                    setErrors(toFormErrors(error, []));
                  }
                }}
              >
                Remove {p.name}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}

const EMPTY = {
  name: '',
  issuer: '',
  clientId: '',
  deploymentIds: '',
  authLoginUrl: '',
  authTokenUrl: '',
  jwksUrl: '',
};

function RegisterPlatformForm({ organizationId }: { organizationId: string }) {
  const form = useForm(EMPTY);
  const [createMembers, setCreateMembers] = useState(true);
  const [register, { loading }] = useMutation(RegisterLtiPlatformDocument, {
    refetchQueries: [OrganizationLtiDocument],
  });
  return (
    <Section title="Register a platform">
      <form
        className="form"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          const ok = await form.submit(() =>
            register({
              variables: {
                input: {
                  organizationId,
                  ...form.values,
                  createMembers,
                  deploymentIds: form.values.deploymentIds
                    .split(/[\s,]+/)
                    .map((d) => d.trim())
                    .filter(Boolean),
                },
              },
            }),
          );
          if (ok) form.setValues(EMPTY);
        }}
      >
        <TextField label="Name" hint="e.g. Riverside Canvas" {...form.bind('name')} />
        <TextField label="Issuer" placeholder="https://canvas.instructure.com" {...form.bind('issuer')} />
        <TextField label="Client id" autoComplete="off" {...form.bind('clientId')} />
        <TextField label="Deployment ids" hint="Comma-separated" {...form.bind('deploymentIds')} />
        <TextField label="Authentication request URL" {...form.bind('authLoginUrl')} />
        <TextField label="Access token URL" {...form.bind('authTokenUrl')} />
        <TextField label="Public keyset (JWKS) URL" {...form.bind('jwksUrl')} />
        <label className="checkbox">
          <input type="checkbox" checked={createMembers} onChange={(e) => setCreateMembers(e.target.checked)} /> New
          people join the organisation on their first launch
        </label>
        <FormErrorSummary errors={form.errors} />
        <Button type="submit" busy={loading}>
          Register platform
        </Button>
      </form>
    </Section>
  );
}
