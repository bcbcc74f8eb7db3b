import { SelfAssessmentVisibility } from '@openhuddle/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CohortEntity } from '../cohort/cohort.entity';
import { FrameworkVersionEntity } from '../framework/framework-version.entity';
import { FrameworkEntity } from '../framework/framework.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { UserEntity } from '../user/user.entity';

/**
 * A self-assessment round: members of a cohort (or of the whole organisation when `cohortId` is
 * null) rate themselves on one version of a framework within a window. `visibility` is stated to
 * members before they answer and never changes once the round is open.
 */
@Entity('self_assessment_round')
@Index('self_assessment_round_org_closes_idx', ['organizationId', 'closesAt'])
@Index('self_assessment_round_framework_idx', ['frameworkId'])
@Index('self_assessment_round_version_idx', ['frameworkVersionId'])
@Index('self_assessment_round_cohort_idx', ['cohortId'])
@Index('self_assessment_round_created_by_idx', ['createdById'])
export class SelfAssessmentRoundEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'framework_id', type: 'uuid' })
  frameworkId: string;

  @ManyToOne(() => FrameworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_id' })
  framework?: FrameworkEntity;

  /** The version members rate themselves on; later edits of the framework do not change it. */
  @Column({ name: 'framework_version_id', type: 'uuid' })
  frameworkVersionId: string;

  @ManyToOne(() => FrameworkVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_version_id' })
  frameworkVersion?: FrameworkVersionEntity;

  /** Null: the whole organisation is asked. */
  @Column({ name: 'cohort_id', type: 'uuid', nullable: true })
  cohortId: string | null;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  @Column({ type: 'enum', enum: SelfAssessmentVisibility, enumName: 'self_assessment_visibility' })
  visibility: SelfAssessmentVisibility;

  @Column({ name: 'opens_at', type: 'timestamptz' })
  opensAt: Date;

  @Column({ name: 'closes_at', type: 'timestamptz' })
  closesAt: Date;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
