import { routes } from '@openhuddle/shared';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { toFormErrors } from '../../app/graphql-errors';
import { assignableRoles, ROLE_LABELS, ROLE_TONES } from '../../app/roles';
import { useViewer } from '../../app/session';
import {
  ChangeMemberRoleDocument,
  OrganizationOverviewDocument,
  RemoveMemberDocument,
  ViewerDocument,
  type OrgRole,
  type OrganizationMembersQuery,
} from '../../generated/graphql';
import { Alert, Avatar, Badge, Button, Section, Select } from '../../ui';
import { DeactivateMemberButton } from './deactivate-member-button';

type Organization = OrganizationMembersQuery['organization'];
type Member = Organization['members'][number];

const ROLE_ORDER: Record<OrgRole, number> = { OWNER: 0, ADMIN: 1, FACILITATOR: 2, MEMBER: 3 };

export function MemberList({ organization }: { organization: Organization }) {
  const { viewer } = useViewer();
  const [message, setMessage] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const members = [...organization.members].sort(
    (a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.user.displayName.localeCompare(b.user.displayName),
  );
  const count = members.length;

  return (
    <Section title={`${count} ${count === 1 ? 'member' : 'members'}`} description="Sorted by role, then name.">
      {message && (
        <Alert tone={message.tone} className="section-alert">
          {message.text}
        </Alert>
      )}
      <ul className="member-list">
        {members.map((member) => (
          <MemberRow
            key={member.id}
            member={member}
            organization={organization}
            isViewer={member.user.id === viewer?.id}
            onResult={setMessage}
          />
        ))}
      </ul>
    </Section>
  );
}

interface MemberRowProps {
  member: Member;
  organization: Organization;
  isViewer: boolean;
  onResult: (message: { tone: 'success' | 'danger'; text: string }) => void;
}

function MemberRow({ member, organization, isViewer, onResult }: MemberRowProps) {
  const navigate = useNavigate();
  const can = organization.viewerCan;
  // Mirror the server's policy so we never offer what it would refuse: admins manage members,
  // only owners touch ownership, and nobody changes their own role here.
  const manageable = can.manageMembers && !isViewer && (member.role !== 'OWNER' || can.grantOwner);
  const [role, setRole] = useState<OrgRole>(member.role);
  const [confirming, setConfirming] = useState(false);
  const [changeRole, { loading: changing }] = useMutation(ChangeMemberRoleDocument);
  const [removeMember, { loading: removing }] = useMutation(RemoveMemberDocument, {
    refetchQueries: [OrganizationOverviewDocument],
  });
  const name = member.user.displayName;
  const ref = { organizationId: organization.id, membershipId: member.id };

  const saveRole = async () => {
    try {
      await changeRole({ variables: { input: { ...ref, role } } });
      onResult({
        tone: 'success',
        text: `${name} is now ${article(ROLE_LABELS[role])} ${ROLE_LABELS[role].toLowerCase()}.`,
      });
    } catch (error) {
      setRole(member.role);
      onResult({ tone: 'danger', text: toFormErrors(error).summary ?? 'The role could not be changed.' });
    }
  };

  const remove = async () => {
    try {
      await removeMember({
        variables: { input: ref },
        update(cache) {
          cache.evict({ id: cache.identify({ __typename: 'Membership', id: member.id }) });
          cache.gc();
        },
        refetchQueries: isViewer ? [ViewerDocument] : [OrganizationOverviewDocument],
      });
      if (isViewer) void navigate(routes.home());
      else onResult({ tone: 'success', text: `${name} was removed from ${organization.name}.` });
    } catch (error) {
      setConfirming(false);
      onResult({ tone: 'danger', text: toFormErrors(error).summary ?? 'The member could not be removed.' });
    }
  };

  return (
    <li className="member">
      <Avatar name={name} url={member.user.avatarUrl} />
      <div className="member-who">
        <p className="member-name">
          {name}
          {isViewer && <span className="member-you"> (you)</span>}
        </p>
        <p className="member-email">{member.email}</p>
      </div>
      <div className="member-actions">
        {manageable ? (
          <form
            className="role-form"
            onSubmit={(e) => {
              e.preventDefault();
              void saveRole();
            }}
          >
            <Select
              label={`Role of ${name}`}
              hideLabel
              name="role"
              value={role}
              onChange={(e) => setRole(e.target.value as OrgRole)}
              options={assignableRoles(can.grantOwner).map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
            />
            {role !== member.role && (
              <Button type="submit" size="sm" busy={changing} aria-label={`Save role of ${name}`}>
                Save
              </Button>
            )}
          </form>
        ) : (
          <Badge tone={ROLE_TONES[member.role]}>{ROLE_LABELS[member.role]}</Badge>
        )}
        {manageable &&
          (confirming ? (
            <span className="confirm" role="group" aria-label={`Confirm removing ${name}`}>
              <Button variant="danger" size="sm" busy={removing} onClick={remove}>
                Remove {name.split(' ')[0]}
              </Button>
              <Button variant="ghost" size="sm" onClick={() => setConfirming(false)}>
                Cancel
              </Button>
            </span>
          ) : (
            <>
              <DeactivateMemberButton
                organizationId={organization.id}
                membershipId={member.id}
                name={name}
                onResult={onResult}
              />
              <Button variant="ghost" size="sm" onClick={() => setConfirming(true)} aria-label={`Remove ${name}`}>
                Remove
              </Button>
            </>
          ))}
      </div>
    </li>
  );
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}
