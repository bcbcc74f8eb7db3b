import { Anonymity, ContributionKind, RevealRule, ReviewGrouping, ReviewMode } from '@openhuddle/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { CohortEntity } from '../cohort/cohort.entity';
import { FeedbackProtocolEntity } from '../feedback-protocol/feedback-protocol.entity';
import { UserEntity } from '../user/user.entity';
import { OrganizationEntity } from '../organization/organization.entity';

/**
 * What the facilitator asks. A draft until published; once published its status follows
 * its dates (scheduled → open → closed), so a scheduled prompt opens itself on time.
 */
@Entity('prompt')
@Index('prompt_cohort_idx', ['cohortId'])
@Index('prompt_created_by_idx', ['createdById'])
@Index('prompt_protocol_idx', ['protocolId'])
@Index('prompt_org_cohort_opens_idx', ['organizationId', 'cohortId', 'opensAt'])
export class PromptEntity {
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

  @Column({ type: 'varchar', length: 160 })
  title: string;

  /** Markdown, stored as written. */
  @Column({ type: 'text', default: '' })
  instructions: string;

  @Column({ name: 'opens_at', type: 'timestamptz' })
  opensAt: Date;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  @Column({ name: 'closes_at', type: 'timestamptz', nullable: true })
  closesAt: Date | null;

  @Column({ name: 'accepted_kinds', type: 'enum', enum: ContributionKind, enumName: 'contribution_kind', array: true })
  acceptedKinds: ContributionKind[];

  @Column({ name: 'reveal_rule', type: 'enum', enum: RevealRule, enumName: 'reveal_rule' })
  revealRule: RevealRule;

  /** For AT_TIME: when peers' contributions become visible. */
  @Column({ name: 'reveal_at', type: 'timestamptz', nullable: true })
  revealAt: Date | null;

  @Column({ type: 'enum', enum: Anonymity, enumName: 'anonymity' })
  anonymity: Anonymity;

  @Column({ name: 'protocol_id', type: 'uuid', nullable: true })
  protocolId: string | null;

  @ManyToOne(() => FeedbackProtocolEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'protocol_id' })
  protocol?: FeedbackProtocolEntity | null;

  @Column({ name: 'review_mode', type: 'enum', enum: ReviewMode, enumName: 'review_mode' })
  reviewMode: ReviewMode;

  @Column({ name: 'reviews_per_contribution', type: 'smallint', default: 0 })
  reviewsPerContribution: number;

  @Column({ name: 'review_grouping', type: 'enum', enum: ReviewGrouping, enumName: 'review_grouping' })
  reviewGrouping: ReviewGrouping;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
