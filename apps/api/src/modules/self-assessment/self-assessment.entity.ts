import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { UserEntity } from '../user/user.entity';
import { SelfAssessmentRoundEntity } from './self-assessment-round.entity';

/** A member's answer to a round (PRODUCT.md: SelfAssessment): the practices they most want to grow; ratings apart. */
@Entity('self_assessment')
@Index('self_assessment_round_user_key', ['roundId', 'userId'], { unique: true })
@Index('self_assessment_user_idx', ['userId'])
@Index('self_assessment_org_idx', ['organizationId'])
export class SelfAssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId: string;

  @ManyToOne(() => SelfAssessmentRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: SelfAssessmentRoundEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** Up to three practice keys, most wanted first. */
  @Column({ name: 'growth_practice_keys', type: 'jsonb' })
  growthPracticeKeys: string[];

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;
}
