import { Client } from 'pg';
import { signUp } from './factories';
import { startTestApp, type TestApp } from './test-app';

const ME = `query { me { id } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { id } }`;

describe('when PostgreSQL is unreachable', () => {
  let t: TestApp & { databaseUrl: string };
  let admin: Client;
  const database = () => new URL(t.databaseUrl).pathname.slice(1);

  beforeAll(async () => {
    t = await startTestApp();
    admin = new Client({ connectionString: process.env.TEST_ADMIN_DATABASE_URL });
    await admin.connect();
  });
  afterAll(async () => {
    await admin.query(`ALTER DATABASE ${database()} ALLOW_CONNECTIONS true`);
    await admin.end();
    await t.close();
  });

  /** Cuts every connection of the app and refuses new ones (as a restarting or failed-over server does). */
  async function takeDatabaseDown() {
    await admin.query(`ALTER DATABASE ${database()} ALLOW_CONNECTIONS false`);
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [database()]);
  }

  it('answers 503 SERVICE_UNAVAILABLE (GraphQL and REST), then recovers on its own', async () => {
    const client = t.client();
    const person = await signUp(client);
    expect((await client.ok(ME)).me.id).toBe(person.id);

    await takeDatabaseDown();
    const graphql = (cookie?: string, query = ME, variables?: unknown) =>
      fetch(`${t.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ query, variables }),
      });

    // The session is read while building the context…
    const signedIn = await graphql(client.cookie!);
    expect(signedIn.status).toBe(503);
    expect(signedIn.headers.get('retry-after')).toBe('5');
    const signedInBody = (await signedIn.json()) as { errors: Array<{ message: string; extensions: object }> };
    expect(signedInBody.errors).toEqual([
      { message: expect.stringMatching(/database/), extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true } },
    ]);
    // …and inside a resolver.
    const anonymous = await graphql(undefined, SIGN_IN, { input: { email: person.email, password: 'whatever it is' } });
    expect(anonymous.status).toBe(503);
    const anonymousBody = (await anonymous.json()) as {
      errors: Array<{ message: string; extensions: { code: string } }>;
    };
    expect(anonymousBody.errors.map((e) => e.extensions.code)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(JSON.stringify(anonymousBody)).not.toMatch(/SELECT|ALLOW_CONNECTIONS|accepting/i);

    const rest = await fetch(`${t.baseUrl}/api/attachments/${crypto.randomUUID()}`, {
      headers: { cookie: client.cookie! },
    });
    expect(rest.status).toBe(503);
    expect(await rest.json()).toMatchObject({ error: { code: 'SERVICE_UNAVAILABLE' } });
    expect((await fetch(`${t.baseUrl}/readyz`)).status).toBe(503);

    await admin.query(`ALTER DATABASE ${database()} ALLOW_CONNECTIONS true`);
    expect((await client.ok(ME)).me.id).toBe(person.id);
    expect((await fetch(`${t.baseUrl}/readyz`)).status).toBe(200);
  });
});
