import * as fs from 'node:fs';
import { isIP } from 'node:net';
import * as path from 'node:path';

export type NodeEnv = 'development' | 'production' | 'test';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

/** The workspace root (holding pnpm-workspace.yaml), found from the working directory. */
export const REPO_ROOT = findRepoRoot(process.cwd());

function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (path.dirname(dir) === dir) return from;
  }
}

/**
 * The one validated configuration of the API. Read once at boot from the environment;
 * every bad variable is reported together so a misconfigured deploy fails fast and clearly.
 */
export class AppConfig {
  readonly nodeEnv: NodeEnv;
  readonly port: number;
  readonly host: string;
  /** Unset: the API starts an embedded PostgreSQL in `dataDir/postgres`. */
  readonly databaseUrl?: string;
  readonly dataDir: string;
  /** Built web app served from the API's port in production. */
  readonly webDistDir: string;
  /** Base URL used in links we hand out (invitations, password resets). */
  readonly publicUrl: string;
  readonly logLevel: string;
  /** Load the demo organisation on first start of an empty database. */
  readonly seedDemo: boolean;
  /** Set: real-time events go through Redis so several API processes share them. */
  readonly redisUrl?: string;
  /** Cookies need `Secure` behind HTTPS. */
  readonly secureCookies: boolean;
  /**
   * Express 'trust proxy': which proxies' X-Forwarded-For is believed for the client address
   * (rate limits and sessions key on it). A hop count, or names (loopback, linklocal,
   * uniquelocal), addresses and CIDRs. Default loopback: only a proxy on this machine.
   */
  readonly trustProxy: number | string[];
  /**
   * GRAPHQL_INTROSPECTION: the schema can be read by introspection and errors suggest field names.
   * Off by default in production, where only our own web app (built from the committed schema) calls.
   */
  readonly graphqlIntrospection: boolean;
  /**
   * SMTP_URL (smtp:// or smtps://, credentials in the URL): where email goes. Unset: messages stay
   * in the in-app outbox that organisation admins can read (development, demos).
   */
  readonly smtpUrl?: string;
  /** MAIL_FROM: the From of every message, e.g. `OpenHuddle <no-reply@school.example>`. */
  readonly mailFrom: string;
  /** JOBS_ENABLED: this process works background jobs (reminders). Default on, off under NODE_ENV=test. */
  readonly jobsEnabled: boolean;
  /** JOB_TIMEOUT_SECONDS: a job still active after this long is taken to have crashed and is retried. */
  readonly jobTimeoutSeconds: number;
  /** JOB_RETRY_SECONDS: the first retry's delay; later retries back off exponentially. */
  readonly jobRetryDelaySeconds: number;
  /** BRIEF_READY_HOURS: how long before a huddle starts its members hear that the brief is ready. */
  readonly briefReadyHours: number;
  /** SIGN_UP: `open` (anyone may create an account) or `invite-only` (only people holding an invitation). */
  readonly signUp: 'open' | 'invite-only';
  /**
   * ORGANIZATION_CREATION: who may create organisations here — `anyone` signed in, `admins`
   * (people who already own or administer an organisation, e.g. a district's IT), or `none`.
   */
  readonly organizationCreation: 'anyone' | 'admins' | 'none';
  /**
   * SSO_SECRET_KEY: the key identity providers' client secrets are sealed with at rest (any long
   * random string). Unset: a key generated once in `dataDir/sso-secret.key`; several processes
   * must then share that directory, or set the variable.
   */
  readonly ssoSecretKey?: string;
  /**
   * SQL_STATEMENT_COUNTS: each GraphQL answer carries `extensions.sqlStatements` (tests, benchmarks).
   * Default off in production: counting keeps an async context per request, which costs CPU there.
   */
  readonly countSqlStatements: boolean;

  constructor(values: Omit<AppConfig, 'isProduction'>) {
    Object.assign(this, values);
  }

  get isProduction(): boolean {
    return this.nodeEnv === 'production';
  }

  static fromEnv(env: NodeJS.ProcessEnv = process.env, overrides: Partial<AppConfig> = {}): AppConfig {
    const problems: string[] = [];
    const nodeEnv = (env.NODE_ENV ?? 'development') as NodeEnv;
    if (!['development', 'production', 'test'].includes(nodeEnv)) {
      problems.push(`NODE_ENV must be development, production or test (got "${env.NODE_ENV}")`);
    }
    const port = Number(env.PORT ?? 3000);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      problems.push(`PORT must be a port number (got "${env.PORT}")`);
    }
    const databaseUrl = env.DATABASE_URL || undefined;
    if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
      problems.push('DATABASE_URL must start with postgres:// or postgresql://');
    }
    const publicUrl = env.PUBLIC_URL ?? `http://localhost:${port}`;
    if (!/^https?:\/\/[^\s]+$/.test(publicUrl)) {
      problems.push(`PUBLIC_URL must be an http(s) URL (got "${publicUrl}")`);
    }
    const logLevel = env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'warn' : 'info');
    if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
      problems.push(`LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent`);
    }
    const redisUrl = env.REDIS_URL || undefined;
    if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) problems.push('REDIS_URL must start with redis:// or rediss://');
    const trustProxy = parseTrustProxy(env.TRUST_PROXY, problems);
    const seedDemo = parseBool(env.SEED_DEMO, !databaseUrl, 'SEED_DEMO', problems);
    const graphqlIntrospection = parseBool(
      env.GRAPHQL_INTROSPECTION,
      nodeEnv !== 'production',
      'GRAPHQL_INTROSPECTION',
      problems,
    );
    const smtpUrl = env.SMTP_URL || undefined;
    if (smtpUrl && !/^smtps?:\/\/[^\s]+$/.test(smtpUrl)) problems.push('SMTP_URL must start with smtp:// or smtps://');
    const mailFrom =
      env.MAIL_FROM ??
      `OpenHuddle <no-reply@${new URL(/^https?:\/\//.test(publicUrl) ? publicUrl : 'http://localhost').hostname}>`;
    if (!/^([^<>]*<)?[^\s@<>]+@[^\s@<>]+>?$/.test(mailFrom.trim())) {
      problems.push('MAIL_FROM must be an address, optionally with a name: `OpenHuddle <no-reply@school.example>`');
    }
    const jobsEnabled = parseBool(env.JOBS_ENABLED, nodeEnv !== 'test', 'JOBS_ENABLED', problems);
    const jobTimeoutSeconds = parseWhole(env.JOB_TIMEOUT_SECONDS, 60, [1, 3600], 'JOB_TIMEOUT_SECONDS', problems);
    const jobRetryDelaySeconds = parseWhole(env.JOB_RETRY_SECONDS, 30, [1, 3600], 'JOB_RETRY_SECONDS', problems);
    const briefReadyHours = parseWhole(env.BRIEF_READY_HOURS, 24, [1, 336], 'BRIEF_READY_HOURS', problems);
    const signUp = parseChoice(env.SIGN_UP, ['open', 'invite-only'] as const, 'SIGN_UP', problems);
    const organizationCreation = parseChoice(
      env.ORGANIZATION_CREATION,
      ['anyone', 'admins', 'none'] as const,
      'ORGANIZATION_CREATION',
      problems,
    );
    const ssoSecretKey = env.SSO_SECRET_KEY || undefined;
    if (ssoSecretKey && ssoSecretKey.length < 32) problems.push('SSO_SECRET_KEY must be at least 32 characters');
    const countSqlStatements = parseBool(
      env.SQL_STATEMENT_COUNTS,
      nodeEnv !== 'production',
      'SQL_STATEMENT_COUNTS',
      problems,
    );
    if (problems.length) throw new ConfigError(problems);
    return new AppConfig({
      countSqlStatements,
      nodeEnv,
      port,
      host: env.HOST ?? '0.0.0.0',
      databaseUrl,
      dataDir: path.resolve(env.DATA_DIR ?? path.join(REPO_ROOT, '.data')),
      webDistDir: path.resolve(env.WEB_DIST_DIR ?? path.join(REPO_ROOT, 'apps', 'web', 'dist')),
      publicUrl: publicUrl.replace(/\/$/, ''),
      logLevel,
      seedDemo,
      redisUrl,
      secureCookies: publicUrl.startsWith('https://'),
      trustProxy,
      graphqlIntrospection,
      smtpUrl,
      mailFrom: mailFrom.trim(),
      jobsEnabled,
      jobTimeoutSeconds,
      jobRetryDelaySeconds,
      briefReadyHours,
      signUp,
      organizationCreation,
      ssoSecretKey,
      ...overrides,
    });
  }
}

function parseBool(value: string | undefined, fallback: boolean, name: string, problems: string[]): boolean {
  if (value === undefined || value === '') return fallback;
  if (['1', 'true', 'yes'].includes(value)) return true;
  if (['0', 'false', 'no'].includes(value)) return false;
  problems.push(`${name} must be true or false (got "${value}")`);
  return fallback;
}

/** One of `choices`; the first is the default. */
function parseChoice<T extends string>(
  value: string | undefined,
  choices: readonly [T, ...T[]],
  name: string,
  problems: string[],
): T {
  if (value === undefined || value === '') return choices[0];
  if ((choices as readonly string[]).includes(value)) return value as T;
  problems.push(`${name} must be one of ${choices.join(', ')} (got "${value}")`);
  return choices[0];
}

function parseWhole(
  value: string | undefined,
  fallback: number,
  [min, max]: [number, number],
  name: string,
  problems: string[],
): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  problems.push(`${name} must be a whole number from ${min} to ${max} (got "${value}")`);
  return fallback;
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * TRUST_PROXY: a hop count ("1") or a comma-separated list of names, addresses and CIDRs.
 * "true" (trust everyone) is refused: any client could then pick its own address and walk
 * around every per-address limit.
 */
function parseTrustProxy(value: string | undefined, problems: string[]): number | string[] {
  if (value === undefined || value.trim() === '') return ['loopback'];
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const entries = value.split(',').map((entry) => entry.trim());
  const bad = entries.filter((entry) => !PROXY_NAMES.includes(entry) && !isAddressOrCidr(entry));
  if (bad.length || !entries.length) {
    problems.push(
      `TRUST_PROXY must be a hop count or a comma-separated list of loopback, linklocal, uniquelocal, addresses and CIDRs (bad: "${bad.join('", "')}")`,
    );
  }
  return entries;
}

function isAddressOrCidr(entry: string): boolean {
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address ?? '');
  if (!family || rest.length) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d+$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}
