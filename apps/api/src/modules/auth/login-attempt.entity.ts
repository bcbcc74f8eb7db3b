import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Failed sign-ins, formerly counted here for rate limiting. Unused since `rate_limit_bucket`
 * (RateLimiter) counts attempts atomically; the table is dropped in a later migration (two steps).
 */
@Entity('login_attempt')
@Index('login_attempt_email_time_idx', ['email', 'createdAt'])
@Index('login_attempt_ip_time_idx', ['ip', 'createdAt'])
export class LoginAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 64 })
  ip: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
