import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AppConfig } from '../../config/app-config';
import {
  ACCEPT_INVITATION,
  CREATE_ORGANIZATION,
  INVITE_MEMBER,
  PASSWORD,
  createTenant,
  signUp,
  tokenOf,
  uniqueEmail,
} from '../../../test/factories';
import { signInWithSso, startTestIdp, TEST_PUBLIC_URL, type TestIdp } from '../../../test/oidc-provider';
import { startTestApp, type TestApp } from '../../../test/test-app';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { id } }`;
const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) }`;
const REQUEST_RESET = `mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
const RESET = `mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) { id } }`;
const ADD_PROVIDER = `mutation ($input: AddIdentityProviderInput!) { addIdentityProvider(input: $input) { id } }`;
const REMOVE_PROVIDER = `mutation ($input: IdentityProviderRefInput!) { removeIdentityProvider(input: $input) }`;
const SETTINGS = `mutation ($input: UpdateSignInSettingsInput!) { updateSignInSettings(input: $input) { requireSso inviteOnly } }`;
const OPTIONS = `query ($email: String) { signInOptions(email: $email) { passwordSignIn signUpOpen } }`;
const ME = `query { me { id organizations { id } } }`;

describe('organisation and instance sign-in settings, on every password path', () => {
  let t: TestApp;
  let idp: TestIdp;
  let riverside: Awaited<ReturnType<typeof createTenant>>;
  let providerId: string;
  const maya = 'maya@riverside.example';
  let resetTokenFromBefore: string;

  beforeAll(async () => {
    t = await startTestApp();
    idp = await startTestIdp(`${TEST_PUBLIC_URL}/api/sso/callback`);
    riverside = await createTenant(t, 'Riverside High');
    const orgId = riverside.organization.id;
    const mayaClient = t.client();
    await signUp(mayaClient, { email: maya });
    const { inviteMember } = await riverside.owner.ok(INVITE_MEMBER, {
      input: { organizationId: orgId, email: maya, role: 'MEMBER' },
    });
    await mayaClient.ok(ACCEPT_INVITATION, { input: { token: tokenOf(inviteMember.acceptUrl) } });
    // A reset link asked for before the organisation required SSO.
    await t.client().ok(REQUEST_RESET, { input: { email: maya } });
    resetTokenFromBefore = (await t.mailbox.link(maya, '/reset-password')).searchParams.get('token')!;
  });
  afterAll(async () => {
    await idp.close();
    await t.close();
  });

  it('requiring SSO needs a provider first', async () => {
    const error = await riverside.owner.fail(SETTINGS, {
      input: { organizationId: riverside.organization.id, requireSso: true, inviteOnly: false },
    });
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', fields: { requireSso: expect.any(String) } });
  });

  it('with SSO required, password sign-in is refused with a typed error naming the button', async () => {
    providerId = (
      await riverside.owner.ok(ADD_PROVIDER, {
        input: {
          organizationId: riverside.organization.id,
          displayName: 'Riverside SSO',
          issuerUrl: idp.issuer,
          clientId: idp.clientId,
          clientSecret: idp.clientSecret,
          domains: ['riverside.example'],
        },
      })
    ).addIdentityProvider.id;
    await t.client().ok(SIGN_IN, { input: { email: maya, password: PASSWORD } });
    await riverside.owner.ok(SETTINGS, {
      input: { organizationId: riverside.organization.id, requireSso: true, inviteOnly: false },
    });
    const refused = await t.client().fail(SIGN_IN, { input: { email: maya, password: PASSWORD } });
    expect(refused.extensions?.code).toBe('SSO_REQUIRED');
    expect(refused.message).toContain('“Sign in with Riverside SSO”');
    expect(refused.extensions?.fields).toEqual({ email: refused.message });
    // A wrong password is still just wrong: the refusal tells nothing to someone guessing.
    const wrong = await t.client().fail(SIGN_IN, { input: { email: maya, password: 'not the password' } });
    expect(wrong.extensions?.code).toBe('BAD_USER_INPUT');
    // Owners keep their password, so a broken provider cannot lock the organisation out.
    await t.client().ok(SIGN_IN, { input: { email: riverside.ownerUser.email, password: PASSWORD } });
  });

  it('the sign-in page is told that the domain signs in with SSO', async () => {
    const { signInOptions } = await t.client().ok(OPTIONS, { email: 'anyone@riverside.example' });
    expect(signInOptions).toEqual({ passwordSignIn: false, signUpOpen: true });
  });

  it('a reset request gets the way to sign in instead of a link, and an older link no longer works', async () => {
    const [before] = await t.dataSource.query(`SELECT password_hash FROM "user" WHERE email = $1`, [maya]);
    await t.client().ok(REQUEST_RESET, { input: { email: maya } });
    const mail = await t.mailbox.next(maya, (m) => m.subject === 'Sign in to OpenHuddle with your organisation');
    expect(mail.links.some((l) => new URL(l).pathname.startsWith('/reset-password'))).toBe(false);
    const refused = await t
      .client()
      .fail(RESET, { input: { token: resetTokenFromBefore, newPassword: 'a new password!' } });
    expect(refused.extensions?.code).toBe('SSO_REQUIRED');
    const [after] = await t.dataSource.query(`SELECT password_hash FROM "user" WHERE email = $1`, [maya]);
    expect(after.password_hash).toBe(before.password_hash);
  });

  it('sign-up with an address of the domain is sent to SSO, and no account request is made', async () => {
    const email = 'newbie@riverside.example';
    await t.client().ok(SIGN_UP, { input: { email, password: PASSWORD, displayName: 'Newbie' } });
    const mail = await t.mailbox.next(email);
    expect(mail.subject).toBe('Sign in to OpenHuddle with your organisation');
    expect(mail.links.some((l) => new URL(l).pathname.startsWith('/verify-email'))).toBe(false);
    expect(await t.dataSource.query(`SELECT 1 FROM sign_up_request WHERE email = $1`, [email])).toEqual([]);
  });

  it('the SSO button still signs the member in', async () => {
    idp.addAccount({ email: maya, emailVerified: true, name: 'Maya' });
    const { client } = await signInWithSso(t, providerId, maya);
    expect((await client.ok(ME)).me.organizations).toEqual([{ id: riverside.organization.id }]);
  });

  it('the last provider cannot be removed while SSO is required', async () => {
    const error = await riverside.owner.fail(REMOVE_PROVIDER, {
      input: { organizationId: riverside.organization.id, providerId },
    });
    expect(error.extensions?.code).toBe('CONFLICT');
  });

  describe('instance settings', () => {
    const config = () => t.app.get(AppConfig) as { -readonly [K in keyof AppConfig]: AppConfig[K] };
    afterAll(() => {
      config().signUp = 'open';
      config().organizationCreation = 'anyone';
    });

    it('SIGN_UP=invite-only: only invited addresses get a confirmation link', async () => {
      config().signUp = 'invite-only';
      const stranger = uniqueEmail('stranger');
      await t.client().ok(SIGN_UP, { input: { email: stranger, password: PASSWORD, displayName: 'Stranger' } });
      const refusal = await t.mailbox.next(stranger);
      expect(refusal.subject).toBe('OpenHuddle accounts here come with an invitation');
      expect(refusal.links.some((l) => new URL(l).pathname.startsWith('/verify-email'))).toBe(false);
      const invited = uniqueEmail('invited');
      await riverside.owner.ok(INVITE_MEMBER, {
        input: { organizationId: riverside.organization.id, email: invited, role: 'MEMBER' },
      });
      await t.client().ok(SIGN_UP, { input: { email: invited, password: PASSWORD, displayName: 'Invited' } });
      await t.mailbox.link(invited, '/verify-email');
      expect((await t.client().ok(OPTIONS, {})).signInOptions.signUpOpen).toBe(false);
    });

    it('ORGANIZATION_CREATION=admins lets only admins and owners create; none lets nobody', async () => {
      config().signUp = 'open';
      config().organizationCreation = 'admins';
      const person = t.client();
      await signUp(person);
      const refused = await person.fail(CREATE_ORGANIZATION, { input: { name: 'My own' } });
      expect(refused.extensions?.code).toBe('FORBIDDEN');
      await riverside.owner.ok(CREATE_ORGANIZATION, { input: { name: 'Riverside Elementary' } });
      config().organizationCreation = 'none';
      const none = await riverside.owner.fail(CREATE_ORGANIZATION, { input: { name: 'Another' } });
      expect(none.extensions?.code).toBe('FORBIDDEN');
    });
  });
});
