import { LOGIN_RATE_LIMIT } from '@openhuddle/shared';
import { startTestApp, type TestApp } from '../../../test/test-app';
import type { CaughtMail } from '../../../test/mail-catcher';
import { CONFIRM_SIGN_UP, PASSWORD, SIGN_UP, signUp, uniqueEmail } from '../../../test/factories';

const ME = `query { me { id email displayName timeZone } }`;
const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { id email } }`;
const SIGN_OUT = `mutation { signOut }`;
const CHANGE_PASSWORD = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const REQUEST_RESET = `mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
const RESET = `mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) { id } }`;
const UPDATE_PROFILE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { displayName timeZone avatarUrl } }`;

describe('accounts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('signs up, is signed in by the cookie, and stores the password as argon2id', async () => {
    const client = t.client();
    const email = uniqueEmail('Mixed.Case');
    const user = await signUp(client, { email: `  ${email.toUpperCase()} `, displayName: '  Ana Silva ' });
    expect(user.email).toBe(email.toLowerCase());
    expect(user.displayName).toBe('Ana Silva');
    expect(client.cookie).toMatch(/^oh_session=/);
    const { me } = await client.ok(ME);
    expect(me).toMatchObject({ id: user.id, email: email.toLowerCase(), timeZone: 'UTC' });
    const [row] = await t.dataSource.query('SELECT password_hash FROM "user" WHERE id = $1', [user.id]);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it("takes the browser's time zone at sign-up as the profile's, UTC without one, and refuses an unknown zone", async () => {
    const tokyo = t.client();
    await signUp(tokyo, { displayName: 'Keiko', timeZone: 'Asia/Tokyo' });
    expect((await tokyo.ok(ME)).me.timeZone).toBe('Asia/Tokyo');
    const plain = t.client();
    await signUp(plain);
    expect((await plain.ok(ME)).me.timeZone).toBe('UTC');
    const email = uniqueEmail();
    const bad = await t.client().fail(SIGN_UP, {
      input: { email, password: PASSWORD, displayName: 'Nowhere', timeZone: 'Mars/Olympus' },
    });
    expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.extensions?.fields?.timeZone).toBeTruthy();
    expect((await t.dataSource.query('SELECT 1 FROM "user" WHERE email = $1', [email])).length).toBe(0);
  });

  it('returns null for me without a session and UNAUTHENTICATED for operations that need one', async () => {
    const anonymous = t.client();
    expect((await anonymous.ok(ME)).me).toBeNull();
    const error = await anonymous.fail(SIGN_OUT);
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers a sign-up for a taken address like any other, and tells only the address itself', async () => {
    const email = uniqueEmail();
    await signUp(t.client(), { email });
    const twin = t.client();
    expect(await twin.ok(SIGN_UP, { input: { email, password: 'another password', displayName: 'Twin' } })).toEqual({
      signUp: true,
    });
    expect((await twin.ok(ME)).me).toBeNull();
    const note = await t.mailbox.next(email, (m) => m.subject === 'You already have an OpenHuddle account');
    expect(note.links.some((l) => new URL(l).pathname === '/sign-in')).toBe(true);
    expect(note.text).not.toContain('/verify-email');
    const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM "user" WHERE email = $1', [email]);
    expect(count).toBe(1);
    // The account's password is untouched.
    await t.client().ok(SIGN_IN, { input: { email, password: PASSWORD } });
  });

  it('creates the account only when the emailed link is opened, with that sign-up’s own credentials', async () => {
    const email = uniqueEmail();
    const first = t.client();
    await first.ok(SIGN_UP, { input: { email, password: PASSWORD, displayName: 'First', next: '/invitations/abc' } });
    await t.client().ok(SIGN_UP, { input: { email, password: 'the squatter password', displayName: 'Squatter' } });
    expect(await t.dataSource.query('SELECT 1 FROM "user" WHERE email = $1', [email])).toHaveLength(0);
    const failed = await t.client().fail(SIGN_IN, { input: { email, password: PASSWORD } });
    expect(failed.extensions?.code).toBe('BAD_USER_INPUT');

    const confirmation = (name: string) => (m: CaughtMail) =>
      m.subject === 'Confirm your email for OpenHuddle' && m.text.includes(`Hello ${name}`);
    const mail = await t.mailbox.next(email, confirmation('First'));
    expect(mail.text).toContain('/verify-email?token=');
    const link = new URL(mail.links.find((l) => l.includes('/verify-email'))!);
    expect(link.searchParams.get('next')).toBe('/invitations/abc');
    const { confirmSignUp } = await first.ok(CONFIRM_SIGN_UP, { input: { token: link.searchParams.get('token') } });
    expect(confirmSignUp).toMatchObject({ email, displayName: 'First' });
    expect((await first.ok(ME)).me.email).toBe(email);

    // The other request's link is now useless, and a used link cannot be opened twice.
    const squatters = await t.mailbox.next(email, confirmation('Squatter'));
    const other = new URL(squatters.links.find((l) => l.includes('/verify-email'))!);
    const taken = await t.client().fail(CONFIRM_SIGN_UP, { input: { token: other.searchParams.get('token') } });
    expect(taken.extensions?.code).toBe('BAD_USER_INPUT');
    const again = await t.client().fail(CONFIRM_SIGN_UP, { input: { token: link.searchParams.get('token') } });
    expect(again.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { token: expect.any(String) } });
    await t.client().fail(SIGN_IN, { input: { email, password: 'the squatter password' } });
  });

  it('refuses a sign-up whose next page is on another site', async () => {
    for (const next of ['https://evil.example/', '//evil.example', '/\\evil.example']) {
      const error = await t.client().fail(SIGN_UP, {
        input: { email: uniqueEmail(), password: PASSWORD, displayName: 'Nexty', next },
      });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { next: expect.any(String) } });
    }
  });

  it.each([
    ['an empty email', { email: '' }, 'email'],
    ['a malformed email', { email: 'not-an-email' }, 'email'],
    ['a too long email', { email: `${'a'.repeat(250)}@x.org` }, 'email'],
    ['a short password', { password: 'short' }, 'password'],
    ['an empty name', { displayName: '   ' }, 'displayName'],
    ['a too long name', { displayName: 'n'.repeat(81) }, 'displayName'],
  ])('rejects %s with BAD_USER_INPUT on that field and creates nothing', async (_label, override, field) => {
    const input = { email: uniqueEmail(), password: PASSWORD, displayName: 'Valid Name', ...override };
    const before = await t.dataSource.query('SELECT count(*)::int AS count FROM "user"');
    const error = await t.client().fail(SIGN_UP, { input });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields?.[field]).toEqual(expect.any(String));
    expect(await t.dataSource.query('SELECT count(*)::int AS count FROM "user"')).toEqual(before);
  });

  it('signs in with the right password and refuses a wrong one without saying which part was wrong', async () => {
    const email = uniqueEmail();
    await signUp(t.client(), { email });
    const wrong = await t.client().fail(SIGN_IN, { input: { email, password: 'wrong password!' } });
    expect(wrong.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { password: 'Email or password is incorrect.' },
    });
    const unknown = await t.client().fail(SIGN_IN, { input: { email: uniqueEmail(), password: PASSWORD } });
    expect(unknown.message).toBe(wrong.message);
    const client = t.client();
    expect((await client.ok(SIGN_IN, { input: { email, password: PASSWORD } })).signIn.email).toBe(email);
    expect((await client.ok(ME)).me.email).toBe(email);
  });

  it('revokes the session on sign-out: the old cookie no longer works', async () => {
    const client = t.client();
    await signUp(client);
    const oldCookie = client.cookie;
    expect(await client.ok(SIGN_OUT)).toEqual({ signOut: true });
    const replay = t.client();
    replay.cookie = oldCookie;
    expect((await replay.ok(ME)).me).toBeNull();
    const [row] = await t.dataSource.query('SELECT count(*)::int AS c FROM session WHERE revoked_at IS NOT NULL');
    expect(row.c).toBeGreaterThan(0);
  });

  it(`rate-limits an account after ${LOGIN_RATE_LIMIT.perAccount} failed attempts, even with the right password`, async () => {
    const email = uniqueEmail();
    await signUp(t.client(), { email });
    for (let i = 0; i < LOGIN_RATE_LIMIT.perAccount; i++) {
      const error = await t
        .client({ ip: `10.0.0.${i + 1}` })
        .fail(SIGN_IN, { input: { email, password: 'wrong password!' } });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const limited = await t.client({ ip: '10.0.1.1' }).fail(SIGN_IN, { input: { email, password: PASSWORD } });
    expect(limited.extensions?.code).toBe('RATE_LIMITED');
  });

  it(`rate-limits an address after ${LOGIN_RATE_LIMIT.perAddress} failed attempts across accounts`, async () => {
    const ip = '10.9.9.9';
    for (let i = 0; i < LOGIN_RATE_LIMIT.perAddress; i++) {
      await t.client({ ip }).fail(SIGN_IN, { input: { email: uniqueEmail(), password: 'wrong password!' } });
    }
    const email = uniqueEmail();
    await signUp(t.client(), { email });
    expect((await t.client({ ip }).fail(SIGN_IN, { input: { email, password: PASSWORD } })).extensions?.code).toBe(
      'RATE_LIMITED',
    );
    expect(
      (await t.client({ ip: '10.9.9.10' }).ok(SIGN_IN, { input: { email, password: PASSWORD } })).signIn.email,
    ).toBe(email);
  });

  it('changes the password, keeps this session and signs out the others', async () => {
    const email = uniqueEmail();
    const laptop = t.client();
    await signUp(laptop, { email });
    const phone = t.client();
    await phone.ok(SIGN_IN, { input: { email, password: PASSWORD } });
    const wrong = await laptop.fail(CHANGE_PASSWORD, {
      input: { currentPassword: 'nope nope nope', newPassword: 'a brand new secret' },
    });
    expect(wrong.extensions?.fields?.currentPassword).toBeTruthy();
    await laptop.ok(CHANGE_PASSWORD, { input: { currentPassword: PASSWORD, newPassword: 'a brand new secret' } });
    expect((await laptop.ok(ME)).me.email).toBe(email);
    expect((await phone.ok(ME)).me).toBeNull();
    await t.client().ok(SIGN_IN, { input: { email, password: 'a brand new secret' } });
  });

  it('resets a password through a one-time link sent by mail, never for unknown emails', async () => {
    const email = uniqueEmail();
    await signUp(t.client(), { email });
    const stranger = uniqueEmail();
    expect(await t.client().ok(REQUEST_RESET, { input: { email: stranger } })).toEqual({
      requestPasswordReset: true,
    });
    await t.client().ok(REQUEST_RESET, { input: { email } });
    const mail = await t.mailbox.next(email, (m) => m.subject === 'Reset your OpenHuddle password');
    const token = new URL(mail.links[0]).searchParams.get('token')!;
    // Nothing was queued for an address without an account.
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM mail_message WHERE to_address = $1`,
      [stranger],
    );
    expect(count).toBe(0);
    const client = t.client();
    await client.ok(RESET, { input: { token, newPassword: 'reset to this one' } });
    expect((await client.ok(ME)).me.email).toBe(email);
    const reused = await t.client().fail(RESET, { input: { token, newPassword: 'and again this one' } });
    expect(reused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { token: expect.any(String) } });
    await t.client().ok(SIGN_IN, { input: { email, password: 'reset to this one' } });
  });

  it('updates the profile, validates the time zone and refuses a picture address on another site', async () => {
    const client = t.client();
    await signUp(client);
    const { updateProfile } = await client.ok(UPDATE_PROFILE, {
      input: { displayName: 'Renamed', timeZone: 'Europe/Berlin' },
    });
    expect(updateProfile).toEqual({ displayName: 'Renamed', timeZone: 'Europe/Berlin', avatarUrl: null });
    const bad = await client.fail(UPDATE_PROFILE, {
      input: { timeZone: 'Mars/Olympus', avatarUrl: 'https://example.org/me.png' },
    });
    expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.extensions?.fields?.timeZone).toBeTruthy();
    expect(bad.extensions?.fields?.avatarUrl).toBeTruthy();
    expect((await client.ok(ME)).me.timeZone).toBe('Europe/Berlin');
  });
});
