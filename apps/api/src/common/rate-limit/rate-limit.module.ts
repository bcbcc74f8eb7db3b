import { Global, Module } from '@nestjs/common';
import { RateLimiter } from './rate-limiter';

/** Global, so any feature (auth, invitations, uploads, search) can inject RateLimiter. */
@Global()
@Module({ providers: [RateLimiter], exports: [RateLimiter] })
export class RateLimitModule {}
