import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startTestApp, type TestApp } from './test-app';

/** A built web app as Vite lays it out: index.html, hashed assets, and a stray source map. */
function fakeWebDist(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openhuddle-web-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/index-AbC123.js"></script></head><body><div id="root"></div></body></html>',
  );
  fs.writeFileSync(path.join(dir, 'assets', 'index-AbC123.js'), `console.log(${JSON.stringify('x'.repeat(5000))});`);
  fs.writeFileSync(path.join(dir, 'assets', 'index-AbC123.js.map'), '{"version":3,"sources":["src/main.tsx"]}');
  fs.writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}

const gql = (baseUrl: string) =>
  fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
    body: JSON.stringify({ query: '{ me { id } }' }),
  });

function expectSecurityHeaders(res: Response, { hsts }: { hsts: boolean }) {
  const csp = res.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('x-frame-options')).toBe('DENY');
  expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  if (hsts) expect(res.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
  else expect(res.headers.get('strict-transport-security')).toBeNull();
  expect(res.headers.get('x-powered-by')).toBeNull();
}

describe('security headers in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      NODE_ENV: 'production',
      WEB_DIST_DIR: fakeWebDist(),
      PUBLIC_URL: 'https://huddle.example.org',
    });
  });
  afterAll(() => t.close());

  it('sends a strict CSP, nosniff, no framing, a referrer policy and HSTS on pages and /graphql', async () => {
    for (const url of ['/', '/orgs/lincoln/cohorts/x', '/sign-in']) {
      const res = await fetch(`${t.baseUrl}${url}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<div id="root">');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expectSecurityHeaders(res, { hsts: true });
      expect(res.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
    }
    const api = await gql(t.baseUrl);
    expect(api.status).toBe(200);
    expectSecurityHeaders(api, { hsts: true });
  });

  it('caches hashed assets for a year, compresses text and never serves source maps', async () => {
    const asset = await fetch(`${t.baseUrl}/assets/index-AbC123.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect(await asset.text()).toContain('xxxx');
    expect((await fetch(`${t.baseUrl}/assets/index-AbC123.js.map`)).status).toBe(404);
    // A missing asset is a 404, not the app's HTML served as a script.
    const missing = await fetch(`${t.baseUrl}/assets/gone-XyZ.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
    expect((await fetch(`${t.baseUrl}/favicon.svg`)).headers.get('cache-control')).toBe('public, max-age=3600');
  });
});

describe('security headers outside production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('keeps the strict CSP on the API but lets GraphiQL run its inline script; no HSTS on localhost', async () => {
    expectSecurityHeaders(await gql(t.baseUrl), { hsts: false });
    const graphiql = await fetch(`${t.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
    expect(graphiql.status).toBe(200);
    expect(graphiql.headers.get('content-security-policy')).toBeNull();
    expect(graphiql.headers.get('x-frame-options')).toBe('DENY');
  });
});
