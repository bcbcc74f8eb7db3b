import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { toFormErrors } from '../../app/graphql-errors';
import { OrganizationGuestsDocument, RemoveGuestDocument, type OrganizationGuestsQuery } from '../../generated/graphql';
import { Alert, Avatar, Badge, Button, EmptyState, Loading, Section } from '../../ui';
import { COHORT_ROLE_LABELS } from '../prompt/prompt-words';

type Guest = OrganizationGuestsQuery['guests'][number];

/** The organisation's guests (people of other organisations in one of its cohorts); admins remove them. */
export function GuestList({ organizationId }: { organizationId: string }) {
  const { data, loading, error } = useQuery(OrganizationGuestsDocument, { variables: { organizationId } });
  const [message, setMessage] = useState<string | null>(null);
  const guests = data?.guests ?? [];
  return (
    <Section
      title="Guests"
      description="People of other organisations invited into one cohort. They see that cohort and nothing else here."
    >
      {message && (
        <Alert tone="danger" className="section-alert">
          {message}
        </Alert>
      )}
      {loading && !data ? (
        <Loading label="Loading guests…" />
      ) : error && !data ? (
        <Alert tone="danger">We could not load the guests.</Alert>
      ) : guests.length === 0 ? (
        <EmptyState title="No guests">A cohort’s facilitator invites guests from the cohort’s People tab.</EmptyState>
      ) : (
        <ul className="member-list">
          {guests.map((g) => (
            <GuestRow key={g.id} guest={g} organizationId={organizationId} onError={setMessage} />
          ))}
        </ul>
      )}
    </Section>
  );
}

function GuestRow({
  guest,
  organizationId,
  onError,
}: {
  guest: Guest;
  organizationId: string;
  onError: (message: string) => void;
}) {
  const [remove, { loading }] = useMutation(RemoveGuestDocument, { refetchQueries: [OrganizationGuestsDocument] });
  return (
    <li className="member">
      <Avatar name={guest.user.displayName} url={guest.user.avatarUrl} size="sm" />
      <div className="member-who">
        <p className="member-name">
          {guest.user.displayName} <Badge tone="neutral">Guest</Badge>
        </p>
        <p className="meta">
          {guest.email} · {COHORT_ROLE_LABELS[guest.role]} in {guest.cohortName}
        </p>
      </div>
      <Button
        variant="secondary"
        size="sm"
        busy={loading}
        aria-label={`Remove ${guest.user.displayName} from ${guest.cohortName}`}
        onClick={async () => {
          try {
            await remove({ variables: { input: { organizationId, guestId: guest.id } } });
          } catch (error) {
            onError(toFormErrors(error).summary ?? 'The guest could not be removed.');
          }
        }}
      >
        Remove
      </Button>
    </li>
  );
}
