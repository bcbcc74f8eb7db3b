import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { UserEntity } from '../user/user.entity';
import { LtiResourceLinkEntity } from './lti-resource-link.entity';

/**
 * A person's place in a placement's gradebook column (AGS): written when they launch the placement
 * (or the course roster lists them), completed when they publish to the placed prompt, then sent
 * by a job and kept as the record of what was sent. Only people the course knows get a score.
 */
@Entity('lti_score')
@Index('lti_score_link_user_key', ['resourceLinkId', 'userId'], { unique: true })
@Index('lti_score_org_idx', ['organizationId'])
@Index('lti_score_user_idx', ['userId'])
@Index('lti_score_pending_idx', ['completedAt'], { where: '"sent_at" IS NULL AND "completed_at" IS NOT NULL' })
export class LtiScoreEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'resource_link_id', type: 'uuid' })
  resourceLinkId: string;

  @ManyToOne(() => LtiResourceLinkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_link_id' })
  resourceLink?: LtiResourceLinkEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** When they first published to the placed prompt: from then on the score is owed. */
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  /** When the platform accepted the score; null while it is owed. */
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** Why the last attempt failed (the platform's status), for the facilitator's panel. */
  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
