import { generateKeyPairSync, randomUUID } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import type { GqlClient } from './gql-client';

export interface IdpAccount {
  sub: string;
  email: string;
  emailVerified: boolean;
  name: string;
}

export interface TestIdp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** An account people can sign in as at this provider. */
  addAccount(account: Omit<IdpAccount, 'sub'> & { sub?: string }): IdpAccount;
  close(): Promise<void>;
}

/**
 * A real OIDC provider (panva's oidc-provider) on a random port, with one confidential client
 * whose redirect URI is the app's callback. Its interaction pages are ours, not the dev ones:
 * GET shows a sign-in form asking for an email, POST signs that account in and consents to
 * the requested scopes, so tests (and a browser) complete the flow with real HTTP redirects.
 */
export async function startTestIdp(redirectUri: string, name = 'Riverside SSO'): Promise<TestIdp> {
  const accounts = new Map<string, IdpAccount>();
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = `openhuddle-${randomUUID().slice(0, 8)}`;
  const clientSecret = randomUUID();
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    jwks: {
      keys: [{ ...(privateKey.export({ format: 'jwk' }) as object), kid: 'test-key', use: 'sig', alg: 'RS256' }],
    },
    cookies: { keys: [randomUUID()] },
    ttl: { Interaction: 600, Grant: 600, Session: 600, AccessToken: 600, IdToken: 600 },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, sub) => {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        claims: () => ({ sub, email: account.email, email_verified: account.emailVerified, name: account.name }),
      };
    },
  });
  const callback = provider.callback();
  server.on('request', (req, res) => {
    const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(new URL(req.url ?? '/', issuer).pathname);
    if (!match) return void callback(req, res);
    (match[2] ? login(req, res) : form(req, res)).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });

  async function form(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const details = await provider.interactionDetails(req, res);
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><html lang="en"><head><title>${name}</title></head><body>
      <h1>${name}</h1>
      <form method="post" action="/interaction/${details.uid}/login">
        <label>Email <input name="email" type="email" autocomplete="off"></label>
        <button type="submit">Continue</button>
      </form></body></html>`);
  }

  async function login(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const body = new URLSearchParams(await readBody(req));
    const details = await provider.interactionDetails(req, res);
    const account = [...accounts.values()].find((a) => a.email === body.get('email'));
    if (!account) {
      res.statusCode = 400;
      res.end('No such account at this provider.');
      return;
    }
    const grant = new provider.Grant({ accountId: account.sub, clientId: String(details.params.client_id) });
    grant.addOIDCScope(String(details.params.scope));
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, { login: { accountId: account.sub }, consent: { grantId } });
  }

  return {
    issuer,
    clientId,
    clientSecret,
    addAccount: (account) => {
      const full = { ...account, sub: account.sub ?? randomUUID() };
      accounts.set(full.sub, full);
      return full;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

/** One browser's cookies, per origin, as the redirects of a sign-in carry them. */
export class RedirectBrowser {
  private readonly jars = new Map<string, Map<string, string>>();

  /** `appUrl` and `publicUrl`: the app's callback is addressed by its public URL; requests go to the test app. */
  constructor(
    private readonly appUrl: string,
    private readonly publicUrl: string,
  ) {}

  /** Requests `url` and follows redirects until a page of the app (not the API) is reached. */
  async follow(
    url: string,
    options: { rewrite?: (url: URL) => URL } = {},
  ): Promise<{ url: URL; status: number; body: string }> {
    let current = this.toApp(new URL(url));
    let method = 'GET';
    let body: string | undefined;
    for (let hop = 0; hop < 20; hop++) {
      if (options.rewrite) current = options.rewrite(current);
      const res = await fetch(current, {
        method,
        body,
        redirect: 'manual',
        headers: {
          ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
          cookie: this.cookieHeader(current),
        },
      });
      this.store(current, res.headers.getSetCookie());
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        current = this.toApp(new URL(location, current));
        method = 'GET';
        body = undefined;
        continue;
      }
      return { url: current, status: res.status, body: await res.text() };
    }
    throw new Error('Too many redirects');
  }

  /** Submits the provider's sign-in form (the page `follow` stopped at) as `email`, then follows on. */
  async submitLogin(page: { url: URL; body: string }, email: string, rewrite?: (url: URL) => URL) {
    const action = /<form method="post" action="([^"]+)"/.exec(page.body)?.[1];
    if (!action) throw new Error(`No sign-in form at ${page.url.href}: ${page.body.slice(0, 200)}`);
    const target = new URL(action, page.url);
    const res = await fetch(target, {
      method: 'POST',
      redirect: 'manual',
      body: new URLSearchParams({ email }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: this.cookieHeader(target) },
    });
    this.store(target, res.headers.getSetCookie());
    const location = res.headers.get('location');
    if (!location) throw new Error(`The provider did not redirect (${res.status}): ${await res.text()}`);
    return this.follow(new URL(location, target).href, { rewrite });
  }

  /** Drops a cookie, as another browser (which never had it) would be. */
  forget(origin: string, name: string): void {
    this.jars.get(new URL(origin).origin)?.delete(name);
  }

  cookie(origin: string, name: string): string | undefined {
    return this.jars.get(new URL(origin).origin)?.get(name);
  }

  /** Hands this browser's app session to a GraphQL client, so it asks as the signed-in person. */
  signInClient(client: GqlClient): void {
    const session = this.cookie(this.appUrl, 'oh_session');
    client.cookie = session ? `oh_session=${session}` : null;
  }

  private toApp(url: URL): URL {
    return url.href.startsWith(this.publicUrl) ? new URL(url.href.replace(this.publicUrl, this.appUrl)) : url;
  }

  private cookieHeader(url: URL): string {
    return [...(this.jars.get(url.origin) ?? new Map<string, string>()).entries()]
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
  }

  private store(url: URL, setCookies: string[]): void {
    const jar = this.jars.get(url.origin) ?? new Map<string, string>();
    for (const header of setCookies) {
      const [pair, ...attributes] = header.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(a));
      if (!value || expired) jar.delete(name);
      else jar.set(name, value);
    }
    this.jars.set(url.origin, jar);
  }
}

/** The public URL test apps run with (their links point there; the browser maps it back to the app). */
export const TEST_PUBLIC_URL = 'http://localhost:5173';

/**
 * Presses "Sign in with …": starts at the provider's start route, signs in at the provider as
 * `email`, follows back to the app. Returns where it landed and a GraphQL client holding the
 * session the browser got (none when refused).
 */
export async function signInWithSso(
  t: { baseUrl: string; client(): GqlClient },
  providerId: string,
  email: string,
  options: { next?: string; beforeCallback?: (browser: RedirectBrowser) => Promise<void> } = {},
): Promise<{ landed: URL; browser: RedirectBrowser; client: GqlClient }> {
  const browser = new RedirectBrowser(t.baseUrl, TEST_PUBLIC_URL);
  const query = options.next ? `?next=${encodeURIComponent(options.next)}` : '';
  const page = await browser.follow(`${t.baseUrl}/api/sso/${providerId}/start${query}`);
  if (!page.body.includes('<form method="post"')) {
    throw new Error(`Expected the provider's sign-in form, got ${page.url.href}`);
  }
  await options.beforeCallback?.(browser);
  const landed = await browser.submitLogin(page, email);
  const client = t.client();
  browser.signInClient(client);
  return { landed: landed.url, browser, client };
}
