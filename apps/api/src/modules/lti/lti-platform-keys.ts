import { Injectable } from '@nestjs/common';
import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';

/** Each platform's JWKS, fetched over HTTP and cached by jose (refetched on an unknown `kid`). */
@Injectable()
export class LtiPlatformKeys {
  private readonly sets = new Map<string, JWTVerifyGetKey>();

  of(jwksUrl: string): JWTVerifyGetKey {
    let set = this.sets.get(jwksUrl);
    if (!set) {
      set = createRemoteJWKSet(new URL(jwksUrl), { timeoutDuration: 5000, cooldownDuration: 5000 });
      if (this.sets.size > 500) this.sets.clear();
      this.sets.set(jwksUrl, set);
    }
    return set;
  }
}
