import * as fs from 'node:fs';
import * as path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import type { AppConfig } from '../../config/app-config';

/** Paths the API owns; everything else under GET is the web app in production. */
const API_PATHS = ['/graphql', '/healthz', '/readyz', '/api/'];

/**
 * In production the API serves the built web app: hashed assets cached for a year, other files
 * (favicon…) briefly, index.html always revalidated, and source maps never (they publish the source).
 */
export function serveWebApp(app: NestExpressApplication, config: AppConfig, logger: Logger): void {
  const index = path.join(config.webDistDir, 'index.html');
  if (!config.isProduction || !fs.existsSync(index)) return;
  logger.info({ dir: config.webDistDir }, 'serving the web app');
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.path.endsWith('.map')) return void res.status(404).end();
    next();
  });
  app.use(
    '/assets',
    express.static(path.join(config.webDistDir, 'assets'), {
      index: false,
      // Vite names built assets by content hash, so a name never changes meaning:
      // `Cache-Control: public, max-age=31536000, immutable`. A missing asset is a 404, not index.html.
      fallthrough: false,
      immutable: true,
      maxAge: '1y',
    }),
  );
  app.use(express.static(config.webDistDir, { index: false, maxAge: '1h' }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PATHS.some((p) => req.path.startsWith(p))) return next();
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
}
