import { performance } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { createApp } from '../src/bootstrap';
import { createRootLogger } from '../src/common/logging/logger';
import { AppConfig } from '../src/config/app-config';
import { createDataSource } from '../src/database/data-source';
import { PasswordHasher } from '../src/modules/auth/password-hasher';

/** The password every benchmark's seeded people share. */
export const BENCH_PASSWORD = 'password12';

export interface Stats {
  p50: number;
  p95: number;
  mean: number;
  max: number;
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  return { p50: at(0.5), p95: at(0.95), mean, max: sorted[sorted.length - 1] ?? NaN };
}

export async function timed(fn: () => Promise<unknown>, rounds: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

/** Requests per second with `concurrency` clients sending `total` requests between them. */
export async function throughput(fn: () => Promise<unknown>, total: number, concurrency: number): Promise<number> {
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < total) await fn();
    }),
  );
  return total / ((performance.now() - start) / 1000);
}

/**
 * The app's latency beside the floor's, interleaved so both series see the same machine (other
 * jobs, CPU frequency, caches), after a warm-up of each.
 */
export async function interleaved(
  appFn: () => Promise<unknown>,
  floorFn: () => Promise<unknown>,
  rounds: number,
): Promise<{ app: Stats; floor: Stats }> {
  await timed(appFn, 5);
  await timed(floorFn, 5);
  const appSamples: number[] = [];
  const floorSamples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    appSamples.push(...(await timed(appFn, 1)));
    floorSamples.push(...(await timed(floorFn, 1)));
  }
  return { app: stats(appSamples), floor: stats(floorSamples) };
}

/** Seeds a data set through its own connection, then ANALYZEs so the planner sees it. */
export async function seedAnalyzed<T>(
  url: string,
  seed: (dataSource: DataSource, passwordHash: string) => Promise<T>,
): Promise<{ seeded: T; seedMs: number }> {
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  const start = performance.now();
  try {
    const seeded = await seed(dataSource, await new PasswordHasher().hash(BENCH_PASSWORD));
    await dataSource.query('ANALYZE');
    return { seeded, seedMs: performance.now() - start };
  } finally {
    await dataSource.destroy();
  }
}

/** The real app over HTTP on a free port (development settings, quiet log). */
export async function serveApp(url: string): Promise<{ app: INestApplication; base: string }> {
  const config = AppConfig.fromEnv({ NODE_ENV: 'development', PORT: '0', LOG_LEVEL: 'error' });
  const app = await createApp(config, url, createRootLogger('error'));
  await app.listen(0, '127.0.0.1');
  return { app, base: `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}` };
}

/** Signs a seeded person in and returns their session cookie (`name=value`). */
export async function signInCookie(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation ($input: SignInInput!) { signIn(input: $input) { id } }`,
      variables: { input: { email, password: BENCH_PASSWORD } },
    }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`could not sign ${email} in: ${await res.text()}`);
  return cookie;
}

/**
 * One GraphQL request as a function, failing on any error; `last` holds the latest response's
 * size and SQL statement count (the app reports it with SQL_STATEMENT_COUNTS set).
 */
export function graphqlRequest(base: string, cookie: string, query: string, variables?: unknown) {
  const last = { bytes: 0, statements: 0 };
  const send = async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    last.bytes = text.length;
    const body = JSON.parse(text) as { errors?: unknown; extensions?: { sqlStatements?: number } };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    last.statements = body.extensions?.sqlStatements ?? 0;
  };
  return { send, last };
}

export const fmt = (n: number) => n.toFixed(1).padStart(8);

export function runBench(main: () => Promise<void>): void {
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
    process.exit(1);
  });
}
