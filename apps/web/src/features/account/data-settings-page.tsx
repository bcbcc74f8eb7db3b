import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { toFormErrors } from '../../app/graphql-errors';
import { useDocumentTitle } from '../../app/use-document-title';
import {
  type DeletedAccountContent,
  OrganizationDataPolicyDocument,
  UpdateDataPolicyDocument,
} from '../../generated/graphql';
import { Alert, Button, EmptyState, Loading, LoadErrorAlert, PageHeader, Section } from '../../ui';
import { canViewAuditLog } from '../audit/audit-access';
import { useOrganization } from '../organization/organization-layout';
import { OrganizationExportSection } from './organization-export-section';
import { RetentionSection } from './retention-section';

const CHOICES: { value: DeletedAccountContent; label: string; hint: string }[] = [
  {
    value: 'KEEP_AS_FORMER_MEMBER',
    label: 'Keep it, as “Former member”',
    hint: 'Cohorts keep the contributions, feedback and comments they built on; the name, email and picture go.',
  },
  {
    value: 'DELETE',
    label: 'Delete it with the account',
    hint: 'Contributions and comments are deleted (a tombstone stays in the audit trail); feedback they gave is hidden.',
  },
];

/** `/o/:organizationId/settings/data`: the organisation's data policy (admins and owners). */
export function DataSettingsPage() {
  const organization = useOrganization();
  useDocumentTitle('Data settings', organization.name);
  const allowed = canViewAuditLog(organization.viewerRole);
  const { data, loading, error } = useQuery(OrganizationDataPolicyDocument, {
    variables: { organizationId: organization.id },
    skip: !allowed,
  });
  const [save, saving] = useMutation(UpdateDataPolicyDocument);
  const [choice, setChoice] = useState<DeletedAccountContent | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const header = (
    <PageHeader
      eyebrow={organization.name}
      title="Data settings"
      description="What happens to people’s work in this organisation when they delete their account, how long data is kept, and the export of everything of it."
    />
  );
  if (!allowed) {
    return (
      <div className="page page-narrow">
        {header}
        <EmptyState title="Only admins and owners manage the data settings." />
      </div>
    );
  }
  if (loading && !data) return <Loading />;
  if (error || !data) return <LoadErrorAlert what="the data settings" />;
  const current = choice ?? data.organizationDataPolicy.deletedAccountContent;
  return (
    <div className="page page-narrow">
      {header}
      <Section title="When someone deletes their account" description="Anyone can download their own data first.">
        <form
          className="form"
          onSubmit={async (e) => {
            e.preventDefault();
            setMessage(null);
            try {
              await save({ variables: { input: { organizationId: organization.id, deletedAccountContent: current } } });
              setMessage({ tone: 'success', text: 'The data settings are saved.' });
            } catch (err) {
              setMessage({ tone: 'danger', text: toFormErrors(err).summary ?? 'The settings could not be saved.' });
            }
          }}
        >
          <fieldset className="fieldset">
            <legend className="fieldset-legend">Their published work</legend>
            <div className="check-list">
              {CHOICES.map((c) => (
                <label key={c.value} className="check">
                  <input
                    type="radio"
                    name="deletedAccountContent"
                    value={c.value}
                    checked={current === c.value}
                    onChange={() => setChoice(c.value)}
                  />
                  <span>
                    {c.label}
                    <span className="field-hint"> — {c.hint}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          {message && <Alert tone={message.tone}>{message.text}</Alert>}
          <div className="form-actions">
            <Button type="submit" busy={saving.loading}>
              Save data settings
            </Button>
          </div>
        </form>
      </Section>
      <RetentionSection organizationId={organization.id} retention={data.organizationDataPolicy.retention} />
      <OrganizationExportSection organizationId={organization.id} />
    </div>
  );
}
