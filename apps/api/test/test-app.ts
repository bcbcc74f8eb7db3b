import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { createApp } from '../src/bootstrap';
import { createRootLogger } from '../src/common/logging/logger';
import { AppConfig } from '../src/config/app-config';
import { GqlClient } from './gql-client';
import { MailCatcher } from './mail-catcher';
import { createTestDatabase } from './test-database';

export interface TestApp {
  app: NestExpressApplication;
  baseUrl: string;
  dataSource: DataSource;
  /**
   * A new HTTP client with its own cookie jar and, unless given, its own address (one browser,
   * one person), so per-address rate limits count each test person separately.
   */
  client(options?: { ip?: string }): GqlClient;
  /** The SMTP server this app sends to (unless the test chose the outbox: `{ mail: 'outbox' }`). */
  mailbox: MailCatcher;
  close(): Promise<void>;
}

/** The real API over real HTTP on a random port, against its own fresh database. */
export async function startTestApp(
  env: NodeJS.ProcessEnv = {},
  shared?: { databaseUrl: string },
  options: { logger?: Logger; mail?: 'smtp' | 'outbox' } = {},
): Promise<TestApp & { databaseUrl: string }> {
  // Apps sharing a database share its mail server: whichever process delivers, the mail arrives.
  const sharedMailbox = shared ? MAILBOXES.get(shared.databaseUrl) : undefined;
  const mailbox = sharedMailbox ?? (await MailCatcher.start());
  // A second instance can share the first one's database (scale-out tests).
  const database = shared ? { url: shared.databaseUrl, drop: async () => undefined } : await createTestDatabase();
  if (!sharedMailbox) MAILBOXES.set(database.url, mailbox);
  const config = AppConfig.fromEnv({
    NODE_ENV: 'test',
    PORT: '0',
    PUBLIC_URL: 'http://localhost:5173',
    SMTP_URL: options.mail === 'outbox' ? '' : mailbox.url,
    ...env,
  });
  const logger = options.logger ?? createRootLogger(process.env.LOG_LEVEL ?? 'silent');
  const app = await createApp(config, database.url, logger);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    databaseUrl: database.url,
    app,
    baseUrl,
    dataSource: app.get(DataSource),
    client: (options) => new GqlClient(baseUrl, options?.ip ?? nextClientAddress(), mailbox),
    mailbox,
    close: async () => {
      await app.close();
      if (!sharedMailbox) {
        MAILBOXES.delete(database.url);
        await mailbox.close();
      }
      await database.drop();
    },
  };
}

const MAILBOXES = new Map<string, MailCatcher>();

let clientCount = 0;

/** 198.18.0.0/15 is reserved for benchmarks: never a real client, never one a test names. */
function nextClientAddress(): string {
  clientCount = (clientCount + 1) % 131072;
  return `198.${18 + (clientCount >> 16)}.${(clientCount >> 8) & 255}.${clientCount & 255}`;
}
