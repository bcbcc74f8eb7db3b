import { createTenant, INVITE_MEMBER, PASSWORD, signUp, tokenOf, uniqueEmail } from './factories';
import { captureLogs } from './log-capture';
import { startTestApp, type TestApp } from './test-app';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { id } }`;
const REQUEST_RESET = `mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
const RESET = `mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) { id } }`;
const ME = `query { me { id } }`;
const NEW_PASSWORD = 'a fresh secret phrase';

/** PRODUCT rule 7: logs carry no session token, reset or invitation link, nor password. */
describe('what the logs say', () => {
  const logs = captureLogs('trace');
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, undefined, { logger: logs.logger });
  });
  afterAll(() => t.close());

  it('never writes a session token, reset or invitation token, or password over a whole journey', async () => {
    const email = uniqueEmail();
    await signUp(t.client(), { email });
    const signedIn = t.client();
    await signedIn.ok(SIGN_IN, { input: { email, password: PASSWORD } });
    await signedIn.ok(ME);
    const sessionToken = signedIn.cookie!.split('=')[1];

    await t.client().ok(REQUEST_RESET, { input: { email } });
    const resetToken = (await t.mailbox.link(email, '/reset-password')).searchParams.get('token')!;
    const resetClient = t.client();
    await resetClient.ok(RESET, { input: { token: resetToken, newPassword: NEW_PASSWORD } });
    const resetSession = resetClient.cookie!.split('=')[1];

    const tenant = await createTenant(t);
    const { inviteMember } = await tenant.owner.ok(INVITE_MEMBER, {
      input: { organizationId: tenant.organization.id, email: uniqueEmail(), role: 'MEMBER' },
    });
    const invitationToken = tokenOf(inviteMember.acceptUrl);
    // Links opened in a browser reach the server as URLs: they are logged without their token.
    await fetch(`${t.baseUrl}/invitations/${invitationToken}`, { headers: { cookie: signedIn.cookie! } });
    await fetch(`${t.baseUrl}/reset-password?token=${resetToken}`, {
      headers: { authorization: `Bearer ${sessionToken}` },
    });

    const confirmationToken = (await t.mailbox.link(email, '/verify-email')).searchParams.get('token')!;
    const secrets = {
      sessionToken,
      resetSession,
      resetToken,
      invitationToken,
      confirmationToken,
      PASSWORD,
      NEW_PASSWORD,
    };
    for (const secret of Object.values(secrets)) expect(secret.length).toBeGreaterThan(8);
    const all = logs.lines.join('\n');
    for (const [name, secret] of Object.entries(secrets)) {
      expect({ name, leaked: all.includes(secret) }).toEqual({ name, leaked: false });
    }

    // The capture did see those requests, with their secrets censored.
    const records = logs.records();
    expect(records.some((r) => r.req?.headers?.cookie === '[Redacted]')).toBe(true);
    expect(records.some((r) => r.res?.headers?.['set-cookie'] === '[Redacted]')).toBe(true);
    expect(records.some((r) => r.req?.url === '/invitations/[Redacted]')).toBe(true);
    expect(records.some((r) => r.req?.url === '/reset-password?token=[Redacted]')).toBe(true);
    // Sign-ups (owner and person), the reset and the invitation: that a message was queued, nothing of it.
    expect(records.filter((r) => r.event === 'mail').map((r) => r.msg)).toEqual(Array(4).fill('message queued'));
  });

  it('logs anonymous bad requests below error level, without stacks', async () => {
    const before = logs.lines.length;
    const anonymous = t.client();
    const post = (body: string) =>
      fetch(`${t.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const codes = [
      (await anonymous.fail(`mutation { signOut }`)).extensions?.code,
      (await anonymous.fail(`query { nope }`)).extensions?.code,
      (await anonymous.fail(`query { me { id `)).extensions?.code,
      (await anonymous.fail(SIGN_IN, { input: { email: 'not-an-email', password: 1 } })).extensions?.code,
      (await anonymous.fail(SIGN_IN, { input: { email: uniqueEmail(), password: 'wrong password!' } })).extensions
        ?.code,
      (await anonymous.fail(`query ($id: ID!) { organization(id: $id) { id } }`, { id: crypto.randomUUID() }))
        .extensions?.code,
    ];
    expect(codes).toEqual([
      'UNAUTHENTICATED',
      'GRAPHQL_VALIDATION_FAILED',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'UNAUTHENTICATED',
    ]);
    expect((await post('{"query": ')).status).toBe(400);
    expect((await fetch(`${t.baseUrl}/api/attachments/${crypto.randomUUID()}`)).status).toBe(401);
    expect((await fetch(`${t.baseUrl}/no/such/page`)).status).toBe(404);

    const written = logs.records().slice(before);
    expect(written.length).toBeGreaterThan(5);
    const loud = written.filter((r) => r.level >= 50 || r.err?.stack || r.stack);
    expect(loud).toEqual([]);
  });
});
