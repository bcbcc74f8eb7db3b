import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
// The API tests' in-process SMTP server: the product's mail is read as a person would read it.
import { MailCatcher } from '../../apps/api/test/mail-catcher';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
const API_DIR = path.join(REPO_ROOT, 'apps', 'api');
const WEB_INDEX = path.join(REPO_ROOT, 'apps', 'web', 'dist', 'index.html');

export interface RunningProduct {
  url: string;
  /** The SMTP server the product sends to. */
  mailbox: MailCatcher;
  /** Everything the server printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts the real product as it runs in production: the API from source with NODE_ENV=production,
 * serving the built web app from apps/web/dist on one free port. Its data lives in a fresh temp
 * directory (its own embedded PostgreSQL with the demo organisation), or, when DATABASE_URL is
 * set, in a fresh database created on that server and dropped afterwards.
 */
export async function startProduct(options: { mail?: 'smtp' | 'outbox' } = {}): Promise<RunningProduct> {
  if (!fs.existsSync(WEB_INDEX)) {
    throw new Error(
      `${WEB_INDEX} is missing: run \`pnpm --filter @openhuddle/web build\` first (the test script does).`,
    );
  }
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'openhuddle-e2e-'));
  // mkdtemp makes the directory private (0700); as root, the API runs PostgreSQL as the `postgres`
  // user, which must be able to reach DATA_DIR/postgres inside it.
  fs.chmodSync(dataDir, 0o755);
  const database = process.env.DATABASE_URL ? await createDatabase(process.env.DATABASE_URL) : null;
  const mailbox = await MailCatcher.start();

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: url,
    DATA_DIR: dataDir,
    SEED_DEMO: 'true',
    // 'outbox': no SMTP server, as on a demo: mail stays in the admins' outbox.
    SMTP_URL: options.mail === 'outbox' ? '' : mailbox.url,
    LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
  };
  delete env.DATABASE_URL;
  if (database) env.DATABASE_URL = database.url;

  let output = '';
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: API_DIR,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    process.removeListener('exit', killOnExit);
    await terminate(child);
    await mailbox.close();
    if (database) await database.drop().catch(() => undefined);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitUntilReady(url, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, mailbox, output: () => output, stop };
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The API exited with code ${child.exitCode} before it was ready:\n${output()}`);
    }
    try {
      const res = await fetch(`${url}/readyz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The API was not ready after 120 s:\n${output()}`);
}

/** SIGTERM lets the API finish requests and stop its embedded PostgreSQL; SIGKILL if it hangs. */
async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
}

async function createDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `e2e_${randomBytes(6).toString('hex')}`;
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  const run = async (sql: string) => {
    const client = new Client({ connectionString: admin.toString() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
