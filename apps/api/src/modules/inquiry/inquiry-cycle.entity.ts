import { InquiryStage } from '@openhuddle/shared';
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
import { TeamEntity } from '../cohort/team.entity';
import { FeedbackProtocolEntity } from '../feedback-protocol/feedback-protocol.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { PlanItemEntity } from '../plan/plan-item.entity';
import { UserEntity } from '../user/user.entity';

/**
 * A PLC's inquiry: a cohort (or one of its teams) picks a question within one of the plan's goals
 * and moves it through the stages, each starting on its date. Once showcased it is a record the
 * whole organisation can browse and comment on (with its feedback protocol); it no longer changes.
 */
@Entity('inquiry_cycle')
@Index('inquiry_cycle_org_showcased_idx', ['organizationId', 'showcasedAt'])
@Index('inquiry_cycle_cohort_idx', ['cohortId', 'createdAt'])
@Index('inquiry_cycle_team_idx', ['teamId'])
@Index('inquiry_cycle_goal_idx', ['goalItemId'])
@Index('inquiry_cycle_protocol_idx', ['protocolId'])
@Index('inquiry_cycle_created_by_idx', ['createdById'])
export class InquiryCycleEntity {
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

  /** The team of the cohort that runs it; null when the whole cohort does. */
  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId: string | null;

  @ManyToOne(() => TeamEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'team_id' })
  team?: TeamEntity | null;

  /** The plan Goal the question serves (null if the goal was deleted). */
  @Column({ name: 'goal_item_id', type: 'uuid', nullable: true })
  goalItemId: string | null;

  @ManyToOne(() => PlanItemEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'goal_item_id' })
  goalItem?: PlanItemEntity | null;

  @Column({ type: 'varchar', length: 300 })
  question: string;

  @Column({ type: 'varchar', length: 20, default: InquiryStage.QUESTION })
  stage: InquiryStage;

  /** When each stage starts (calendar days), and the showcase's day. */
  @Column({ name: 'question_on', type: 'date', nullable: true })
  questionOn: string | null;

  @Column({ name: 'plan_on', type: 'date', nullable: true })
  planOn: string | null;

  @Column({ name: 'act_on', type: 'date', nullable: true })
  actOn: string | null;

  @Column({ name: 'evidence_on', type: 'date', nullable: true })
  evidenceOn: string | null;

  @Column({ name: 'reflect_on', type: 'date', nullable: true })
  reflectOn: string | null;

  @Column({ name: 'showcase_on', type: 'date', nullable: true })
  showcaseOn: string | null;

  /** The showcase: what they tried and what they learned. */
  @Column({ type: 'text', default: '' })
  tried: string;

  @Column({ type: 'text', default: '' })
  learned: string;

  /** How the organisation comments on the showcase; the default protocol when null. */
  @Column({ name: 'protocol_id', type: 'uuid', nullable: true })
  protocolId: string | null;

  @ManyToOne(() => FeedbackProtocolEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'protocol_id' })
  protocol?: FeedbackProtocolEntity | null;

  @Column({ name: 'showcased_at', type: 'timestamptz', nullable: true })
  showcasedAt: Date | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
