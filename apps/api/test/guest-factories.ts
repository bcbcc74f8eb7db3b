import { signUp, tokenOf } from './factories';
import type { GqlClient } from './gql-client';
import type { TestApp } from './test-app';

export const INVITE_GUEST = `mutation ($input: InviteGuestInput!) { inviteGuest(input: $input) { id email cohortId cohortRole acceptUrl } }`;
export const ACCEPT_GUEST_INVITATION = `mutation ($input: AcceptInvitationInput!) { acceptGuestInvitation(input: $input) { cohortId cohortName organizationId organizationName role } }`;

/**
 * A person of another organization (their own consultancy) whom the cohort's facilitator invites as
 * a Guest of `cohortId` with `role`, and who accepts; returns their signed-in client.
 */
export async function addGuest(t: TestApp, facilitator: GqlClient, cohortId: string, role = 'MEMBER') {
  const client = t.client();
  const person = await signUp(client, { displayName: 'Gail Guest' });
  await client.ok(`mutation { createOrganization(input: { name: "Guest Consulting" }) { id } }`);
  const { inviteGuest } = await facilitator.ok(INVITE_GUEST, { input: { cohortId, email: person.email, role } });
  const { acceptGuestInvitation } = await client.ok(ACCEPT_GUEST_INVITATION, {
    input: { token: tokenOf(inviteGuest.acceptUrl as string) },
  });
  return { client, person, place: acceptGuestInvitation as { cohortId: string; organizationName: string } };
}
