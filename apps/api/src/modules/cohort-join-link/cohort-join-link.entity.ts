import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CohortEntity } from '../cohort/cohort.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { UserEntity } from '../user/user.entity';

/**
 * A cohort join link: a facilitator shares one address; whoever opens it (within its expiry and
 * use cap, until revoked) takes a MEMBER place in the cohort. Only the token's hash is stored.
 */
@Entity('cohort_join_link')
@Index('cohort_join_link_token_key', ['tokenHash'], { unique: true })
@Index('cohort_join_link_cohort_created_idx', ['cohortId', 'createdAt'])
@Index('cohort_join_link_org_idx', ['organizationId'])
@Index('cohort_join_link_created_by_idx', ['createdById'])
export class CohortJoinLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'max_uses', type: 'int' })
  maxUses: number;

  @Column({ name: 'use_count', type: 'int', default: 0 })
  useCount: number;

  /** People of other organisations (and new sign-ups) join as Guests of this cohort only. */
  @Column({ name: 'admits_guests', type: 'boolean', default: false })
  admitsGuests: boolean;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** Who joined through a link, and when ("sees its uses"); one row per person per link. */
@Entity('cohort_join_link_use')
@Index('cohort_join_link_use_link_user_key', ['linkId', 'userId'], { unique: true })
@Index('cohort_join_link_use_user_idx', ['userId'])
@Index('cohort_join_link_use_org_idx', ['organizationId'])
export class CohortJoinLinkUseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'link_id', type: 'uuid' })
  linkId: string;

  @ManyToOne(() => CohortJoinLinkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'link_id' })
  link?: CohortJoinLinkEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** Joined as a Guest (no membership of the organisation). */
  @Column({ type: 'boolean', default: false })
  guest: boolean;

  @CreateDateColumn({ name: 'used_at', type: 'timestamptz' })
  usedAt: Date;
}
