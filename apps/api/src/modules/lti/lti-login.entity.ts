import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LtiPlatformEntity } from './lti-platform.entity';

/** A third-party login initiation in flight: its state (hashed) and nonce, single use, short-lived. */
@Entity('lti_login')
@Index('lti_login_platform_idx', ['platformId'])
@Index('lti_login_expires_idx', ['expiresAt'])
export class LtiLoginEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'platform_id', type: 'uuid' })
  platformId: string;

  @ManyToOne(() => LtiPlatformEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'platform_id' })
  platform?: LtiPlatformEntity;

  @Column({ name: 'state_hash', type: 'char', length: 64, unique: true })
  stateHash: string;

  @Column({ type: 'varchar', length: 128, unique: true })
  nonce: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
