import { LearningGoalEventKind } from '@openhuddle/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { UserEntity } from '../user/user.entity';
import { LearningGoalEntity } from './learning-goal.entity';

/** One line of a learning goal's visible history: every transition and comment, kept. */
@Entity('learning_goal_event')
@Index('learning_goal_event_goal_idx', ['goalId', 'createdAt'])
@Index('learning_goal_event_org_idx', ['organizationId'])
@Index('learning_goal_event_actor_idx', ['actorId'])
export class LearningGoalEventEntity {
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

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'actor_id' })
  actor?: UserEntity | null;

  @Column({ type: 'varchar', length: 30 })
  kind: LearningGoalEventKind;

  /** The comment, or the words that came with a transition (may be empty). */
  @Column({ type: 'text', default: '' })
  body: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
