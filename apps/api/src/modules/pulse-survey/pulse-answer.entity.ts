import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { PulseRoundEntity } from './pulse-round.entity';

/**
 * WHAT was answered in a round, with no way back to WHO: no person, no response id, no timestamp
 * (the round is the finest time), a random uuid made by the database. One row per Likert score and
 * one per comment, so even one person's answers are not tied together. Every new answer rewrites
 * the round's rows in a random order in the same statement (PulseSurveyRepository.recordAnswers),
 * so neither row order nor the rows' transaction ids (xmin) line up with pulse_response.
 */
@Entity('pulse_answer')
@Check(
  'pulse_answer_score_or_comment',
  '(score IS NULL) = (question_index IS NULL) AND (score IS NULL) <> (comment IS NULL)',
)
@Check('pulse_answer_score_range', 'score BETWEEN 1 AND 5')
@Index('pulse_answer_round_question_idx', ['roundId', 'questionIndex'])
@Index('pulse_answer_org_idx', ['organizationId'])
export class PulseAnswerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId: string;

  @ManyToOne(() => PulseRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: PulseRoundEntity;

  /** Which question (index into the survey's questions) a score answers; null for a comment. */
  @Column({ name: 'question_index', type: 'smallint', nullable: true })
  questionIndex: number | null;

  /** 1 to PULSE_LIMITS.scaleMax; null for a comment. */
  @Column({ type: 'smallint', nullable: true })
  score: number | null;

  @Column({ type: 'text', nullable: true })
  comment: string | null;
}
