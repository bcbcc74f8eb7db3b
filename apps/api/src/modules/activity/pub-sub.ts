import { Logger } from '@nestjs/common';
import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Redis } from 'ioredis';
import type { AppConfig } from '../../config/app-config';

export const PUB_SUB = Symbol('PUB_SUB');

/** In-process by default; through Redis when REDIS_URL is set, so API processes can scale out. */
export function createPubSub(config: AppConfig): PubSubEngine & { close?(): Promise<unknown> } {
  if (!config.redisUrl) return new PubSub();
  new Logger('PubSub').log('real-time events go through Redis');
  const options = { maxRetriesPerRequest: null, lazyConnect: false };
  return new RedisPubSub({
    publisher: new Redis(config.redisUrl, options),
    subscriber: new Redis(config.redisUrl, options),
  });
}

export const cohortTopic = (cohortId: string) => `cohort-activity:${cohortId}`;
