import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { exportJWK, generateKeyPair, importJWK, type JWK, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { SsoSecretBox } from '../sso/sso-secret-box';
import { LtiRepository } from './lti.repository';

const OWN_ISSUER = 'openhuddle:lti-tool';

interface LoadedKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

/**
 * The tool's RS256 key pair: generated once per instance (the first process that needs it, under
 * an advisory lock), the private half sealed at rest like SSO secrets; the public half is what
 * /lti/jwks publishes and platforms verify deep-linking responses and client assertions with.
 */
@Injectable()
export class LtiToolKeyService {
  private loaded: Promise<LoadedKey> | null = null;

  constructor(
    private readonly repository: LtiRepository,
    private readonly secrets: SsoSecretBox,
  ) {}

  async jwks(): Promise<{ keys: JWK[] }> {
    return { keys: [(await this.key()).publicJwk] };
  }

  /** A JWT signed by the tool, with its `kid`, expiring after `ttlSeconds`. */
  async sign(payload: JWTPayload, ttlSeconds = 300): Promise<string> {
    const { kid, privateKey } = await this.key();
    return new SignJWT(payload)
      .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
      .setIssuedAt()
      .setExpirationTime(`${ttlSeconds}s`)
      .setJti(randomUUID())
      .sign(privateKey);
  }

  /** The claims of a JWT this tool signed for `audience` (e.g. a deep-linking picker's session); null if not. */
  async verifyOwn(token: string, audience: string): Promise<JWTPayload | null> {
    const { publicJwk } = await this.key();
    try {
      const { payload } = await jwtVerify(token, await importJWK(publicJwk, 'RS256'), {
        issuer: OWN_ISSUER,
        audience,
        algorithms: ['RS256'],
      });
      return payload;
    } catch {
      return null;
    }
  }

  /** A JWT for this tool only (never sent to a platform). */
  signOwn(payload: JWTPayload, audience: string, ttlSeconds: number): Promise<string> {
    return this.sign({ ...payload, iss: OWN_ISSUER, aud: audience }, ttlSeconds);
  }

  private key(): Promise<LoadedKey> {
    this.loaded ??= this.load().catch((error: unknown) => {
      this.loaded = null;
      throw error;
    });
    return this.loaded;
  }

  private async load(): Promise<LoadedKey> {
    const row = await this.repository.toolKey(async () => {
      const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true, modulusLength: 2048 });
      const kid = randomUUID();
      return {
        kid,
        privateJwkSealed: this.secrets.seal(JSON.stringify(await exportJWK(privateKey))),
        publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' },
      };
    });
    const privateJwk = JSON.parse(this.secrets.open(row.privateJwkSealed)) as JWK;
    const privateKey = (await importJWK({ ...privateJwk, alg: 'RS256' }, 'RS256')) as CryptoKey;
    return { kid: row.kid, privateKey, publicJwk: row.publicJwk as JWK };
  }
}
