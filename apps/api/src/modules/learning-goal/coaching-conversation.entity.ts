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
import { LearningGoalEntity } from './learning-goal.entity';

/**
 * A scheduled coaching conversation about a learning goal: when, where (a link), then its notes and
 * next steps. Its follow-up is not optional: past `follow_up_due_at` and not done, it is overdue —
 * on the coach's page, and reminded to both (due-reminders.service.ts).
 */
@Entity('coaching_conversation')
@Index('coaching_conversation_goal_idx', ['goalId', 'startsAt'])
@Index('coaching_conversation_org_idx', ['organizationId'])
@Index('coaching_conversation_follow_up_idx', ['followUpDueAt'], { where: 'follow_up_done_at IS NULL' })
export class CoachingConversationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'goal_id', type: 'uuid' })
  goalId: string;

  @ManyToOne(() => LearningGoalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  goal?: LearningGoalEntity;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  link: string | null;

  @Column({ type: 'text', default: '' })
  notes: string;

  @Column({ name: 'next_steps', type: 'text', default: '' })
  nextSteps: string;

  @Column({ name: 'follow_up_due_at', type: 'timestamptz' })
  followUpDueAt: Date;

  @Column({ name: 'follow_up_done_at', type: 'timestamptz', nullable: true })
  followUpDoneAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
