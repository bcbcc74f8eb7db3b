import { startTestApp, type TestApp } from '../../../test/test-app';
import { GRAPHIQL_ASSETS_PATH } from './graphiql-page';

async function page(app: TestApp): Promise<Response> {
  return fetch(`${app.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
}

describe('GraphiQL in development', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('serves a page whose scripts and stylesheets all come from this server, and every one loads', async () => {
    const response = await page(app);
    expect(response.status).toBe(200);
    const html = await response.text();
    const sources = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\bhref)="([^"]+)"/g)].map((match) => match[1]);
    expect(sources.length).toBe(5);
    // No CDN: nothing absolute (http:, https:, protocol-relative), all under our assets path.
    expect(sources.filter((src) => /^(https?:)?\/\//.test(src) || !src.startsWith(`${GRAPHIQL_ASSETS_PATH}/`))).toEqual(
      [],
    );
    for (const src of sources) {
      const asset = await fetch(`${app.baseUrl}${src}`);
      expect({ src, status: asset.status }).toEqual({ src, status: 200 });
      expect((await asset.text()).length).toBeGreaterThan(src.endsWith('start.js') ? 100 : 10_000);
    }
  });

  it('leaves GraphQL itself alone: a POST is still an operation', async () => {
    const response = await fetch(`${app.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await response.json()).toMatchObject({ data: { __typename: 'Query' } });
  });
});

describe('GraphiQL in production', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ NODE_ENV: 'production', JOBS_ENABLED: 'false' });
  });
  afterAll(() => app.close());

  it('is not served: no page and no assets', async () => {
    const response = await page(app);
    expect(await response.text()).not.toContain('GraphiQL');
    const asset = await fetch(`${app.baseUrl}${GRAPHIQL_ASSETS_PATH}/graphiql.js`);
    expect(asset.status).not.toBe(200);
    expect(await asset.text()).not.toContain('GraphiQL');
  });
});
