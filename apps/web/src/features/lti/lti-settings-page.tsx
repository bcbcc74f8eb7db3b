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
  UpdateLtiPlatformDocument,
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
type Platform = Lti['platforms'][number];

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
      {lti.viewerCan.manage && (
        <Section title="Register a platform">
          <PlatformForm organizationId={organization.id} />
        </Section>
      )}
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
  const [editing, setEditing] = useState<string | null>(null);
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
            {lti.viewerCan.manage && editing === p.id && (
              <PlatformForm organizationId={lti.organizationId} platform={p} onDone={() => setEditing(null)} />
            )}
            {lti.viewerCan.manage && editing !== p.id && (
              <Button variant="secondary" size="sm" onClick={() => setEditing(p.id)}>
                Edit {p.name}
              </Button>
            )}{' '}
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

const valuesOf = (p: Platform) => ({
  name: p.name,
  issuer: p.issuer,
  clientId: p.clientId,
  deploymentIds: p.deploymentIds.join(', '),
  authLoginUrl: p.authLoginUrl,
  authTokenUrl: p.authTokenUrl,
  jwksUrl: p.jwksUrl,
});

/** Registers a platform, or with `platform` edits it (a new deployment id, a moved key set…). */
function PlatformForm({
  organizationId,
  platform,
  onDone,
}: {
  organizationId: string;
  platform?: Platform;
  onDone?: () => void;
}) {
  const form = useForm(platform ? valuesOf(platform) : EMPTY);
  const [createMembers, setCreateMembers] = useState(platform?.createMembers ?? true);
  const options = { refetchQueries: [OrganizationLtiDocument] };
  const [register, registering] = useMutation(RegisterLtiPlatformDocument, options);
  const [update, updating] = useMutation(UpdateLtiPlatformDocument, options);
  return (
    <form
      className="form"
      noValidate
      aria-label={platform ? `Edit ${platform.name}` : 'Register a platform'}
      onSubmit={async (e) => {
        e.preventDefault();
        const input = {
          organizationId,
          ...form.values,
          createMembers,
          deploymentIds: form.values.deploymentIds
            .split(/[\s,]+/)
            .map((d) => d.trim())
            .filter(Boolean),
        };
        const ok = await form.submit(() =>
          platform
            ? update({ variables: { input: { ...input, platformId: platform.id } } })
            : register({ variables: { input } }),
        );
        if (ok && !platform) form.setValues(EMPTY);
        if (ok) onDone?.();
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
      <Button type="submit" busy={registering.loading || updating.loading}>
        {platform ? 'Save changes' : 'Register platform'}
      </Button>
      {platform && (
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      )}
    </form>
  );
}
