import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { UserEntity } from '../user/user.entity';

/**
 * The one-click unsubscribe link of one email (RFC 8058): its token (only the SHA-256 is kept)
 * turns email off for that person, organisation and kind — or for all kinds — without signing in.
 */
@Entity('unsubscribe_token')
@Index('unsubscribe_token_user_idx', ['userId'])
@Index('unsubscribe_token_org_idx', ['organizationId'])
export class UnsubscribeTokenEntity {
  @PrimaryColumn({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  /** The kind the email was about. */
  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
