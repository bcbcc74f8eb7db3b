import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { toFormErrors } from '../../app/graphql-errors';
import { ROLE_LABELS } from '../../app/roles';
import {
  DeactivatedMembersDocument,
  OrganizationMembersDocument,
  ReactivateMemberDocument,
} from '../../generated/graphql';
import { Alert, Avatar, Button, Loading, Section } from '../../ui';
import { plural } from '../../lib/plural';

/** Deactivated members: no access, their work kept; Reactivate gives back their role and cohort places. */
export function DeactivatedMembers({ organizationId }: { organizationId: string }) {
  const { data, loading } = useQuery(DeactivatedMembersDocument, { variables: { id: organizationId } });
  const [reactivate, { loading: reactivating }] = useMutation(ReactivateMemberDocument, {
    refetchQueries: [DeactivatedMembersDocument, OrganizationMembersDocument],
  });
  const [message, setMessage] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const rows = data?.organization.deactivatedMembers ?? [];
  if (loading && !data) return <Loading label="Loading deactivated members…" />;
  if (!rows.length) return null;
  return (
    <Section title="Deactivated members" description="No access to anything here; their work stays, under their name.">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <ul className="member-list">
        {rows.map((d) => (
          <li key={d.id} className="member">
            <Avatar name={d.user.displayName} url={d.user.avatarUrl} size="sm" />
            <div className="member-who">
              <p className="member-name">{d.user.displayName}</p>
              <p className="meta">
                {d.email} · {ROLE_LABELS[d.role]} · {plural(d.cohortPlaces, 'cohort')} to restore
              </p>
            </div>
            <Button
              variant="secondary"
              size="sm"
              busy={reactivating}
              aria-label={`Reactivate ${d.user.displayName}`}
              onClick={async () => {
                try {
                  await reactivate({ variables: { input: { organizationId, deactivationId: d.id } } });
                  setMessage({ tone: 'success', text: `${d.user.displayName} is active again.` });
                } catch (error) {
                  setMessage({ tone: 'danger', text: toFormErrors(error).summary ?? 'Could not reactivate.' });
                }
              }}
            >
              Reactivate
            </Button>
          </li>
        ))}
      </ul>
    </Section>
  );
}
