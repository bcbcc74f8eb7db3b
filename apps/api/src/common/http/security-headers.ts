import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '../../config/app-config';

/**
 * The page may run only the app's own scripts (no inline script, no eval), talk only to its own
 * origin (HTTP and the subscription WebSocket), and never be framed.
 */
export function contentSecurityPolicy(config: AppConfig): Record<string, string[]> {
  const origin = new URL(config.publicUrl).origin;
  const wsOrigin = origin.replace(/^http/, 'ws');
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    // React sets style attributes through the DOM (allowed); stylesheets come from our origin.
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'media-src': ["'self'", 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", wsOrigin],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'worker-src': ["'self'", 'blob:'],
    'manifest-src': ["'self'"],
    ...(config.publicUrl.startsWith('https://') ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

/**
 * Security headers on every response (web app, /graphql, /api). HSTS only in production, where
 * the app is behind HTTPS; in development it would pin localhost to HTTPS for a year.
 */
export function securityHeaders(config: AppConfig): RequestHandler {
  const strict = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(config) },
    strictTransportSecurity: config.isProduction ? { maxAge: 31536000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    xFrameOptions: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
  });
  if (config.isProduction) return strict;
  // Outside production GraphiQL (GET /graphql, an HTML page) runs inline script and loads its
  // editor from a CDN; it is not served in production, so only there is its CSP left out.
  const relaxed = helmet({
    contentSecurityPolicy: false,
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    xFrameOptions: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
  });
  return (req: Request, res: Response, next: NextFunction) =>
    req.method === 'GET' && req.path === '/graphql' && (req.headers.accept ?? '').includes('text/html')
      ? relaxed(req, res, next)
      : strict(req, res, next);
}
