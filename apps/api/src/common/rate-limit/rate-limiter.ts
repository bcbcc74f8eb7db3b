import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '../errors/app-error';
import type { RateLimitRule } from './rate-limit.rules';

/** One subject counted against one rule, e.g. (signInPerAccount, "ana@example.org"). */
export interface RateLimitHit {
  rule: RateLimitRule;
  subject: string;
}

interface BucketRow {
  key: string;
  hits: number;
  retry_after: number;
}

/**
 * Rate limits shared by every API process, kept in PostgreSQL (`rate_limit_bucket`).
 * A hit is counted and checked in one upsert, so parallel requests cannot all pass the check
 * before any of them is counted: call `consume` BEFORE the expensive or risky work.
 * Windows are fixed, starting at the first hit of a subject.
 */
@Injectable()
export class RateLimiter {
  constructor(private readonly dataSource: DataSource) {}

  /** Counts one hit for each entry; throws RATE_LIMITED (with a retry hint) when any is over its limit. */
  async consume(...hits: RateLimitHit[]): Promise<void> {
    const byKey = new Map(hits.map((hit) => [bucketKey(hit.rule, hit.subject), hit.rule]));
    const keys = [...byKey.keys()];
    // Keys in a fixed order, so two statements locking the same buckets cannot deadlock.
    const rows: BucketRow[] = await this.dataSource.query(
      `INSERT INTO rate_limit_bucket AS b (key, hits, window_ends_at)
       SELECT t.key, 1, now() + make_interval(secs => t.seconds)
       FROM unnest($1::varchar[], $2::int[]) AS t(key, seconds)
       ORDER BY t.key
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN b.window_ends_at <= now() THEN 1 ELSE b.hits + 1 END,
         window_ends_at = CASE WHEN b.window_ends_at <= now() THEN excluded.window_ends_at ELSE b.window_ends_at END
       RETURNING b.key, b.hits, greatest(1, ceil(extract(epoch FROM b.window_ends_at - now())))::int AS retry_after`,
      [keys, keys.map((key) => byKey.get(key)!.windowSeconds)],
    );
    if (Math.random() < SWEEP_PROBABILITY) this.sweep();
    const over = rows.filter((row) => row.hits > byKey.get(row.key)!.limit);
    if (!over.length) return;
    const retryAfterSeconds = Math.max(...over.map((row) => row.retry_after));
    const rule = byKey.get(over[0]!.key)!;
    throw AppError.rateLimited(`${rule.message} Try again in ${describeWait(retryAfterSeconds)}.`, retryAfterSeconds);
  }

  /** Forgets a subject's hits (e.g. the account's failed sign-ins once the right password was given). */
  async reset(rule: RateLimitRule, subject: string): Promise<void> {
    await this.dataSource.query('DELETE FROM rate_limit_bucket WHERE key = $1', [bucketKey(rule, subject)]);
  }

  /** Gives one hit back (a request that was counted up front but turned out legitimate). */
  async refund(rule: RateLimitRule, subject: string): Promise<void> {
    await this.dataSource.query(
      'UPDATE rate_limit_bucket SET hits = greatest(hits - 1, 0) WHERE key = $1 AND window_ends_at > now()',
      [bucketKey(rule, subject)],
    );
  }

  /** Expired buckets are dead weight; an occasional hit removes them (no scheduler needed). */
  private sweep(): void {
    this.dataSource
      .query(`DELETE FROM rate_limit_bucket WHERE window_ends_at < now() - interval '1 hour'`)
      .catch(() => undefined);
  }
}

const SWEEP_PROBABILITY = 0.01;

export function bucketKey(rule: RateLimitRule, subject: string): string {
  return `${rule.name}:${createHash('sha256').update(subject.toLowerCase()).digest('hex')}`;
}

function describeWait(seconds: number): string {
  if (seconds < 90) return `${seconds} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
}
