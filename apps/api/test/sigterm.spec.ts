import type { ChildProcess } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import * as http from 'node:http';
import { GqlClient } from './gql-client';
import { MailCatcher } from './mail-catcher';
import { signUp } from './factories';
import { startServerProcess } from './server-process';
import { createTestDatabase } from './test-database';

const ME = JSON.stringify({ query: '{ me { id } }' });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** POST /graphql whose body's second half is sent when `release` resolves. */
function slowRequest(baseUrl: string, cookie: string, release: Promise<unknown>) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(ME), cookie },
    });
    req.on('response', (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.write(ME.slice(0, 10));
    void release.then(() => req.end(ME.slice(10)));
  });
}

/**
 * The real server process (src/main.ts, not in test mode, where Apollo Server would install its
 * own SIGTERM handler) receiving SIGTERM while requests are in flight.
 */
describe('SIGTERM on the server process', () => {
  let child: ChildProcess | undefined;
  let database: { url: string; drop(): Promise<void> };
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    if (child?.exitCode === null) child.kill('SIGKILL');
    await database.drop();
  });

  it('finishes in-flight requests, then exits 0', async () => {
    const mailbox = await MailCatcher.start();
    const server = await startServerProcess({
      databaseUrl: database.url,
      smtpUrl: mailbox.url,
      dataDir: path.join(os.tmpdir(), `openhuddle-sigterm-${process.pid}`),
    });
    child = server.child;
    const { baseUrl, exited } = server;
    expect(server.output()).toContain('OpenHuddle is running');

    const client = new GqlClient(baseUrl, undefined, mailbox);
    const person = await signUp(client);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const inFlight = [0, 1, 2].map(() => slowRequest(baseUrl, client.cookie!, released));
    await sleep(300);

    child.kill('SIGTERM');
    await sleep(1_000);
    await expect(fetch(`${baseUrl}/healthz`)).rejects.toThrow(); // stopped accepting
    release();

    const answers = await Promise.all(
      inFlight.map((p) => p.catch((e: Error) => ({ status: 0, body: JSON.stringify(e.message) }))),
    );
    for (const answer of answers) {
      expect({ status: answer.status, body: JSON.parse(answer.body) }).toEqual({
        status: 200,
        body: { data: { me: { id: person.id } }, extensions: expect.anything() },
      });
    }
    expect(await exited).toBe(0);
    await mailbox.close();
  }, 120_000);
});
