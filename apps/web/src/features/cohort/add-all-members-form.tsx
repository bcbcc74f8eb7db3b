import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { ROLE_LABELS } from '../../app/roles';
import { useForm } from '../../app/use-form';
import { AddAllMembersToCohortDocument, CohortDocument, type OrgRole } from '../../generated/graphql';
import { Alert, Button, FormErrorSummary, Section, Select } from '../../ui';
import { plural } from '../../lib/plural';

/** "Add all members" of the organisation to the cohort, or everyone with one organisation role. */
export function AddAllMembersForm({ cohortId }: { cohortId: string }) {
  const form = useForm({ onlyRole: '' });
  const [addAll, { loading }] = useMutation(AddAllMembersToCohortDocument, {
    refetchQueries: [{ query: CohortDocument, variables: { id: cohortId } }],
    awaitRefetchQueries: true,
  });
  const [added, setAdded] = useState<string | null>(null);
  return (
    <Section title="Add everyone" description="Adds organisation members not yet in this cohort, as members.">
      <form
        className="form form-inline"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          setAdded(null);
          await form.submit(async () => {
            const onlyRole = (form.values.onlyRole || null) as OrgRole | null;
            const { data } = await addAll({ variables: { input: { cohortId, onlyRole } } });
            if (data) setAdded(`Added ${plural(data.addAllMembersToCohort, 'person', 'people')}.`);
          });
        }}
      >
        <Select
          label="Who"
          options={[
            { value: '', label: 'All members of the organisation' },
            ...(['MEMBER', 'FACILITATOR', 'ADMIN', 'OWNER'] as const).map((r) => ({
              value: r,
              label: `Everyone with the role ${ROLE_LABELS[r]}`,
            })),
          ]}
          {...form.bind('onlyRole')}
        />
        <Button type="submit" variant="secondary" busy={loading}>
          Add them
        </Button>
      </form>
      <FormErrorSummary errors={form.errors} />
      {added && (
        <Alert tone="success" className="section-alert-top">
          {added}
        </Alert>
      )}
    </Section>
  );
}
