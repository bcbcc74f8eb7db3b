import { useFragment, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { toFormErrors } from '../../app/graphql-errors';
import { ROLE_LABELS, ROLE_TONES } from '../../app/roles';
import {
  InvitationAcceptUrlFragmentDoc,
  PendingInvitationsDocument,
  RevokeInvitationDocument,
  type PendingInvitationsQuery,
} from '../../generated/graphql';
import { Alert, Badge, Button, CopyField, EmptyState, Loading, Section } from '../../ui';

type Invitation = PendingInvitationsQuery['organization']['invitations'][number];

const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

export function PendingInvitations({ organizationId }: { organizationId: string }) {
  const { data, loading, error } = useQuery(PendingInvitationsDocument, { variables: { id: organizationId } });
  const [message, setMessage] = useState<string | null>(null);
  const invitations = data?.organization.invitations ?? [];

  return (
    <Section title="Pending invitations" description="Invitations nobody has accepted yet.">
      {message && (
        <Alert tone="danger" className="section-alert">
          {message}
        </Alert>
      )}
      {loading && !data ? (
        <Loading label="Loading invitations…" />
      ) : error && !data ? (
        <Alert tone="danger">We could not load the invitations.</Alert>
      ) : invitations.length === 0 ? (
        <EmptyState title="No open invitations">New invitations appear here until they are accepted.</EmptyState>
      ) : (
        <ul className="invitation-list">
          {invitations.map((invitation) => (
            <InvitationRow
              key={invitation.id}
              invitation={invitation}
              organizationId={organizationId}
              onError={setMessage}
            />
          ))}
        </ul>
      )}
    </Section>
  );
}

function InvitationRow({
  invitation,
  organizationId,
  onError,
}: {
  invitation: Invitation;
  organizationId: string;
  onError: (message: string) => void;
}) {
  const [revoke, { loading }] = useMutation(RevokeInvitationDocument, { refetchQueries: [PendingInvitationsDocument] });
  // The server hands out the link only once, in inviteMember's answer; the cache keeps it for this session.
  const { data: link } = useFragment({
    fragment: InvitationAcceptUrlFragmentDoc,
    from: { __typename: 'Invitation', id: invitation.id },
  });
  const expired = invitation.status === 'EXPIRED';

  return (
    <li className="invitation">
      <div className="invitation-head">
        <p className="invitation-email">{invitation.email}</p>
        <Badge tone={ROLE_TONES[invitation.role]}>{ROLE_LABELS[invitation.role]}</Badge>
      </div>
      <p className="invitation-meta">
        Invited by {invitation.invitedBy.displayName} ·{' '}
        {expired ? 'expired' : `expires ${dateFormat.format(new Date(invitation.expiresAt))}`}
      </p>
      {link?.acceptUrl ? (
        <CopyField label={`Invitation link for ${invitation.email}`} value={link.acceptUrl} />
      ) : (
        <p className="invitation-note">
          The link was shown when the invitation was created. To get a new one, invite this email again.
        </p>
      )}
      <div className="invitation-actions">
        <Button
          variant="ghost"
          size="sm"
          busy={loading}
          aria-label={`Revoke the invitation for ${invitation.email}`}
          onClick={async () => {
            try {
              await revoke({ variables: { input: { organizationId, invitationId: invitation.id } } });
            } catch (error) {
              onError(toFormErrors(error).summary ?? 'The invitation could not be revoked.');
            }
          }}
        >
          Revoke
        </Button>
      </div>
    </li>
  );
}
