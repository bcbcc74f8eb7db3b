import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { UserEntity } from '../user/user.entity';

/**
 * The last digest of one cadence handled for one person in one organisation: the ledger that makes
 * the digest exactly-once. A digest claims its row (period key moves forward) in the transaction
 * that queues its email, so a second sweep, a second process or a retried job finds the period
 * taken. Empty digests claim their period too (nothing is sent, the next one starts from here).
 */
@Entity('notification_digest')
@Index('notification_digest_user_idx', ['userId'])
export class NotificationDigestEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** DAILY_DIGEST or WEEKLY_DIGEST. */
  @PrimaryColumn({ type: 'varchar', length: 20 })
  cadence: string;

  /** The period last handled: its first local day, YYYY-MM-DD in the person's time zone. */
  @Column({ name: 'period_key', type: 'varchar', length: 10 })
  periodKey: string;

  /** Notifications up to this instant were considered; the next digest starts after it. */
  @Column({ name: 'covered_until', type: 'timestamptz' })
  coveredUntil: Date;

  /** When the last digest email of this cadence was queued (null: none sent yet). */
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
