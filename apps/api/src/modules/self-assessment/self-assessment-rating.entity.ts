import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ContributionEntity } from '../contribution/contribution.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { SelfAssessmentEntity } from './self-assessment.entity';

/** A member's rating of themselves on one practice, with evidence: a note and/or one of their own contributions. */
@Entity('self_assessment_rating')
@Index('self_assessment_rating_assessment_practice_key', ['assessmentId', 'practiceKey'], { unique: true })
@Index('self_assessment_rating_contribution_idx', ['contributionId'])
@Index('self_assessment_rating_org_idx', ['organizationId'])
@Check('self_assessment_rating_level_range', 'level BETWEEN 1 AND 6')
export class SelfAssessmentRatingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId: string;

  @ManyToOne(() => SelfAssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: SelfAssessmentEntity;

  @Column({ name: 'practice_key', type: 'varchar', length: 64 })
  practiceKey: string;

  @Column({ type: 'smallint' })
  level: number;

  @Column({ type: 'text', default: '' })
  note: string;

  @Column({ name: 'contribution_id', type: 'uuid', nullable: true })
  contributionId: string | null;

  @ManyToOne(() => ContributionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'contribution_id' })
  contribution?: ContributionEntity;
}
