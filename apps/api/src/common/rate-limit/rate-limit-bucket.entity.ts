import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One counter per rate-limited key and window (see RateLimiter). The key is a rule name and a
 * SHA-256 of the subject, so emails and addresses are not stored in clear here.
 */
@Entity('rate_limit_bucket')
@Index('rate_limit_bucket_window_idx', ['windowEndsAt'])
export class RateLimitBucketEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  key: string;

  @Column({ type: 'integer' })
  hits: number;

  @Column({ name: 'window_ends_at', type: 'timestamptz' })
  windowEndsAt: Date;
}
