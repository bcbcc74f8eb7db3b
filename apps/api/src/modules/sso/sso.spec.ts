import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ACCEPT_INVITATION, INVITE_MEMBER, createTenant, signUp, tokenOf } from '../../../test/factories';
import {
  RedirectBrowser,
  signInWithSso,
  startTestIdp,
  TEST_PUBLIC_URL as PUBLIC_URL,
  type TestIdp,
} from '../../../test/oidc-provider';
import { startTestApp, type TestApp } from '../../../test/test-app';
import type { GqlClient } from '../../../test/gql-client';

const ADD_PROVIDER = /* GraphQL */ `
  mutation ($input: AddIdentityProviderInput!) {
    addIdentityProvider(input: $input) {
      id
      displayName
      issuerUrl
      clientId
      domains
      startPath
      redirectUri
    }
  }
`;
const SIGN_IN_SETTINGS = /* GraphQL */ `
  mutation ($input: UpdateSignInSettingsInput!) {
    updateSignInSettings(input: $input) {
      requireSso
      inviteOnly
    }
  }
`;
const OVERVIEW = /* GraphQL */ `
  query ($organizationId: ID!) {
    organizationSignIn(organizationId: $organizationId) {
      requireSso
      inviteOnly
      viewerCan {
        manage
      }
      providers {
        id
        displayName
        clientId
        domains
      }
    }
  }
`;
const ME = /* GraphQL */ `
  query {
    me {
      id
      email
      displayName
      organizations {
        id
        viewerRole
      }
    }
  }
`;
const OPTIONS = /* GraphQL */ `
  query ($email: String) {
    signInOptions(email: $email) {
      passwordSignIn
      signUpOpen
      providers {
        id
        displayName
        organizationName
        startPath
      }
    }
  }
`;

describe('OIDC sign-in against a real provider', () => {
  let t: TestApp;
  let idp: TestIdp;
  let otherIdp: TestIdp;
  let riverside: Awaited<ReturnType<typeof createTenant>>;
  let lakeside: Awaited<ReturnType<typeof createTenant>>;
  let providerId: string;

  beforeAll(async () => {
    t = await startTestApp();
    idp = await startTestIdp(`${PUBLIC_URL}/api/sso/callback`);
    otherIdp = await startTestIdp(`${PUBLIC_URL}/api/sso/callback`, 'Lakeside Login');
    riverside = await createTenant(t, 'Riverside High');
    lakeside = await createTenant(t, 'Lakeside Middle');
    const { addIdentityProvider } = await riverside.owner.ok(ADD_PROVIDER, {
      input: {
        organizationId: riverside.organization.id,
        displayName: 'Riverside SSO',
        issuerUrl: idp.issuer,
        clientId: idp.clientId,
        clientSecret: idp.clientSecret,
        domains: ['Riverside.Example', 'staff.riverside.example'],
      },
    });
    providerId = addIdentityProvider.id;
    await lakeside.owner.ok(ADD_PROVIDER, {
      input: {
        organizationId: lakeside.organization.id,
        displayName: 'Lakeside Login',
        issuerUrl: otherIdp.issuer,
        clientId: otherIdp.clientId,
        clientSecret: otherIdp.clientSecret,
        domains: ['lakeside.example'],
      },
    });
  });
  afterAll(async () => {
    await idp.close();
    await otherIdp.close();
    await t.close();
  });

  function ssoSignIn(
    email: string,
    options: { next?: string; via?: string; beforeCallback?: (browser: RedirectBrowser) => Promise<void> } = {},
  ) {
    return signInWithSso(t, options.via ?? providerId, email, options);
  }

  async function me(client: GqlClient) {
    return (await client.ok(ME)).me as null | {
      id: string;
      email: string;
      displayName: string;
      organizations: { id: string; viewerRole: string }[];
    };
  }

  it('never returns the client secret, and stores it sealed', async () => {
    const { organizationSignIn } = await riverside.owner.ok(OVERVIEW, { organizationId: riverside.organization.id });
    expect(organizationSignIn.providers).toEqual([
      {
        id: providerId,
        displayName: 'Riverside SSO',
        clientId: idp.clientId,
        domains: ['riverside.example', 'staff.riverside.example'],
      },
    ]);
    expect(JSON.stringify(organizationSignIn)).not.toContain(idp.clientSecret);
    const [row] = await t.dataSource.query(`SELECT client_secret_sealed FROM identity_provider WHERE id = $1`, [
      providerId,
    ]);
    expect(row.client_secret_sealed).toMatch(/^v1\./);
    expect(row.client_secret_sealed).not.toContain(idp.clientSecret);
  });

  it('the sign-in page finds the button by the email domain, without telling anything about the person', async () => {
    const { signInOptions } = await t.client().ok(OPTIONS, { email: 'anyone@RIVERSIDE.example' });
    expect(signInOptions).toEqual({
      passwordSignIn: true,
      signUpOpen: true,
      providers: [
        {
          id: providerId,
          displayName: 'Riverside SSO',
          organizationName: 'Riverside High',
          startPath: `/api/sso/${providerId}/start`,
        },
      ],
    });
    const none = await t.client().ok(OPTIONS, { email: 'someone@elsewhere.example' });
    expect(none.signInOptions.providers).toEqual([]);
  });

  it('a new person of a routed domain gets an account, joins as a member and lands on `next`', async () => {
    const account = idp.addAccount({ email: 'nia@riverside.example', emailVerified: true, name: 'Nia Newcomer' });
    const next = `/o/${riverside.organization.id}`;
    const { landed, client } = await ssoSignIn(account.email, { next });
    expect(landed.href).toBe(`${t.baseUrl}${next}`);
    const viewer = await me(client);
    expect(viewer).toMatchObject({ email: 'nia@riverside.example', displayName: 'Nia Newcomer' });
    expect(viewer!.organizations).toEqual([{ id: riverside.organization.id, viewerRole: 'MEMBER' }]);
    // The SSO-made account has no password to guess.
    const refused = await t.client().fail(`mutation ($input: SignInInput!) { signIn(input: $input) { id } }`, {
      input: { email: account.email, password: '!sso' },
    });
    expect(refused.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('an existing account links by verified email, and later sign-ins use the link', async () => {
    const password = t.client();
    const ada = await signUp(password, { email: 'ada@riverside.example', displayName: 'Ada Existing' });
    const account = idp.addAccount({ email: ada.email, emailVerified: true, name: 'Ada at the IdP' });
    const first = await ssoSignIn(account.email);
    expect((await me(first.client))!.id).toBe(ada.id);
    const links = await t.dataSource.query(`SELECT user_id FROM sso_identity WHERE subject = $1`, [account.sub]);
    expect(links).toEqual([{ user_id: ada.id }]);
    // The provider's name does not overwrite the one the person chose.
    expect((await me(first.client))!.displayName).toBe('Ada Existing');
    const second = await ssoSignIn(account.email);
    expect((await me(second.client))!.id).toBe(ada.id);
  });

  it('an unverified email is refused with a clear page and no session', async () => {
    const account = idp.addAccount({ email: 'una@riverside.example', emailVerified: false, name: 'Una' });
    const { landed, browser, client } = await ssoSignIn(account.email);
    expect(landed.pathname + landed.search).toBe('/sign-in/refused?reason=email-not-verified');
    expect(browser.cookie(t.baseUrl, 'oh_session')).toBeUndefined();
    expect(await me(client)).toBeNull();
    const users = await t.dataSource.query(`SELECT id FROM "user" WHERE email = $1`, [account.email]);
    expect(users).toEqual([]);
  });

  it('an email outside the domains, without an invitation, is refused', async () => {
    const account = idp.addAccount({ email: 'visitor@elsewhere.example', emailVerified: true, name: 'V' });
    const { landed, client } = await ssoSignIn(account.email);
    expect(landed.searchParams.get('reason')).toBe('not-in-organization');
    expect(await me(client)).toBeNull();
  });

  it('an invitation brings its role, even for an address outside the domains', async () => {
    const email = 'guest@elsewhere.example';
    await riverside.owner.ok(INVITE_MEMBER, {
      input: { organizationId: riverside.organization.id, email, role: 'FACILITATOR' },
    });
    idp.addAccount({ email, emailVerified: true, name: 'Guest Facilitator' });
    const { client } = await ssoSignIn(email);
    expect((await me(client))!.organizations).toEqual([{ id: riverside.organization.id, viewerRole: 'FACILITATOR' }]);
    const [invitation] = await t.dataSource.query(`SELECT accepted_at FROM invitation WHERE email = $1`, [email]);
    expect(invitation.accepted_at).not.toBeNull();
  });

  it('a tampered state is refused', async () => {
    const account = idp.addAccount({ email: 'sam@riverside.example', emailVerified: true, name: 'Sam' });
    const browser = new RedirectBrowser(t.baseUrl, PUBLIC_URL);
    const page = await browser.follow(`${t.baseUrl}/api/sso/${providerId}/start`);
    const landed = await browser.submitLogin(page, account.email, (url) => {
      if (url.pathname === '/api/sso/callback' && url.searchParams.has('state'))
        url.searchParams.set('state', 'forged');
      return url;
    });
    expect(landed.url.searchParams.get('reason')).toBe('expired');
    expect(browser.cookie(t.baseUrl, 'oh_session')).toBeUndefined();
  });

  it('a nonce that does not match the ID token is refused', async () => {
    const account = idp.addAccount({ email: 'nora@riverside.example', emailVerified: true, name: 'Nora' });
    const { landed, browser } = await ssoSignIn(account.email, {
      beforeCallback: async () => {
        await t.dataSource.query(`UPDATE sso_sign_in SET nonce = 'not-the-nonce-sent' WHERE used_at IS NULL`);
      },
    });
    expect(landed.searchParams.get('reason')).toBe('provider-error');
    expect(browser.cookie(t.baseUrl, 'oh_session')).toBeUndefined();
  });

  it('a callback finished in another browser than the one that started signs nobody in', async () => {
    const account = idp.addAccount({ email: 'otto@riverside.example', emailVerified: true, name: 'Otto' });
    const { landed, browser } = await ssoSignIn(account.email, {
      beforeCallback: async (b) => b.forget(t.baseUrl, 'oh_sso'),
    });
    expect(landed.searchParams.get('reason')).toBe('expired');
    expect(browser.cookie(t.baseUrl, 'oh_session')).toBeUndefined();
  });

  it('a provider of organisation A cannot sign a member of organisation B in, nor into B', async () => {
    // Bob is Lakeside's (password account); Riverside's provider asserts his address.
    const bobClient = t.client();
    const bob = await signUp(bobClient, { email: 'bob@lakeside.example' });
    const { inviteMember } = await lakeside.owner.ok(INVITE_MEMBER, {
      input: { organizationId: lakeside.organization.id, email: bob.email, role: 'MEMBER' },
    });
    await bobClient.ok(ACCEPT_INVITATION, { input: { token: tokenOf(inviteMember.acceptUrl) } });
    idp.addAccount({ email: bob.email, emailVerified: true, name: 'Not Bob' });
    const { landed, client } = await ssoSignIn(bob.email);
    expect(landed.searchParams.get('reason')).toBe('account-not-in-domain');
    expect(await me(client)).toBeNull();
    expect((await me(bobClient))!.organizations).toEqual([{ id: lakeside.organization.id, viewerRole: 'MEMBER' }]);
    // Nor can Riverside claim Lakeside's domain for its provider.
    const claim = await riverside.owner.fail(ADD_PROVIDER, {
      input: {
        organizationId: riverside.organization.id,
        displayName: 'Grab',
        issuerUrl: idp.issuer,
        clientId: idp.clientId,
        clientSecret: idp.clientSecret,
        domains: ['lakeside.example'],
      },
    });
    expect(claim.extensions).toMatchObject({ code: 'CONFLICT', fields: { domains: expect.any(String) } });
    // A Riverside person who signs in through Riverside's provider joins Riverside only.
    const rita = idp.addAccount({ email: 'rita@riverside.example', emailVerified: true, name: 'Rita' });
    const signedIn = await ssoSignIn(rita.email);
    expect((await me(signedIn.client))!.organizations.map((o) => o.id)).toEqual([riverside.organization.id]);
  });

  it('invite-only: the domains no longer make members', async () => {
    await riverside.owner.ok(SIGN_IN_SETTINGS, {
      input: { organizationId: riverside.organization.id, requireSso: false, inviteOnly: true },
    });
    try {
      const account = idp.addAccount({ email: 'ivy@riverside.example', emailVerified: true, name: 'Ivy' });
      const { landed, client } = await ssoSignIn(account.email);
      expect(landed.searchParams.get('reason')).toBe('invite-only');
      expect(await me(client)).toBeNull();
    } finally {
      await riverside.owner.ok(SIGN_IN_SETTINGS, {
        input: { organizationId: riverside.organization.id, requireSso: false, inviteOnly: false },
      });
    }
  });

  it('sign-in settings are for admins and owners; other tenants learn nothing', async () => {
    const nia = await t.dataSource.query(`SELECT id FROM "user" WHERE email = 'nia@riverside.example'`);
    expect(nia).toHaveLength(1);
    const member = await ssoSignIn('nia@riverside.example');
    const forbidden = await member.client.fail(OVERVIEW, { organizationId: riverside.organization.id });
    expect(forbidden.extensions?.code).toBe('FORBIDDEN');
    const outsider = await lakeside.owner.fail(OVERVIEW, { organizationId: riverside.organization.id });
    expect(outsider.extensions?.code).toBe('NOT_FOUND');
    const { organizationSignIn } = await riverside.owner.ok(OVERVIEW, { organizationId: riverside.organization.id });
    expect(organizationSignIn.viewerCan).toEqual({ manage: true });
  });

  it('an unknown provider or a foreign `next` goes nowhere dangerous', async () => {
    const browser = new RedirectBrowser(t.baseUrl, PUBLIC_URL);
    const unknown = await browser.follow(`${t.baseUrl}/api/sso/00000000-0000-4000-8000-000000000000/start`);
    expect(unknown.url.searchParams.get('reason')).toBe('provider-error');
    const account = idp.addAccount({ email: 'evan@riverside.example', emailVerified: true, name: 'Evan' });
    const { landed } = await ssoSignIn(account.email, { next: '//evil.example/phish' });
    expect(landed.href).toBe(`${t.baseUrl}/`);
  });
});
