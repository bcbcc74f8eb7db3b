import compression from 'compression';
import type { Request, RequestHandler, Response } from 'express';

/**
 * Compresses text answers (HTML, JS, CSS, JSON, GraphQL). File downloads stay as stored: they are
 * already compressed media, and byte ranges must address the stored bytes.
 */
export function compressText(): RequestHandler {
  return compression({
    filter: (req: Request, res: Response) => !req.path.startsWith('/api/attachments') && compression.filter(req, res),
  });
}
