import { PulseSchedule } from '@openhuddle/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CohortEntity } from '../cohort/cohort.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { UserEntity } from '../user/user.entity';

/**
 * A PulseSurvey (PRODUCT.md): a few Likert questions and one open comment, sent to a cohort once or
 * on a schedule. Each sending is a round (pulse_round); its answers are only ever shown as
 * aggregates of at least PULSE_LIMITS.minRespondents people (rule 8).
 */
@Entity('pulse_survey')
@Index('pulse_survey_org_cohort_created_idx', ['organizationId', 'cohortId', 'createdAt'])
@Index('pulse_survey_cohort_idx', ['cohortId'])
@Index('pulse_survey_created_by_idx', ['createdById'])
// The schedule sweep reads the surveys still running.
@Index('pulse_survey_scheduled_idx', ['schedule'], { where: 'stopped_at IS NULL' })
export class PulseSurveyEntity {
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

  @Column({ type: 'varchar', length: 120 })
  title: string;

  /** The Likert statements, in order; an answer's `question_index` points into this list. */
  @Column({ type: 'jsonb' })
  questions: string[];

  @Column({ name: 'comment_prompt', type: 'varchar', length: 200 })
  commentPrompt: string;

  @Column({ type: 'enum', enum: PulseSchedule, enumName: 'pulse_schedule' })
  schedule: PulseSchedule;

  /** How long each round stays open. */
  @Column({ name: 'window_days', type: 'smallint' })
  windowDays: number;

  /** Facilitators see who created it; answers never point at anyone. */
  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Set when a facilitator stops it: no further rounds open. */
  @Column({ name: 'stopped_at', type: 'timestamptz', nullable: true })
  stoppedAt: Date | null;
}
