import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useDocumentTitle } from '../../app/use-document-title';
import { useForm } from '../../app/use-form';
import { toFormErrors, type FormErrors, NO_ERRORS } from '../../app/graphql-errors';
import {
  AddIdentityProviderDocument,
  OrganizationSignInDocument,
  type OrganizationSignInQuery,
  RemoveIdentityProviderDocument,
  UpdateSignInSettingsDocument,
} from '../../generated/graphql';
import {
  Alert,
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

type SignIn = OrganizationSignInQuery['organizationSignIn'];

/** `/o/:organizationId/settings/sign-in`: identity providers, their domains and the sign-in rules (admins). */
export function SignInSettingsPage() {
  const organization = useOrganization();
  useDocumentTitle('Sign-in settings', organization.name);
  // The link shows only to admins and owners; the page still asks the server (viewerCan.manage).
  const allowed = canViewAuditLog(organization.viewerRole);
  const { data, loading, error } = useQuery(OrganizationSignInDocument, {
    variables: { organizationId: organization.id },
    skip: !allowed,
  });
  const header = (
    <PageHeader
      eyebrow={organization.name}
      title="Sign-in settings"
      description="Sign people in with your school’s Google Workspace, Microsoft Entra ID or any OIDC provider."
    />
  );
  if (!allowed) {
    return (
      <div className="page page-narrow">
        {header}
        <EmptyState title="Only admins and owners manage sign-in." />
      </div>
    );
  }
  if (loading && !data) return <Loading />;
  if (error || !data) return <LoadErrorAlert what="the sign-in settings" />;
  const signIn = data.organizationSignIn;
  return (
    <div className="page page-narrow">
      {header}
      <RulesSection signIn={signIn} />
      <ProvidersSection signIn={signIn} />
      {signIn.viewerCan.manage && <AddProviderForm organizationId={organization.id} />}
    </div>
  );
}

function RulesSection({ signIn }: { signIn: SignIn }) {
  const [requireSso, setRequireSso] = useState(signIn.requireSso);
  const [inviteOnly, setInviteOnly] = useState(signIn.inviteOnly);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [saved, setSaved] = useState(false);
  const [save, { loading }] = useMutation(UpdateSignInSettingsDocument);
  return (
    <Section title="Sign-in rules">
      <form
        className="form"
        onSubmit={async (e) => {
          e.preventDefault();
          setErrors(NO_ERRORS);
          setSaved(false);
          try {
            await save({ variables: { input: { organizationId: signIn.organizationId, requireSso, inviteOnly } } });
            setSaved(true);
          } catch (error) {
            setErrors(toFormErrors(error, []));
          }
        }}
      >
        <label className="checkbox">
          <input type="checkbox" checked={requireSso} onChange={(e) => setRequireSso(e.target.checked)} /> Require SSO:
          members cannot sign in or reset a password with a password (owners keep theirs, so a broken provider cannot
          lock you out)
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={inviteOnly} onChange={(e) => setInviteOnly(e.target.checked)} /> Invite only:
          people of your domains need an invitation to join
        </label>
        <FormErrorSummary errors={errors} />
        {saved && <Alert tone="success">Sign-in rules saved.</Alert>}
        <Button type="submit" busy={loading} disabled={!signIn.viewerCan.manage}>
          Save sign-in rules
        </Button>
      </form>
    </Section>
  );
}

function ProvidersSection({ signIn }: { signIn: SignIn }) {
  const [remove] = useMutation(RemoveIdentityProviderDocument, { refetchQueries: [OrganizationSignInDocument] });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  return (
    <Section title="Identity providers">
      {signIn.providers.length === 0 && <p className="muted">No provider yet: everyone signs in with a password.</p>}
      <FormErrorSummary errors={errors} />
      <ul className="plain-list">
        {signIn.providers.map((p) => (
          <li key={p.id} className="card">
            <h3>{p.displayName}</h3>
            <p>
              Issuer {p.issuerUrl} · client {p.clientId}
            </p>
            <p>Domains: {p.domains.length ? p.domains.join(', ') : 'none (invitations only)'}</p>
            <CopyField label="Redirect URI to register at the provider" value={p.redirectUri} />
            {signIn.viewerCan.manage && (
              <Button
                variant="danger"
                size="sm"
                onClick={async () => {
                  setErrors(NO_ERRORS);
                  try {
                    await remove({ variables: { input: { organizationId: signIn.organizationId, providerId: p.id } } });
                  } catch (error) {
                    setErrors(toFormErrors(error, []));
                  }
                }}
              >
                Remove {p.displayName}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}

function AddProviderForm({ organizationId }: { organizationId: string }) {
  const form = useForm({ displayName: '', issuerUrl: '', clientId: '', clientSecret: '', domains: '' });
  const [add, { loading }] = useMutation(AddIdentityProviderDocument, { refetchQueries: [OrganizationSignInDocument] });
  return (
    <Section title="Add an identity provider">
      <form
        className="form"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          const ok = await form.submit(() =>
            add({
              variables: {
                input: {
                  organizationId,
                  ...form.values,
                  domains: form.values.domains
                    .split(/[\s,]+/)
                    .map((d) => d.trim())
                    .filter(Boolean),
                },
              },
            }),
          );
          if (ok) form.setValues({ displayName: '', issuerUrl: '', clientId: '', clientSecret: '', domains: '' });
        }}
      >
        <TextField label="Button name" hint="“Sign in with …”, e.g. Google Workspace" {...form.bind('displayName')} />
        <TextField label="Issuer URL" placeholder="https://accounts.google.com" {...form.bind('issuerUrl')} />
        <TextField label="Client id" autoComplete="off" {...form.bind('clientId')} />
        <TextField
          label="Client secret"
          type="password"
          autoComplete="off"
          hint="Stored sealed; never shown again."
          {...form.bind('clientSecret')}
        />
        <TextField label="Email domains" hint="Comma-separated, e.g. riverside.example" {...form.bind('domains')} />
        <FormErrorSummary errors={form.errors} />
        <Button type="submit" busy={loading}>
          Add provider
        </Button>
      </form>
    </Section>
  );
}
