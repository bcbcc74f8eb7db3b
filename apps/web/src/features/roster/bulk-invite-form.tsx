import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { ROLE_LABELS } from '../../app/roles';
import { useForm } from '../../app/use-form';
import { BulkInviteDocument, type OrgRole, type RosterImportFieldsFragment } from '../../generated/graphql';
import { Button, FormErrorSummary, Section, Select, TextArea } from '../../ui';
import { RosterTable } from './roster-table';

/** Paste many emails; members and people already invited are skipped. */
export function BulkInviteForm({ organizationId }: { organizationId: string }) {
  const form = useForm({ emails: '', role: 'MEMBER' });
  const [invite, { loading }] = useMutation(BulkInviteDocument);
  const [result, setResult] = useState<RosterImportFieldsFragment | null>(null);
  return (
    <Section title="Invite by email" description="Paste emails separated by commas, spaces or new lines.">
      <form
        className="form"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          setResult(null);
          const ok = await form.submit(async () => {
            const { data } = await invite({
              variables: { input: { organizationId, emails: form.values.emails, role: form.values.role as OrgRole } },
            });
            if (data) setResult(data.bulkInvite);
          });
          if (ok) form.setValues({ emails: '', role: form.values.role });
        }}
      >
        <TextArea
          label="Emails"
          rows={5}
          name="emails"
          value={form.values.emails}
          error={form.errors.fields.emails}
          onChange={(e) => form.set('emails', e.target.value)}
        />
        <Select
          label="Role in the organisation"
          options={(['MEMBER', 'FACILITATOR', 'ADMIN'] as const).map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
          {...form.bind('role')}
        />
        <FormErrorSummary errors={form.errors} />
        <div className="form-actions">
          <Button type="submit" busy={loading}>
            Send invitations
          </Button>
        </div>
      </form>
      {result && <RosterTable result={result} caption="Invitations" />}
    </Section>
  );
}
