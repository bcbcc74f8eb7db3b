import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { type AppConfig, REPO_ROOT } from '../../config/app-config';

/** Where the page's scripts and stylesheet are served from (this origin, never a CDN). */
export const GRAPHIQL_ASSETS_PATH = '/graphql/graphiql-assets';

/**
 * The files of the page, from the API's development dependencies: GraphiQL 3's browser bundle and
 * the React 18 browser builds it runs on (React 19, the app's React, ships no browser build).
 */
const ASSETS: Record<string, { module: string; file: string; type: string }> = {
  'react.js': { module: 'react18', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { module: 'react-dom18', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { module: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { module: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
  'start.js': { module: '', file: '', type: 'text/javascript' },
};

/** Mounts the editor on the page; a file rather than inline script, so a strict CSP allows it. */
const START_SCRIPT = `ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher: GraphiQL.createFetcher({ url: '/graphql', subscriptionUrl: location.origin.replace(/^http/, 'ws') + '/graphql' }),
    defaultEditorToolsVisibility: true,
  }),
);
`;

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>OpenHuddle GraphiQL (development)</title>
    <link rel="stylesheet" href="${GRAPHIQL_ASSETS_PATH}/graphiql.css" />
    <style>body { margin: 0; } #graphiql { height: 100vh; }</style>
  </head>
  <body>
    <div id="graphiql">Loading GraphiQL…</div>
    <script src="${GRAPHIQL_ASSETS_PATH}/react.js"></script>
    <script src="${GRAPHIQL_ASSETS_PATH}/react-dom.js"></script>
    <script src="${GRAPHIQL_ASSETS_PATH}/graphiql.js"></script>
    <script src="${GRAPHIQL_ASSETS_PATH}/start.js"></script>
  </body>
</html>
`;

/**
 * `file` in the installed folder of `module` (an alias such as react18 resolves to a folder named
 * after the real package, whose package.json may not export itself): the nearest package.json up.
 */
function assetFile(module: string, file: string): string {
  // Resolved from the API package (this file runs as CommonJS and, under Jest, as an ES module).
  const resolve = createRequire(path.join(REPO_ROOT, 'apps', 'api', 'package.json')).resolve;
  let dir = path.dirname(resolve(module));
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return path.join(dir, file);
}

/**
 * Development only: GraphiQL at GET /graphql (a browser asking for HTML), every file from
 * node_modules, so it works offline. Production serves nothing here (and has no such dependencies).
 */
export function serveGraphiql(app: NestExpressApplication, config: AppConfig): void {
  if (config.isProduction) return;
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET') return next();
    if (req.path === '/graphql' && (req.headers.accept ?? '').includes('text/html')) {
      return void res.type('html').send(PAGE);
    }
    if (!req.path.startsWith(`${GRAPHIQL_ASSETS_PATH}/`)) return next();
    const asset = ASSETS[req.path.slice(GRAPHIQL_ASSETS_PATH.length + 1)];
    if (!asset) return void res.status(404).end();
    res.type(asset.type);
    if (!asset.module) return void res.send(START_SCRIPT);
    // pnpm installs under node_modules/.pnpm, which `send` would refuse as a dotfile.
    res.sendFile(assetFile(asset.module, asset.file), { dotfiles: 'allow' }, (error) => error && next(error));
  });
}
