import { randomBytes } from 'node:crypto';
import type { GqlClient } from './gql-client';
import type { TestApp } from './test-app';

export const PASSWORD = 'correct horse battery';

export const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input)
  }
`;
export const CONFIRM_SIGN_UP = /* GraphQL */ `
  mutation ConfirmSignUp($input: ConfirmSignUpInput!) {
    confirmSignUp(input: $input) {
      id
      email
      displayName
    }
  }
`;
export const CREATE_ORGANIZATION = /* GraphQL */ `
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
      name
      slug
      viewerRole
    }
  }
`;
export const INVITE_MEMBER = /* GraphQL */ `
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      email
      role
      status
      acceptUrl
    }
  }
`;
export const ACCEPT_INVITATION = /* GraphQL */ `
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      id
      name
      viewerRole
    }
  }
`;

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${randomBytes(4).toString('hex')}@example.org`;
}

/** Signs a new person up on `client` (which keeps their session). */
/** Signs up as a person would: asks, reads the confirmation email, opens its link (signed in after). */
export async function signUp(
  client: GqlClient,
  overrides: { email?: string; displayName?: string; timeZone?: string } = {},
) {
  const email = overrides.email ?? uniqueEmail();
  await client.ok(SIGN_UP, {
    input: {
      email,
      password: PASSWORD,
      displayName: overrides.displayName ?? 'Test Person',
      timeZone: overrides.timeZone,
    },
  });
  if (!client.mailbox) throw new Error('signUp needs a client of a test app with a mailbox');
  const link = await client.mailbox.link(email, '/verify-email');
  const data = await client.ok(CONFIRM_SIGN_UP, { input: { token: link.searchParams.get('token') } });
  return data.confirmSignUp as { id: string; email: string; displayName: string };
}

export async function createOrganization(client: GqlClient, name = 'Lincoln High PLC') {
  const data = await client.ok(CREATE_ORGANIZATION, { input: { name } });
  return data.createOrganization as { id: string; name: string; slug: string };
}

export function tokenOf(acceptUrl: string): string {
  return acceptUrl.split('/invitations/')[1];
}

/** Invites a new person with `role` and has them accept; returns their signed-in client. */
export async function addMember(t: TestApp, admin: GqlClient, organizationId: string, role = 'MEMBER') {
  const client = t.client();
  const person = await signUp(client);
  const { inviteMember } = await admin.ok(INVITE_MEMBER, { input: { organizationId, email: person.email, role } });
  await client.ok(ACCEPT_INVITATION, { input: { token: tokenOf(inviteMember.acceptUrl) } });
  return { client, person };
}

/** An organization with an owner, for tests that need a tenant. */
export async function createTenant(t: TestApp, name?: string) {
  const owner = t.client();
  const ownerUser = await signUp(owner, { displayName: 'Olivia Owner' });
  const organization = await createOrganization(owner, name);
  return { owner, ownerUser, organization };
}

/** Uploads a generated picture as the client's avatar (as the profile page does); returns its address. */
export async function uploadAvatar(client: GqlClient, colour = '#2f6b4f'): Promise<string> {
  const { default: sharp } = await import('sharp');
  const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: colour } })
    .png()
    .toBuffer();
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(png)]), 'me.png');
  const res = await fetch(`${client.baseUrl}/api/avatar`, {
    method: 'POST',
    body: form,
    headers: client.cookie ? { cookie: client.cookie } : {},
  });
  if (res.status !== 201) throw new Error(`avatar upload answered ${res.status}`);
  return ((await res.json()) as { avatarUrl: string }).avatarUrl;
}
