import { jest } from '@jest/globals';
import { LOGIN_RATE_LIMIT } from '@openhuddle/shared';
import { Mailer } from '../../common/mail/mailer';
import { RATE_LIMITS } from '../../common/rate-limit/rate-limit.rules';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { INVITE_MEMBER, PASSWORD, SIGN_UP, createTenant, signUp, uniqueEmail } from '../../../test/factories';
import { PasswordHasher } from './password-hasher';

const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { id email } }`;
const REQUEST_RESET = `mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;

type Outcome = { code?: string; retryAfterSeconds?: number } | 'ok';

describe('rate limits hold under parallel requests', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  async function signIn(email: string, password: string, ip: string): Promise<Outcome> {
    const res = await t.client({ ip }).request(SIGN_IN, { input: { email, password } });
    return res.errors?.length ? (res.errors[0]!.extensions as Outcome & object) : 'ok';
  }
  const limited = (outcomes: Outcome[]) => outcomes.filter((o) => o !== 'ok' && o.code === 'RATE_LIMITED').length;

  it(`checks at most ${LOGIN_RATE_LIMIT.perAccount} of 30 parallel wrong passwords for one account, then refuses the right one`, async () => {
    const email = uniqueEmail();
    await signUp(t.client(), { email });
    const verify = jest.spyOn(t.app.get(PasswordHasher, { strict: false }), 'verify');
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, (_, i) => signIn(email, `wrong password ${i}`, `10.1.${i}.1`)),
    );
    expect(30 - limited(outcomes)).toBe(LOGIN_RATE_LIMIT.perAccount);
    expect(verify).toHaveBeenCalledTimes(LOGIN_RATE_LIMIT.perAccount);

    const right = await t.client({ ip: '10.1.99.1' }).fail(SIGN_IN, { input: { email, password: PASSWORD } });
    expect(right.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    const retry = (right.extensions as { retryAfterSeconds: number }).retryAfterSeconds;
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(LOGIN_RATE_LIMIT.windowMinutes * 60);
    expect(right.message).toMatch(/Try again in \d+ (minutes|seconds)/);
    expect(verify).toHaveBeenCalledTimes(LOGIN_RATE_LIMIT.perAccount);
  });

  it(`hashes at most ${LOGIN_RATE_LIMIT.perAddress} of 200 parallel guesses from one address`, async () => {
    const verify = jest.spyOn(t.app.get(PasswordHasher, { strict: false }), 'verify');
    const ip = '10.2.0.1';
    const outcomes = await Promise.all(Array.from({ length: 200 }, () => signIn(uniqueEmail(), 'wrong password!', ip)));
    expect(200 - limited(outcomes)).toBe(LOGIN_RATE_LIMIT.perAddress);
    expect(verify).toHaveBeenCalledTimes(LOGIN_RATE_LIMIT.perAddress);
  });

  it('counts IPv6 clients per /64, so rotating through one prefix does not reset the limit', async () => {
    for (let i = 1; i <= LOGIN_RATE_LIMIT.perAddress; i++) {
      expect(await signIn(uniqueEmail(), 'wrong password!', `2001:db8:5:5::${i.toString(16)}`)).toMatchObject({
        code: 'BAD_USER_INPUT',
      });
    }
    expect(await signIn(uniqueEmail(), 'wrong password!', '2001:db8:5:5:ffff::1')).toMatchObject({
      code: 'RATE_LIMITED',
    });
    expect(await signIn(uniqueEmail(), 'wrong password!', '2001:db8:5:6::1')).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });

  it('a right password clears the account counter and gives its hit back to the address', async () => {
    const email = uniqueEmail();
    await signUp(t.client(), { email });
    const ip = '10.3.0.1';
    for (let i = 0; i < LOGIN_RATE_LIMIT.perAccount - 1; i++) {
      expect(await signIn(email, 'wrong password!', ip)).toMatchObject({ code: 'BAD_USER_INPUT' });
    }
    expect(await signIn(email, PASSWORD, ip)).toBe('ok');
    // The account starts over after a successful sign-in.
    for (let i = 0; i < LOGIN_RATE_LIMIT.perAccount; i++) {
      expect(await signIn(email, 'wrong password!', ip)).toMatchObject({ code: 'BAD_USER_INPUT' });
    }
    expect(await signIn(email, PASSWORD, ip)).toMatchObject({ code: 'RATE_LIMITED' });
  });

  it(`creates at most ${RATE_LIMITS.signUpPerAddress.limit} accounts from one address, even in parallel`, async () => {
    const ip = '10.4.0.1';
    const emails = Array.from({ length: RATE_LIMITS.signUpPerAddress.limit + 5 }, () => uniqueEmail('burst'));
    const results = await Promise.all(
      emails.map((email) =>
        t.client({ ip }).request(SIGN_UP, { input: { email, password: PASSWORD, displayName: 'Burst' } }),
      ),
    );
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'ok');
    expect(codes.filter((c) => c === 'ok')).toHaveLength(RATE_LIMITS.signUpPerAddress.limit);
    expect(codes.filter((c) => c !== 'ok').every((c) => c === 'RATE_LIMITED')).toBe(true);
    const [{ count }] = await t.dataSource.query(
      'SELECT count(*)::int AS count FROM sign_up_request WHERE email = ANY($1)',
      [emails],
    );
    expect(count).toBe(RATE_LIMITS.signUpPerAddress.limit);
    // Another address is not affected.
    await signUp(t.client({ ip: '10.4.0.2' }));
  });

  it(`sends at most ${RATE_LIMITS.passwordResetPerAccount.limit} reset links per email, and says the same for unknown emails`, async () => {
    const email = uniqueEmail();
    await signUp(t.client(), { email });
    const send = jest.spyOn(t.app.get(Mailer), 'send');
    const unknown = uniqueEmail();
    for (const target of [email, unknown]) {
      const outcomes = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          t.client({ ip: `10.5.${i}.1` }).request(REQUEST_RESET, { input: { email: target } }),
        ),
      );
      const codes = outcomes.map((r) => r.errors?.[0]?.extensions?.code ?? 'ok');
      expect(codes.filter((c) => c === 'ok')).toHaveLength(RATE_LIMITS.passwordResetPerAccount.limit);
      expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(6 - RATE_LIMITS.passwordResetPerAccount.limit);
    }
    expect(send).toHaveBeenCalledTimes(RATE_LIMITS.passwordResetPerAccount.limit);
  });

  it(`sends at most ${RATE_LIMITS.passwordResetPerAddress.limit} reset requests from one address across emails`, async () => {
    const ip = '10.6.0.1';
    const outcomes = await Promise.all(
      Array.from({ length: 14 }, () => t.client({ ip }).request(REQUEST_RESET, { input: { email: uniqueEmail() } })),
    );
    const codes = outcomes.map((r) => r.errors?.[0]?.extensions?.code ?? 'ok');
    expect(codes.filter((c) => c === 'ok')).toHaveLength(RATE_LIMITS.passwordResetPerAddress.limit);
  });

  it(`limits invitations to ${RATE_LIMITS.invitationsPerInviter.limit} per inviter, after the permission check`, async () => {
    const { owner, organization } = await createTenant(t);
    const send = jest.spyOn(t.app.get(Mailer), 'send');
    const total = RATE_LIMITS.invitationsPerInviter.limit + 5;
    const results = await Promise.all(
      Array.from({ length: total }, () =>
        owner.request(INVITE_MEMBER, {
          input: { organizationId: organization.id, email: uniqueEmail('invitee'), role: 'MEMBER' },
        }),
      ),
    );
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'ok');
    expect(codes.filter((c) => c === 'ok')).toHaveLength(RATE_LIMITS.invitationsPerInviter.limit);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(5);
    expect(send).toHaveBeenCalledTimes(RATE_LIMITS.invitationsPerInviter.limit);
    const [{ count }] = await t.dataSource.query(
      'SELECT count(*)::int AS count FROM invitation WHERE organization_id = $1',
      [organization.id],
    );
    expect(count).toBe(RATE_LIMITS.invitationsPerInviter.limit);
  });
});

describe('TRUST_PROXY', () => {
  let t: TestApp;
  beforeAll(async () => {
    // The test's requests come from loopback, which this setting does not trust.
    t = await startTestApp({ TRUST_PROXY: '203.0.113.0/24' });
  });
  afterAll(() => t.close());

  it('ignores X-Forwarded-For from a proxy it does not trust, so forged addresses share one limit', async () => {
    for (let i = 0; i < LOGIN_RATE_LIMIT.perAddress; i++) {
      const error = await t
        .client({ ip: `10.7.${i}.1` })
        .fail(SIGN_IN, { input: { email: uniqueEmail(), password: 'wrong password!' } });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const forged = await t
      .client({ ip: '10.7.200.1' })
      .fail(SIGN_IN, { input: { email: uniqueEmail(), password: 'wrong password!' } });
    expect(forged.extensions?.code).toBe('RATE_LIMITED');
  });
});
