import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';

const VERSION = 'v1';

/**
 * Seals identity providers' client secrets at rest with AES-256-GCM, so a database dump or backup
 * does not hand out the keys to a school's directory. The key comes from SSO_SECRET_KEY, or is
 * generated once into the data directory.
 */
@Injectable()
export class SsoSecretBox {
  private key: Buffer | null = null;

  constructor(private readonly config: AppConfig) {}

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keyBytes(), iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [
      VERSION,
      iv.toString('base64url'),
      cipher.getAuthTag().toString('base64url'),
      body.toString('base64url'),
    ].join('.');
  }

  open(sealed: string): string {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== VERSION || !iv || !tag || body === undefined) throw new Error('Unknown sealed secret format');
    const decipher = createDecipheriv('aes-256-gcm', this.keyBytes(), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }

  private keyBytes(): Buffer {
    this.key ??= createHash('sha256')
      .update(this.config.ssoSecretKey ?? this.keyFromDataDir())
      .digest();
    return this.key;
  }

  private keyFromDataDir(): string {
    const file = path.join(this.config.dataDir, 'sso-secret.key');
    try {
      return fs.readFileSync(file, 'utf8').trim();
    } catch {
      fs.mkdirSync(this.config.dataDir, { recursive: true });
      try {
        // 'wx': when two processes start at once, the second reads the first one's key.
        fs.writeFileSync(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      return fs.readFileSync(file, 'utf8').trim();
    }
  }
}
