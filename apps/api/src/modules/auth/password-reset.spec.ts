import { startTestApp, type TestApp } from '../../../test/test-app';
import { PASSWORD, signUp, uniqueEmail } from '../../../test/factories';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { id } }`;
const CHANGE_PASSWORD = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const REQUEST_RESET = `mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
const RESET = `mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) { id } }`;

describe('password reset links', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const asked = new Map<string, number>();
  async function requestLink(email: string): Promise<string> {
    await t.client().ok(REQUEST_RESET, { input: { email } });
    const count = (asked.get(email) ?? 0) + 1;
    asked.set(email, count);
    const link = await t.mailbox.link(email, '/reset-password', count);
    return link.searchParams.get('token')!;
  }

  async function expectRefused(token: string, email: string, currentPassword: string) {
    const error = await t.client().fail(RESET, { input: { token, newPassword: 'an attacker password' } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { token: expect.any(String) } });
    // Nothing changed: the current password still works, the attacker's does not.
    await t.client().ok(SIGN_IN, { input: { email, password: currentPassword } });
    const wrong = await t.client().fail(SIGN_IN, { input: { email, password: 'an attacker password' } });
    expect(wrong.extensions?.code).toBe('BAD_USER_INPUT');
  }

  it('a newer link makes older ones useless', async () => {
    const email = uniqueEmail();
    await signUp(t.client(), { email });
    const older = await requestLink(email);
    const newer = await requestLink(email);
    await expectRefused(older, email, PASSWORD);
    await t.client().ok(RESET, { input: { token: newer, newPassword: 'the newest password' } });
    await expectRefused(older, email, 'the newest password');
  });

  it('using a link makes every other link of the account useless', async () => {
    const email = uniqueEmail();
    await signUp(t.client(), { email });
    const older = await requestLink(email);
    // A link issued before the newer-link rule existed may still be pending next to a newer one.
    const [{ user_id: userId }] = await t.dataSource.query(
      `SELECT user_id FROM password_reset WHERE used_at IS NULL ORDER BY created_at DESC LIMIT 1`,
    );
    await t.dataSource.query(`UPDATE password_reset SET used_at = NULL WHERE user_id = $1`, [userId]);
    const newer = await requestLink(email);
    await t.dataSource.query(`UPDATE password_reset SET used_at = NULL WHERE user_id = $1`, [userId]);
    await t.client().ok(RESET, { input: { token: newer, newPassword: 'the newest password' } });
    await expectRefused(older, email, 'the newest password');
  });

  it('changing the password makes pending links useless', async () => {
    const email = uniqueEmail();
    const client = t.client();
    await signUp(client, { email });
    const link = await requestLink(email);
    await client.ok(CHANGE_PASSWORD, { input: { currentPassword: PASSWORD, newPassword: 'changed by its owner' } });
    await expectRefused(link, email, 'changed by its owner');
  });
});
