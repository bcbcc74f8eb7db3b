import { randomUUID } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRemoteJWKSet, exportJWK, generateKeyPair, type JWK, jwtVerify, type JWTPayload, SignJWT } from 'jose';

const CLAIM = 'https://purl.imsglobal.org/spec/lti/claim/';
const DL = 'https://purl.imsglobal.org/spec/lti-dl/claim/';
export const ROLE = {
  instructor: 'http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor',
  learner: 'http://purl.imsglobal.org/vocab/lis/v2/membership#Learner',
};

export interface PlatformUser {
  sub: string;
  email: string;
  name: string;
  roles: string[];
}

/** What the platform's next id_token says, and how a test may spoil it. */
export interface LaunchSpec {
  user: PlatformUser;
  messageType?: 'LtiResourceLinkRequest' | 'LtiDeepLinkingRequest' | string;
  resourceLinkId?: string;
  contextId?: string;
  custom?: Record<string, string>;
  deploymentId?: string;
  /** Extra or overriding claims (e.g. `{ aud: 'someone-else' }`, `{ exp: <past> }`). */
  claims?: Record<string, unknown>;
  /** Sign with a key the platform's JWKS does not publish. */
  foreignKey?: boolean;
  /**
   * The placement's gradebook column (AGS endpoint claim with lineitem and score scopes); its URL
   * carries a query string, as Moodle's do.
   */
  lineItem?: string;
}

/** A score the tool posted to a line item (AGS score publish service). */
export interface PostedScore {
  lineItem: string;
  query: string;
  contentType: string;
  score: Record<string, unknown>;
}

const AGS_SCOPE = {
  lineItem: 'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem',
  score: 'https://purl.imsglobal.org/spec/lti-ags/scope/score',
};
const NRPS_SCOPE = 'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly';

export interface LaunchResult {
  status: number;
  /** The app's Location (a page path), if it redirected. */
  location: string | null;
  body: string;
  /** The session cookie the launch set, if any. */
  session: string | null;
  /** The auto-posted form the platform sent to the browser, to replay it. */
  form: Record<string, string>;
}

/**
 * A simulated LTI 1.3 platform (an LMS) on a random port, over real HTTP, with its own RSA keys:
 * JWKS, an OIDC authorization endpoint that answers the tool's login redirect with a form posting
 * a signed id_token, an OAuth 2 token endpoint that checks the tool's private_key_jwt assertion
 * against the tool's JWKS, a Names and Role Provisioning endpoint (paged by two), an AGS score
 * endpoint per line item, and a deep-linking return endpoint that verifies the tool's response.
 */
export async function startTestPlatform(tool: { appUrl: string; publicUrl: string }) {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const foreign = await generateKeyPair('RS256');
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'platform-key', alg: 'RS256', use: 'sig' };
  const clientId = `client-${randomUUID().slice(0, 8)}`;
  const deploymentId = `deployment-${randomUUID().slice(0, 8)}`;
  const toolKeys = createRemoteJWKSet(new URL(`${tool.appUrl}/lti/jwks`));
  const pending = new Map<string, LaunchSpec>();
  /** Access tokens and the scope each was issued for. */
  const tokens = new Map<string, string>();
  const scores: PostedScore[] = [];
  let scoreFailures = 0;
  const rosters = new Map<string, PlatformUser[]>();
  const deepLinkResponses: JWTPayload[] = [];
  const tokenRequests: JWTPayload[] = [];

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function idToken(spec: LaunchSpec, nonce: string): Promise<string> {
    const messageType = spec.messageType ?? 'LtiResourceLinkRequest';
    const claims: Record<string, unknown> = {
      nonce,
      email: spec.user.email,
      name: spec.user.name,
      [`${CLAIM}message_type`]: messageType,
      [`${CLAIM}version`]: '1.3.0',
      [`${CLAIM}deployment_id`]: spec.deploymentId ?? deploymentId,
      [`${CLAIM}target_link_uri`]: `${tool.publicUrl}/lti/launch`,
      [`${CLAIM}roles`]: spec.user.roles,
      [`${CLAIM}context`]: { id: spec.contextId ?? 'course-1', title: 'Biology 101' },
      ...(messageType === 'LtiResourceLinkRequest'
        ? {
            [`${CLAIM}resource_link`]: { id: spec.resourceLinkId ?? 'link-1' },
            [`${CLAIM}custom`]: spec.custom ?? {},
            'https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice': {
              context_memberships_url: `${issuer}/nrps/${spec.contextId ?? 'course-1'}`,
              service_versions: ['2.0'],
            },
            ...(spec.lineItem
              ? {
                  'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint': {
                    scope: [AGS_SCOPE.lineItem, AGS_SCOPE.score],
                    lineitems: `${issuer}/lineitems/${spec.contextId ?? 'course-1'}?type_id=7`,
                    lineitem: `${issuer}/lineitems/${spec.contextId ?? 'course-1'}/${spec.lineItem}/lineitem?type_id=7`,
                  },
                }
              : {}),
          }
        : {
            [`${DL}deep_linking_settings`]: {
              deep_link_return_url: `${issuer}/deep-link-return`,
              accept_types: ['ltiResourceLink'],
              accept_presentation_document_targets: ['iframe', 'window'],
              data: 'platform-opaque-data',
            },
          }),
      ...spec.claims,
    };
    const jwt = new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'platform-key' })
      .setIssuer(issuer)
      .setSubject(spec.user.sub)
      .setAudience((spec.claims?.aud as string) ?? clientId)
      .setIssuedAt()
      .setExpirationTime((spec.claims?.exp as number) ?? '5m');
    return jwt.sign(spec.foreignKey ? foreign.privateKey : privateKey);
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', issuer);
    const rawBody = req.method === 'POST' ? await readBody(req) : '';
    const body = new URLSearchParams(rawBody);
    if (url.pathname === '/jwks') return json(res, 200, { keys: [jwk] });
    if (url.pathname === '/auth') {
      const q = url.searchParams;
      const spec = pending.get(q.get('lti_message_hint') ?? '');
      const ok =
        spec &&
        q.get('client_id') === clientId &&
        q.get('response_type') === 'id_token' &&
        q.get('response_mode') === 'form_post' &&
        q.get('scope') === 'openid' &&
        q.get('login_hint') === spec.user.sub &&
        q.get('redirect_uri') === `${tool.publicUrl}/lti/launch` &&
        q.get('nonce') &&
        q.get('state');
      if (!ok) return json(res, 400, { error: 'invalid_request' });
      const form = { id_token: await idToken(spec, q.get('nonce')!), state: q.get('state')! };
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(
        `<form method="post" action="${q.get('redirect_uri')}">` +
          Object.entries(form)
            .map(([k, v]) => `<input type="hidden" name="${k}" value="${v}">`)
            .join('') +
          '</form>',
      );
      return;
    }
    if (url.pathname === '/token' && req.method === 'POST') {
      if (
        body.get('grant_type') !== 'client_credentials' ||
        body.get('client_assertion_type') !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer' ||
        ![NRPS_SCOPE, AGS_SCOPE.score].includes(body.get('scope') ?? '')
      )
        return json(res, 400, { error: 'invalid_request' });
      try {
        const { payload } = await jwtVerify(body.get('client_assertion') ?? '', toolKeys, {
          issuer: clientId,
          subject: clientId,
          audience: `${issuer}/token`,
        });
        if (!payload.jti) throw new Error('no jti');
        tokenRequests.push(payload);
      } catch {
        return json(res, 401, { error: 'invalid_client' });
      }
      const token = randomUUID();
      tokens.set(token, body.get('scope')!);
      return json(res, 200, { access_token: token, token_type: 'Bearer', expires_in: 3600, scope: body.get('scope') });
    }
    if (url.pathname.startsWith('/nrps/')) {
      const auth = req.headers.authorization ?? '';
      if (tokens.get(auth.replace(/^Bearer /, '')) !== NRPS_SCOPE) return json(res, 401, { error: 'invalid_token' });
      const contextId = url.pathname.slice('/nrps/'.length);
      const all = rosters.get(contextId) ?? [];
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const page = all.slice(offset, offset + 2);
      const headers: Record<string, string> = {
        'content-type': 'application/vnd.ims.lti-nrps.v2.membershipcontainer+json',
      };
      if (offset + 2 < all.length) headers.link = `<${issuer}/nrps/${contextId}?offset=${offset + 2}>; rel="next"`;
      res.writeHead(200, headers);
      res.end(
        JSON.stringify({
          id: url.href,
          context: { id: contextId },
          members: page.map((u) => ({
            status: 'Active',
            user_id: u.sub,
            email: u.email,
            name: u.name,
            roles: u.roles,
          })),
        }),
      );
      return;
    }
    if (url.pathname.startsWith('/lineitems/') && url.pathname.endsWith('/lineitem/scores') && req.method === 'POST') {
      const auth = req.headers.authorization ?? '';
      if (tokens.get(auth.replace(/^Bearer /, '')) !== AGS_SCOPE.score)
        return json(res, 401, { error: 'invalid_token' });
      if (scoreFailures > 0) {
        scoreFailures--;
        return json(res, 503, { error: 'unavailable' });
      }
      scores.push({
        lineItem: url.pathname.slice(0, -'/scores'.length),
        query: url.search,
        contentType: req.headers['content-type'] ?? '',
        score: JSON.parse(rawBody) as Record<string, unknown>,
      });
      res.writeHead(204).end();
      return;
    }
    if (url.pathname === '/deep-link-return' && req.method === 'POST') {
      try {
        const { payload } = await jwtVerify(body.get('JWT') ?? '', toolKeys, { issuer: clientId, audience: issuer });
        deepLinkResponses.push(payload);
        return json(res, 200, { ok: true });
      } catch (error) {
        return json(res, 400, { error: String(error) });
      }
    }
    json(res, 404, { error: 'not_found' });
  }

  /** Runs a launch as a browser would: login initiation → platform auth → form post to the launch URL. */
  async function launch(spec: LaunchSpec, hooks: { beforePost?: (form: Record<string, string>) => void } = {}) {
    const hint = randomUUID();
    pending.set(hint, spec);
    const login = await fetch(`${tool.appUrl}/lti/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        iss: issuer,
        login_hint: spec.user.sub,
        target_link_uri: `${tool.publicUrl}/lti/launch`,
        lti_message_hint: hint,
        client_id: clientId,
        lti_deployment_id: spec.deploymentId ?? deploymentId,
      }).toString(),
    });
    const location = login.headers.get('location');
    if (login.status !== 302 || !location?.startsWith(issuer))
      return { status: login.status, location, body: await login.text(), session: null, form: {} };
    const auth = await fetch(location);
    const html = await auth.text();
    if (auth.status !== 200) throw new Error(`Platform auth refused: ${html}`);
    const form = Object.fromEntries([...html.matchAll(/name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
    hooks.beforePost?.(form);
    return postLaunch(form);
  }

  async function postLaunch(form: Record<string, string>): Promise<LaunchResult> {
    const res = await fetch(`${tool.appUrl}/lti/launch`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });
    const session = /oh_session=([^;]+)/.exec(res.headers.getSetCookie().join('\n'))?.[1] ?? null;
    return { status: res.status, location: res.headers.get('location'), body: await res.text(), session, form };
  }

  return {
    issuer,
    clientId,
    deploymentId,
    registration: {
      issuer,
      clientId,
      deploymentIds: [deploymentId],
      authLoginUrl: `${issuer}/auth`,
      authTokenUrl: `${issuer}/token`,
      jwksUrl: `${issuer}/jwks`,
    },
    user(
      name: string,
      role: 'instructor' | 'learner',
      email = `${name.toLowerCase()}.${randomUUID().slice(0, 6)}@riverside.example`,
    ): PlatformUser {
      return { sub: `lms-${randomUUID()}`, email, name, roles: [ROLE[role]] };
    },
    setRoster(contextId: string, members: PlatformUser[]) {
      rosters.set(contextId, members);
    },
    launch,
    postLaunch,
    deepLinkResponses,
    tokenRequests,
    /** Scores posted to line items, in order. */
    scores,
    /** The next `n` score posts answer 503 (the LMS is down). */
    failScores(n: number) {
      scoreFailures = n;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type TestPlatform = Awaited<ReturnType<typeof startTestPlatform>>;

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString('utf8')));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

function json(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
