import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { AppModule } from './app.module';
import { runWithStatementCounter } from './common/database/statement-counter';
import { graphqlBodyErrors, JSON_BODY_LIMIT_BYTES } from './common/http/body-limits';
import { compressText } from './common/http/compression';
import { InFlightRequests } from './common/http/graceful-shutdown';
import { requestLogger } from './common/http/request-logging';
import { securityHeaders } from './common/http/security-headers';
import { serveWebApp } from './common/http/web-app';
import { PinoNestLogger } from './common/logging/logger';
import type { AppConfig } from './config/app-config';
import { serveGraphiql } from './modules/graphiql/graphiql-page';

const IN_FLIGHT = new WeakMap<NestExpressApplication, InFlightRequests>();

/** The in-flight request counter of an app made by `createApp` (for graceful shutdown). */
export function inFlightRequestsOf(app: NestExpressApplication): InFlightRequests {
  const inFlight = IN_FLIGHT.get(app);
  if (!inFlight) throw new Error('not an app made by createApp');
  return inFlight;
}

/** Builds the Nest application (not yet listening). Shared by main, tests and tools. */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  logger: Logger,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, databaseUrl, logger }), {
    logger: new PinoNestLogger(logger),
    // Parsers are registered below, with a limit derived from the product's field limits.
    bodyParser: false,
  });
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  const inFlight = new InFlightRequests();
  IN_FLIGHT.set(app, inFlight);
  app.use(inFlight.middleware);
  app.use(requestLogger(logger));
  app.use(securityHeaders(config));
  app.use(compressText());
  app.use(express.json({ limit: JSON_BODY_LIMIT_BYTES }));
  app.use(express.urlencoded({ extended: false, limit: JSON_BODY_LIMIT_BYTES }));
  app.use('/graphql', graphqlBodyErrors);
  // Only where answers report their SQL count (tests, benchmarks): not a per-request async context in production.
  if (config.countSqlStatements)
    app.use('/graphql', (_req: Request, _res: Response, next: NextFunction) => runWithStatementCounter(next));
  serveGraphiql(app, config);
  serveWebApp(app, config, logger);
  return app;
}
