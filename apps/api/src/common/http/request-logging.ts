import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { redactUrl } from '../logging/redaction';

interface SerializedRequest {
  url?: string;
  query?: unknown;
  params?: unknown;
  [key: string]: unknown;
}

/**
 * One JSON line per request. Headers that carry secrets are censored by the root logger's
 * `redact`; URLs lose the tokens of invitation and reset links; the query string is already in
 * the URL, so its parsed copy is dropped rather than censored twice.
 */
export function requestLogger(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: (req, res) => {
      const id = (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
    serializers: {
      req: (req: SerializedRequest) => {
        const { query: _query, params: _params, ...rest } = req;
        return { ...rest, url: redactUrl(req.url) };
      },
    },
    customLogLevel: requestLogLevel,
  });
}

/** Refused requests are the user's business (info); only the server's own failures are errors. */
export function requestLogLevel(_req: IncomingMessage, res: ServerResponse, err?: Error): 'info' | 'warn' | 'error' {
  if (res.statusCode === 503) return 'warn';
  if (res.statusCode >= 500) return 'error';
  return err ? 'warn' : 'info';
}
