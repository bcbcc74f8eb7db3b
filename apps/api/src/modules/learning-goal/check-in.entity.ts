import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ContributionEntity } from '../contribution/contribution.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { UserEntity } from '../user/user.entity';
import { LearningGoalEntity } from './learning-goal.entity';

/** A progress update on an approved learning goal: a reflection, a measure value, the coach's response. */
@Entity('check_in')
@Index('check_in_goal_idx', ['goalId', 'createdAt'])
@Index('check_in_org_idx', ['organizationId'])
@Index('check_in_responder_idx', ['responderId'])
export class CheckInEntity {
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

  @Column({ type: 'text' })
  reflection: string;

  /** Student-learning data as a number ("18 of 24 students met the target"), with its name. */
  @Column({ name: 'measure_name', type: 'varchar', length: 120, nullable: true })
  measureName: string | null;

  @Column({ name: 'measure_value', type: 'double precision', nullable: true })
  measureValue: number | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  url: string | null;

  @Column({ type: 'text', nullable: true })
  response: string | null;

  @Column({ name: 'responder_id', type: 'uuid', nullable: true })
  responderId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'responder_id' })
  responder?: UserEntity | null;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A contribution of the member's linked as a check-in's evidence (re-checked for every viewer). */
@Entity('check_in_evidence')
@Index('check_in_evidence_contribution_idx', ['contributionId'])
@Index('check_in_evidence_org_idx', ['organizationId'])
export class CheckInEvidenceEntity {
  @Column({ name: 'check_in_id', type: 'uuid', primary: true })
  checkInId: string;

  @ManyToOne(() => CheckInEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'check_in_id' })
  checkIn?: CheckInEntity;

  @Column({ name: 'contribution_id', type: 'uuid', primary: true })
  contributionId: string;

  @ManyToOne(() => ContributionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id' })
  contribution?: ContributionEntity;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
}
