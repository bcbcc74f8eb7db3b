import { type ChildProcess, spawn } from 'node:child_process';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../src/config/app-config';
import { GqlClient } from './gql-client';
import { MailCatcher } from './mail-catcher';
import { signUp } from './factories';
import { createTestDatabase } from './test-database';

const ME = JSON.stringify({ query: '{ me { id } }' });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

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
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
      cwd: path.join(REPO_ROOT, 'apps', 'api'),
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'development',
        DATABASE_URL: database.url,
        PORT: String(port),
        HOST: '127.0.0.1',
        PUBLIC_URL: baseUrl,
        SEED_DEMO: 'false',
        SMTP_URL: mailbox.url,
        LOG_LEVEL: 'warn',
        DATA_DIR: path.join(os.tmpdir(), `openhuddle-sigterm-${process.pid}`),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code)));
    for (let i = 0; i < 600 && !output.includes('OpenHuddle is running'); i++) {
      if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
      await sleep(100);
    }
    expect(output).toContain('OpenHuddle is running');

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
