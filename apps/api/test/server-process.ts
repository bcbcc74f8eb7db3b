import { type ChildProcess, spawn } from 'node:child_process';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../src/config/app-config';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  child: ChildProcess;
  baseUrl: string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  output(): string;
}

/**
 * The real server process (src/main.ts, not in test mode, where Apollo Server would install its
 * own signal handlers), started on a free port and awaited until it says it is running.
 */
export async function startServerProcess(options: {
  databaseUrl: string;
  smtpUrl: string;
  dataDir?: string;
}): Promise<ServerProcess> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: path.join(REPO_ROOT, 'apps', 'api'),
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'development',
      DATABASE_URL: options.databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: baseUrl,
      SEED_DEMO: 'false',
      SMTP_URL: options.smtpUrl,
      LOG_LEVEL: 'warn',
      DATA_DIR: options.dataDir ?? path.join(os.tmpdir(), `openhuddle-process-${process.pid}-${port}`),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  for (let i = 0; i < 900 && !output.includes('OpenHuddle is running'); i++) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`server exited early:\n${output}`);
    await sleep(100);
  }
  if (!output.includes('OpenHuddle is running')) {
    child.kill('SIGKILL');
    throw new Error(`server did not start:\n${output}`);
  }
  return { child, baseUrl, exited, output: () => output };
}
