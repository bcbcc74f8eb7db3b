/**
 * What never reaches a log line (PRODUCT rule 7): session cookies, credentials, tokens and passwords,
 * wherever pino-http, GraphQL variables or an error object put them.
 */
export const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["proxy-authorization"]',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  'headers.cookie',
  'headers.authorization',
  // TypeORM's QueryFailedError carries the statement's parameters (token hashes, password hashes).
  'err.parameters',
  'err.driverError.parameters',
  ...['password', 'currentPassword', 'newPassword', 'token', 'sessionToken', 'link', 'acceptUrl'].flatMap((key) => [
    key,
    `*.${key}`,
    `*.*.${key}`,
    `variables.*.${key}`,
  ]),
];

/** Links we hand out carry their secret in the path or the query: `/invitations/<token>`, `?token=`. */
export function redactUrl(url: string | undefined): string | undefined {
  if (!url) return url;
  return url
    .replace(/(\/invitations\/)[^/?#]+/gi, '$1[Redacted]')
    .replace(/([?&](?:token|code|password|key|secret)=)[^&#]*/gi, '$1[Redacted]');
}
