import { LearningGoalStatus } from '@openhuddle/shared';
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
import { OrganizationEntity } from '../organization/organization.entity';
import { PlanItemEntity } from '../plan/plan-item.entity';
import { UserEntity } from '../user/user.entity';

/**
 * A member's learning goal, aligned (optionally) to one of the plan's goals and co-constructed with
 * a coach. Private: only its member and its coach read it, on every path (learning-goal.policy.ts).
 */
@Entity('learning_goal')
@Index('learning_goal_org_member_idx', ['organizationId', 'memberId', 'createdAt'])
@Index('learning_goal_org_coach_idx', ['organizationId', 'coachId', 'createdAt'])
@Index('learning_goal_member_idx', ['memberId'])
@Index('learning_goal_coach_idx', ['coachId'])
@Index('learning_goal_plan_item_idx', ['planItemId'])
export class LearningGoalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: UserEntity;

  /** Null once the coach's account is gone: the member picks another. */
  @Column({ name: 'coach_id', type: 'uuid', nullable: true })
  coachId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'coach_id' })
  coach?: UserEntity | null;

  /** The plan's Goal it serves; null when it stands on its own (or the plan item was deleted). */
  @Column({ name: 'plan_item_id', type: 'uuid', nullable: true })
  planItemId: string | null;

  @ManyToOne(() => PlanItemEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'plan_item_id' })
  planItem?: PlanItemEntity | null;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'varchar', length: 20, default: LearningGoalStatus.DRAFT })
  status: LearningGoalStatus;

  /** How often the pair checks in, in days. */
  @Column({ name: 'cadence_days', type: 'int', default: 14 })
  cadenceDays: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
