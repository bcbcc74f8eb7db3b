import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useForm } from '../../app/use-form';
import { InviteGuestDocument, type CohortRole } from '../../generated/graphql';
import { Alert, Button, CopyField, FormErrorSummary, Section, Select, TextField } from '../../ui';
import { COHORT_ROLE_LABELS } from '../prompt/prompt-words';

/** A facilitator invites someone of another organisation (a consultant) into this one cohort as a Guest. */
export function InviteGuestForm({ cohortId, cohortName }: { cohortId: string; cohortName: string }) {
  const form = useForm({ email: '', role: 'MEMBER' });
  const [invite, { loading }] = useMutation(InviteGuestDocument);
  const [sent, setSent] = useState<{ email: string; acceptUrl: string | null } | null>(null);
  return (
    <Section
      title="Invite a guest"
      description={`Someone from another organisation. They see ${cohortName} and nothing else of this organisation, marked as a guest.`}
    >
      <form
        className="form"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          setSent(null);
          let answer: { email: string; acceptUrl: string | null } | null = null;
          const ok = await form.submit(async () => {
            const { data } = await invite({
              variables: { input: { cohortId, email: form.values.email, role: form.values.role as CohortRole } },
            });
            answer = data ? { email: data.inviteGuest.email, acceptUrl: data.inviteGuest.acceptUrl ?? null } : null;
          });
          if (ok && answer) {
            setSent(answer);
            form.setValues({ email: '', role: form.values.role });
          }
        }}
      >
        <TextField label="Guest’s email" type="email" required autoComplete="off" {...form.bind('email')} />
        <Select
          label="Role in this cohort"
          options={(['MEMBER', 'FACILITATOR', 'OBSERVER'] as const).map((r) => ({
            value: r,
            label: COHORT_ROLE_LABELS[r],
          }))}
          {...form.bind('role')}
        />
        <FormErrorSummary errors={form.errors} />
        <div className="form-actions">
          <Button type="submit" variant="secondary" busy={loading}>
            Invite guest
          </Button>
        </div>
      </form>
      {sent && (
        <Alert tone="success" className="section-alert-top">
          Invitation sent to {sent.email}.
        </Alert>
      )}
      {sent?.acceptUrl && <CopyField label={`Guest invitation link for ${sent.email}`} value={sent.acceptUrl} />}
    </Section>
  );
}
