import { useMutation } from '@apollo/client/react';
import { toFormErrors } from '../../app/graphql-errors';
import {
  DeactivateMemberDocument,
  DeactivatedMembersDocument,
  OrganizationMembersDocument,
  OrganizationOverviewDocument,
} from '../../generated/graphql';
import { Button } from '../../ui';

/** Deactivate: access ends at once, work stays, an admin can reactivate later (unlike Remove). */
export function DeactivateMemberButton({
  organizationId,
  membershipId,
  name,
  onResult,
}: {
  organizationId: string;
  membershipId: string;
  name: string;
  onResult: (result: { tone: 'success' | 'danger'; text: string }) => void;
}) {
  const [deactivate, { loading }] = useMutation(DeactivateMemberDocument, {
    refetchQueries: [OrganizationMembersDocument, OrganizationOverviewDocument, DeactivatedMembersDocument],
  });
  return (
    <Button
      variant="ghost"
      size="sm"
      busy={loading}
      aria-label={`Deactivate ${name}`}
      onClick={async () => {
        try {
          await deactivate({ variables: { input: { organizationId, membershipId } } });
          onResult({ tone: 'success', text: `${name} was deactivated: their work stays; reactivate them any time.` });
        } catch (error) {
          onResult({ tone: 'danger', text: toFormErrors(error).summary ?? 'The member could not be deactivated.' });
        }
      }}
    >
      Deactivate
    </Button>
  );
}
