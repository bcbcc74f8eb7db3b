import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { SOCKET_CLOSE_SIGNED_OUT } from '../src/common/auth/socket-registry';
import { freePort } from '../src/database/embedded-postgres';
import { createCohortWorld, openPrompt, post } from './learning-factories';
import { startTestApp, type TestApp } from './test-app';
import { subscribe, wsClientFor } from './ws-client';

// Uses REDIS_URL when set, otherwise starts a throwaway redis-server if the machine has one.
const hasRedisServer = spawnSync('redis-server', ['--version']).status === 0;
const runs = !!process.env.REDIS_URL || hasRedisServer;

(runs ? describe : describe.skip)('scale-out: two API processes share real-time events through Redis', () => {
  let redis: ChildProcess | undefined;
  let a: TestApp & { databaseUrl: string };
  let b: TestApp;

  beforeAll(async () => {
    let url = process.env.REDIS_URL;
    if (!url) {
      const port = await freePort();
      redis = spawn('redis-server', [
        '--port',
        String(port),
        '--save',
        '',
        '--appendonly',
        'no',
        '--bind',
        '127.0.0.1',
      ]);
      await new Promise((r) => setTimeout(r, 300));
      url = `redis://127.0.0.1:${port}`;
    }
    a = await startTestApp({ REDIS_URL: url });
    b = await startTestApp({ REDIS_URL: url }, { databaseUrl: a.databaseUrl });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    redis?.kill();
  });

  it('delivers an event published on one instance to a subscriber connected to the other', async () => {
    const world = await createCohortWorld(a, 2);
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    // The peer's WebSocket goes to instance B, with the session cookie issued by A (same database).
    const peerOnB = b.client();
    peerOnB.cookie = world.members[1].client.cookie;
    const ws = wsClientFor(peerOnB);
    const feed = subscribe(
      ws,
      `subscription ($id: ID!) { cohortActivity(cohortId: $id) { kind contribution { body } } }`,
      {
        id: world.cohortId,
      },
    );
    await new Promise((r) => setTimeout(r, 500));
    await post(world.members[0].client, promptId, 'Published through A');
    const [event] = await feed.waitFor(1);
    expect(event.cohortActivity).toEqual({
      kind: 'CONTRIBUTION_PUBLISHED',
      contribution: { body: 'Published through A' },
    });
    await ws.dispose();
  });
  it('signing out through one process closes the session’s socket held by the other', async () => {
    const world = await createCohortWorld(a, 1);
    const member = world.members[0].client;
    const onB = b.client();
    onB.cookie = member.cookie;
    const ws = wsClientFor(onB);
    const closed = new Promise<number>((resolve) =>
      ws.on('closed', (event) => resolve((event as { code: number }).code)),
    );
    subscribe(ws, `subscription ($id: ID!) { cohortActivity(cohortId: $id) { kind } }`, { id: world.cohortId });
    await new Promise((r) => setTimeout(r, 500));
    await member.ok(`mutation { signOut }`);
    const code = await Promise.race([closed, new Promise((r) => setTimeout(() => r('still open'), 5000))]);
    expect(code).toBe(SOCKET_CLOSE_SIGNED_OUT);
  });
});
