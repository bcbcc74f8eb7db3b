import { useMutation } from '@apollo/client/react';
import { INVITATION_TTL_DAYS, LIMITS } from '@openhuddle/shared';
import { useState } from 'react';
import { assignableRoles, ROLE_DESCRIPTIONS, ROLE_LABELS } from '../../app/roles';
import { useForm } from '../../app/use-form';
import { InviteMemberDocument, PendingInvitationsDocument, type OrgRole } from '../../generated/graphql';
import { Alert, Button, FormErrorSummary, Section, Select, TextField } from '../../ui';

export function InviteMemberForm({ organizationId, grantOwner }: { organizationId: string; grantOwner: boolean }) {
  const form = useForm({ email: '', role: 'MEMBER' });
  const [invite, { loading }] = useMutation(InviteMemberDocument, {
    refetchQueries: [PendingInvitationsDocument],
  });
  const [sent, setSent] = useState<{ email: string; url: string | null } | null>(null);

  return (
    <Section
      title="Invite someone"
      description={`They get a personal link that works for ${INVITATION_TTL_DAYS} days. Inviting the same email again replaces the old link.`}
    >
      <form
        className="form"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          setSent(null);
          await form.submit(async () => {
            const { data } = await invite({
              variables: {
                input: { organizationId, email: form.values.email.trim(), role: form.values.role as OrgRole },
              },
            });
            if (data) {
              setSent({ email: data.inviteMember.email, url: data.inviteMember.acceptUrl });
              form.setValues((v) => ({ ...v, email: '' }));
            }
          });
        }}
      >
        <TextField
          label="Email address"
          type="email"
          autoComplete="off"
          required
          maxLength={LIMITS.emailMax}
          {...form.bind('email')}
        />
        <Select
          label="Role"
          hint={ROLE_DESCRIPTIONS[form.values.role as OrgRole]}
          options={assignableRoles(grantOwner).map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
          {...form.bind('role')}
        />
        <FormErrorSummary errors={form.errors} />
        <div className="form-actions">
          <Button type="submit" busy={loading}>
            Create invitation
          </Button>
        </div>
      </form>
      {sent && (
        <Alert tone="success" title={`Invitation ready for ${sent.email}`} className="section-alert">
          {sent.url
            ? 'Email delivery is not set up yet: copy their link from the pending invitations below and send it yourself.'
            : 'The invitation was created.'}
        </Alert>
      )}
    </Section>
  );
}
