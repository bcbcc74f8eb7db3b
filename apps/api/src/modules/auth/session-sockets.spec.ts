import type { Client } from 'graphql-ws';
import { PASSWORD } from '../../../test/factories';
import { createCohortWorld, openPrompt, post } from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { subscribe, wsClientFor, type Subscription } from '../../../test/ws-client';
import { SOCKET_CLOSE_SIGNED_OUT } from '../../common/auth/socket-registry';

const ACTIVITY = `subscription ($cohortId: ID!) { cohortActivity(cohortId: $cohortId) { kind subjectId } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { id } }`;
const SIGN_OUT = `mutation { signOut }`;
const CHANGE_PASSWORD = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const ME = `query { me { email } }`;

/** A subscribed socket that remembers the code it was closed with. */
function openSocket(http: Parameters<typeof wsClientFor>[0], cohortId: string) {
  const client: Client = wsClientFor(http);
  let closedWith: number | null = null;
  const closed = new Promise<number>((resolve) =>
    client.on('closed', (event) => {
      closedWith = (event as { code: number }).code;
      resolve(closedWith);
    }),
  );
  const sub: Subscription<any> = subscribe(client, ACTIVITY, { cohortId });
  return { client, sub, closed, closedCode: () => closedWith };
}

const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));
/** The close code, or 'still open' after 5 s (so a regression fails fast instead of timing out). */
const within = (closed: Promise<number>) => Promise.race([closed, settle(5000).then(() => 'still open')]);

describe('ending a session ends its open WebSockets', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('sign-out closes the socket of that session with 4401 and nothing more is delivered; other sessions keep theirs', async () => {
    const world = await createCohortWorld(t, 2);
    const [member, author] = world.members;
    const prompt = await openPrompt(world.facilitator.client, world.cohortId, { revealRule: 'OPEN' });
    const email = (await member!.client.ok(ME)).me.email as string;
    const otherDevice = t.client();
    await otherDevice.ok(SIGN_IN, { input: { email, password: PASSWORD } });

    const thisOne = openSocket(member!.client, world.cohortId);
    const other = openSocket(otherDevice, world.cohortId);
    await settle();
    await post(author!.client, prompt, 'Before sign-out');
    await thisOne.sub.waitFor(1);
    await other.sub.waitFor(1);

    await member!.client.ok(SIGN_OUT);
    expect(await within(thisOne.closed)).toBe(SOCKET_CLOSE_SIGNED_OUT);
    await post(author!.client, prompt, 'After sign-out');
    await other.sub.waitFor(2);
    await settle();
    expect(thisOne.sub.events).toHaveLength(1);
    expect(other.closedCode()).toBeNull();
    await other.client.dispose();
  });

  it('a password change closes the sockets of the other sessions, not of the one changing it', async () => {
    const world = await createCohortWorld(t, 2);
    const [member, author] = world.members;
    const prompt = await openPrompt(world.facilitator.client, world.cohortId, { revealRule: 'OPEN' });
    const email = (await member!.client.ok(ME)).me.email as string;
    const phone = t.client();
    await phone.ok(SIGN_IN, { input: { email, password: PASSWORD } });

    const laptopSocket = openSocket(member!.client, world.cohortId);
    const phoneSocket = openSocket(phone, world.cohortId);
    await settle();
    await member!.client.ok(CHANGE_PASSWORD, {
      input: { currentPassword: PASSWORD, newPassword: 'a new secret here' },
    });
    expect(await within(phoneSocket.closed)).toBe(SOCKET_CLOSE_SIGNED_OUT);

    await post(author!.client, prompt, 'After the change');
    await laptopSocket.sub.waitFor(1);
    await settle();
    expect(phoneSocket.sub.events).toHaveLength(0);
    expect(laptopSocket.closedCode()).toBeNull();
    await laptopSocket.client.dispose();
  });

  it('a socket opened with a revoked cookie delivers nothing', async () => {
    const world = await createCohortWorld(t, 1);
    const replay = t.client();
    replay.cookie = world.members[0]!.client.cookie;
    await world.members[0]!.client.ok(SIGN_OUT);
    const socket = openSocket(replay, world.cohortId);
    await expect(socket.sub.waitFor(1, 3000)).rejects.toThrow(/UNAUTHENTICATED|Please sign in/);
    await socket.client.dispose();
  });
});
