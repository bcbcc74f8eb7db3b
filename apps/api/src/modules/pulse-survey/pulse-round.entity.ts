import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { HuddleEntity } from '../huddle/huddle.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { PulseSurveyEntity } from './pulse-survey.entity';

/** One sending of a pulse survey: open from `openedAt` to `closesAt`; its answers are counted per round. */
@Entity('pulse_round')
@Index('pulse_round_survey_number_key', ['surveyId', 'number'], { unique: true })
@Index('pulse_round_org_closes_idx', ['organizationId', 'closesAt'])
@Index('pulse_round_huddle_idx', ['huddleId'])
export class PulseRoundEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'survey_id', type: 'uuid' })
  surveyId: string;

  @ManyToOne(() => PulseSurveyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey?: PulseSurveyEntity;

  /** 1, 2, 3… within the survey: the trend's x axis. */
  @Column({ type: 'int' })
  number: number;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;

  @Column({ name: 'closes_at', type: 'timestamptz' })
  closesAt: Date;

  /** The huddle whose end opened it (AFTER_HUDDLE surveys). */
  @Column({ name: 'huddle_id', type: 'uuid', nullable: true })
  huddleId: string | null;

  @ManyToOne(() => HuddleEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'huddle_id' })
  huddle?: HuddleEntity | null;
}
