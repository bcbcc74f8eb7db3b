import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { AppModule } from './app.module';
import { runWithStatementCounter } from './common/database/statement-counter';
import { PinoNestLogger } from './common/logging/logger';
import type { AppConfig } from './config/app-config';

/** Paths the API owns; everything else under GET is the web app in production. */
const API_PATHS = ['/graphql', '/healthz', '/readyz', '/api/'];

/** Builds the Nest application (not yet listening). Shared by main, tests and tools. */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  logger: Logger,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, databaseUrl, logger }), {
    logger: new PinoNestLogger(logger),
    bodyParser: true,
  });
  // Express's 100 kB default is below a valid contribution (50,000 characters, up to 4 bytes each in
  // UTF-8), which was refused with an untyped 413 before GraphQL could name the field.
  app.useBodyParser('json', { limit: '1mb' });
  app.use('/graphql', graphqlBodyTooLarge);
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const id = (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
    }),
  );
  app.use('/graphql', (_req: Request, _res: Response, next: NextFunction) => runWithStatementCounter(next));
  serveWebApp(app, config, logger);
  return app;
}

/** A body over the limit is still answered as GraphQL, with a code (PRODUCT.md rule 6). */
function graphqlBodyTooLarge(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  if ((error as { type?: string } | null)?.type !== 'entity.too.large') return next(error);
  res.status(413).json({
    errors: [{ message: 'This request is too large (at most 1 MB).', extensions: { code: 'BAD_USER_INPUT' } }],
  });
}

function serveWebApp(app: NestExpressApplication, config: AppConfig, logger: Logger): void {
  const index = path.join(config.webDistDir, 'index.html');
  if (!config.isProduction || !fs.existsSync(index)) return;
  logger.info({ dir: config.webDistDir }, 'serving the web app');
  app.use(express.static(config.webDistDir, { index: false, maxAge: '1h' }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PATHS.some((p) => req.path.startsWith(p))) return next();
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
}
